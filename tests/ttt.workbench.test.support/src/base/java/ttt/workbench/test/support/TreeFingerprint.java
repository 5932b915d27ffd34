package ttt.workbench.test.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Proves that a command left a store untouched: the SHA-256 of every file under a root. */
public final class TreeFingerprint {

	private TreeFingerprint() {
	}

	/** Relative path → SHA-256 of every regular file, lock files left out (taking a lock is not a change). */
	public static Map<String, String> of(Path root) throws IOException {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				String rel = root.relativize(p).toString();
				if (Files.isRegularFile(p) && !rel.startsWith(".locks")) {
					result.put(rel, sha256(p));
				}
			}
		}
		return result;
	}

	/** The SHA-256 of one file, as hex. */
	public static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
