package ttt.workbench.ui.tests;

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

/** Every regular file of a store folder with its SHA-256, lock files left out (taking a lock is not a change). */
final class StoreFingerprint {
	private StoreFingerprint() {
	}

	static Map<String, String> of(Path root) throws IOException {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				String rel = root.relativize(p).toString();
				if (rel.startsWith(".locks")) {
					continue;
				}
				if (Files.isRegularFile(p)) {
					result.put(rel, sha256(p));
				} else if (Files.isDirectory(p)) {
					result.put(rel + "/", "folder"); // a new empty folder is a change too
				}
			}
		}
		return result;
	}

	private static String sha256(Path file) throws IOException {
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
