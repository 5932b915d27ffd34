package ttt.workbench.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the reference fixtures ({@code ../shared/fixtures} beside the repository), read as they are. */
final class Fixtures {
	private Fixtures() {
	}

	static Path dir() {
		String configured = System.getProperty("ttt.fixtures.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("../../../shared/fixtures");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("fixtures not found at " + dir.toAbsolutePath()
					+ " (expected ../shared/fixtures next to the repository; set -Dttt.fixtures.dir)");
		}
		return dir.normalize();
	}
}
