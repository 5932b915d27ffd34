package ttt.workbench.engine.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import ttt.workbench.store.signature.Signatures;

/** Test helpers: copy a fixture store, and fingerprint a whole tree to prove nothing changed. */
public final class StoreTrees {
	private StoreTrees() {
	}

	public static Path copy(Path source, Path target) throws IOException {
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(p, dest);
					dest.toFile().setWritable(true);
				}
			}
		}
		return target;
	}

	/** Relative path to SHA-256 of every regular file, lock files left out (taking a lock is not a change). */
	public static Map<String, String> fingerprint(Path root) throws IOException {
		Map<String, String> result = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				String rel = root.relativize(p).toString();
				if (Files.isRegularFile(p) && !rel.startsWith(".locks")) {
					result.put(rel, Signatures.sha256Hex(p));
				}
			}
		}
		return result;
	}
}
