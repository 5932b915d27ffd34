package ttt.workbench.store.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.json.PythonJsonReader;

/**
 * Reads store files with the guards every reader needs: size caps (a hostile multi-gigabyte "meta.json" must not
 * exhaust memory), no symbolic links that leave the store, and messages that name the file.
 */
public final class StoreFiles {

	/** Far above any real JSON or CSV file of a store (a 20,000-step per_step.csv is about 1.5 MB). */
	public static final long MAX_TEXT_BYTES = 256L << 20;
	/** A compressed trajectory of a long run is a few MB once inflated; more is a bomb. */
	public static final long MAX_DECOMPRESSED_BYTES = 64L << 20;

	private StoreFiles() {
	}

	/** @throws NoSuchFileException when the file does not exist (callers decide whether that is a problem) */
	public static byte[] read(Path storeRoot, Path file) throws IOException {
		checkInside(storeRoot, file);
		requireRegularFile(file);
		long size = Files.size(file);
		if (size > MAX_TEXT_BYTES) {
			throw new StoreFormatException(file, "file is " + size + " bytes; store files are at most " + MAX_TEXT_BYTES + " bytes");
		}
		return Files.readAllBytes(file);
	}

	public static JsonNode readJson(Path storeRoot, Path file) throws IOException {
		return PythonJsonReader.parse(read(storeRoot, file), file);
	}

	/** The bytes of a file and the file they really came from (for messages). */
	public record Content(Path file, byte[] bytes) {
	}

	/** Reads {@code file}, or its gzip-compressed sibling {@code file.gz} (the fixtures ship trajectories so). */
	public static Content readMaybeGzipped(Path storeRoot, Path file) throws IOException {
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return new Content(file, read(storeRoot, file));
		}
		Path gz = file.resolveSibling(file.getFileName() + ".gz");
		checkInside(storeRoot, gz);
		requireRegularFile(gz);
		try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
			byte[] bytes = in.readNBytes((int) MAX_DECOMPRESSED_BYTES + 1);
			if (bytes.length > MAX_DECOMPRESSED_BYTES) {
				throw new StoreFormatException(gz, "decompresses to more than " + MAX_DECOMPRESSED_BYTES + " bytes");
			}
			return new Content(gz, bytes);
		} catch (NoSuchFileException e) {
			throw new NoSuchFileException(file.toString());
		} catch (java.util.zip.ZipException | java.io.EOFException e) {
			throw new StoreFormatException(gz, "corrupt gzip data: " + e.getMessage(), e);
		}
	}

	/** A named pipe or a device would block or never end: only regular files are store files. */
	static void requireRegularFile(Path file) throws StoreFormatException {
		if (!Files.isRegularFile(file)) {
			throw new StoreFormatException(file, "is not a regular file (a folder, pipe or device); refusing to read it");
		}
	}

	/** Refuses a file that is, or sits behind, a symbolic link pointing outside the store. */
	public static void checkInside(Path storeRoot, Path file) throws IOException {
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new NoSuchFileException(file.toString());
		}
		Path real = file.toRealPath();
		Path realRoot = storeRoot.toRealPath();
		if (!real.startsWith(realRoot)) {
			throw new StoreFormatException(file, "leads outside the store (to " + real + "); refusing to read it");
		}
	}
}
