package ttt.workbench.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the reference fixtures ({@code ../shared/fixtures} beside the repository), read as they are. */
public final class Fixtures {
	private Fixtures() {
	}

	public static Path dir() {
		String configured = System.getProperty("ttt.fixtures.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("../../../shared/fixtures");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("fixtures not found at " + dir.toAbsolutePath()
					+ " (expected ../shared/fixtures next to the repository; set -Dttt.fixtures.dir)");
		}
		return dir.normalize();
	}

	public static Path torch291Store() {
		return dir().resolve("torch291-store");
	}

	public static Path case1() {
		return dir().resolve("reference-run-case1");
	}

	/** Copies a fixture tree to {@code target}, so a test may change files without touching the fixture. */
	public static Path copy(Path source, Path target) throws java.io.IOException {
		try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (java.nio.file.Files.isDirectory(p)) {
					java.nio.file.Files.createDirectories(dest);
				} else {
					java.nio.file.Files.copy(p, dest);
					dest.toFile().setWritable(true);
				}
			}
		}
		return target;
	}
}
