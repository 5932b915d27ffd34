package ttt.workbench.analysis.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies of the reference's fixture stores for plain tests, and a reader of single numbers from their JSON. */
public final class FixtureStores {
	private FixtureStores() {
	}

	public static Path fixtures() {
		String configured = System.getProperty("ttt.fixtures.dir");
		return Path.of(configured != null ? configured : "../../../shared/fixtures").normalize();
	}

	/** torch291-store: s1 with one 96-step run, s1b forked from s1 and never run. */
	public static Path torch291(Path tmp) throws IOException {
		return copy(fixtures().resolve("torch291-store"), tmp.resolve("torch291"));
	}

	/** The reference's case1 after its 600-step run: base of store_before, sessions of store_after. */
	public static Path case1After(Path tmp) throws IOException {
		Path root = tmp.resolve("case1");
		copy(fixtures().resolve("reference-run-case1/store_before/base"), root.resolve("base"));
		copy(fixtures().resolve("reference-run-case1/store_after/sessions"), root.resolve("sessions"));
		return root;
	}

	static Path copy(Path source, Path target) throws IOException {
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
