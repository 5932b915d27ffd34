package ttt.workbench.test.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locates the reference fixtures ({@code -Dttt.fixtures.dir}, else {@code ../shared/fixtures} beside the repository),
 * read as they are, and makes writable copies of them for tests that change files. One copy for every test module
 * (tests/ttt.workbench.test.support); no project dependencies, so the store's own tests can use it.
 */
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

	/** A writable copy of reference-run-case1/store_before (a pretrained base and the session case1). */
	public static Path case1Store(Path tmp, String name) throws IOException {
		return copy(case1().resolve("store_before"), tmp.resolve(name));
	}

	/** torch291-store: s1 with one 96-step run, s1b forked from s1 and never run. */
	public static Path torch291(Path tmp) throws IOException {
		return copy(torch291Store(), tmp.resolve("torch291"));
	}

	/** The reference's case1 after its 600-step run: base of store_before, sessions of store_after. */
	public static Path case1After(Path tmp) throws IOException {
		Path root = tmp.resolve("case1");
		copy(case1().resolve("store_before/base"), root.resolve("base"));
		copy(case1().resolve("store_after/sessions"), root.resolve("sessions"));
		return root;
	}

	/** The number after {@code "key": } in a JSON file (a deliberately independent reading of metrics.json). */
	public static double number(Path json, String key) throws IOException {
		Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\\s*(-?[0-9.eE+-]+)").matcher(Files.readString(json));
		if (!m.find()) {
			throw new AssertionError(key + " not in " + json);
		}
		return Double.parseDouble(m.group(1));
	}

	/** Lines of an update log whose status is "commit". */
	public static long commitsIn(Path jsonl) throws IOException {
		return Files.readAllLines(jsonl).stream().filter(l -> l.contains("\"status\": \"commit\"")).count();
	}
}
