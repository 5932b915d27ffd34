package ttt.workbench.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import ttt.workbench.test.support.TreeFingerprint;

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
					result.put(rel, TreeFingerprint.sha256(p));
				} else if (Files.isDirectory(p)) {
					result.put(rel + "/", "folder"); // a new empty folder is a change too
				}
			}
		}
		return result;
	}
}
