package ttt.workbench.store.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Crash-safe file writes. A reader (this product, the Python reference, another process) sees either the old
 * file or the new one, never a half-written one: data goes to a temporary file in the same folder, is forced to
 * disk, and is renamed over the target; the folder is then forced so the rename itself survives a power loss.
 */
public final class AtomicFiles {

	/** Temporary files start with this prefix so that readers and {@code check} can recognise and ignore them. */
	public static final String TEMP_PREFIX = ".tmp-";

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] bytes) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		writeVia(dir.resolve(TEMP_PREFIX + target.getFileName() + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong())),
				target, bytes);
	}

	/**
	 * As {@link #write(Path, byte[])}, with the temporary file at {@code temp} (which must not exist, and must be on
	 * the target's file system): for targets whose folder must never hold anything but finished entries, such as
	 * {@code sessions/index.json}, whose temporary file goes to the store's staging folder instead.
	 */
	public static void writeVia(Path temp, Path target, byte[] bytes) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(bytes);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			move(temp, target);
			OwnWrites.wrote(target);
			forceDirectory(dir);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	public static void writeString(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Appends one complete line with a single write on a file opened for appending, then forces it. POSIX appends
	 * of one write land contiguously, so concurrent appenders do not interleave inside a line; a crash can at most
	 * leave a last line without its newline, which readers of line logs ignore as unfinished.
	 */
	public static void appendLine(Path target, String line) throws IOException {
		appendLines(target, java.util.List.of(line));
	}

	/**
	 * Appends complete lines with one write and one force (not one per line: a forced write costs milliseconds on
	 * a real disk, and a long run appends hundreds of events). One write lands contiguously, so a concurrent appender's
	 * lines come before or after all of these; a crash can leave a prefix of them, the last one possibly unfinished
	 * (which readers ignore, and which the run journal cuts back).
	 */
	public static void appendLines(Path target, java.util.List<String> lines) throws IOException {
		if (lines.isEmpty()) {
			return;
		}
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			if (line.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("a line must not contain a newline");
			}
			text.append(line).append('\n');
		}
		Files.createDirectories(target.toAbsolutePath().getParent());
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
		OwnWrites.wrote(target);
	}

	private static void move(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			throw new IOException("cannot replace " + target + " atomically on this file system", e);
		}
	}

	/** Makes a rename or a new entry in {@code dir} durable (a no-op where the platform cannot open folders). */
	public static void forceDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// some file systems refuse to open directories; the rename is still atomic, only less durable
		}
	}
}
