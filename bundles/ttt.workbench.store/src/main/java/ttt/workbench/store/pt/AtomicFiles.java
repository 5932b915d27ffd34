package ttt.workbench.store.pt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file so that readers (and a crash) only ever see the old or the new content: write a temp file beside
 * it, fsync, rename over the target, fsync the folder. The temp file is created with CREATE_NEW and default
 * permissions (not {@code Files.createTempFile}, whose owner-only permissions would then stick to the store file).
 */
final class AtomicFiles {

	private AtomicFiles() {
	}

	static void write(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Path tmp = createTemp(dir, target.getFileName().toString());
		try {
			try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				ByteBuffer buf = ByteBuffer.wrap(content);
				while (buf.hasRemaining()) {
					ch.write(buf);
				}
				ch.force(true);
			}
			// rename(2): atomic, and replaces an existing target on POSIX (MoveFileEx REPLACE_EXISTING on Windows)
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException | RuntimeException | Error e) {
			try {
				Files.deleteIfExists(tmp);
			} catch (IOException suppressed) {
				e.addSuppressed(suppressed);
			}
			throw e;
		}
		syncDirectory(dir);
	}

	private static Path createTemp(Path dir, String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			String suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
			Path tmp = dir.resolve("." + name + "." + suffix + ".tmp");
			try {
				Files.newByteChannel(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return tmp;
			} catch (FileAlreadyExistsException e) {
				if (attempt >= 10) {
					throw e;
				}
			}
		}
	}

	/** Makes the rename itself durable; not possible on every platform (Windows), where it is skipped. */
	private static void syncDirectory(Path dir) {
		try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
			ch.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort: the data itself is already on disk
		}
	}
}
