package ttt.workbench.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Test helpers: a store with a base copied from the shared fixtures, sweep specs, and comparisons of sweep results. */
final class SweepStores {

	/** 24 points (2 env modes × 3 μ × 2 lr × 2 seeds), each a session with two runs of 64 steps. */
	static final String GRID_24 = """
			name: %s
			from: base
			env_mode: [linear, nonlinear]
			mu: [0.05, 0.12, 0.2]
			lr: [0.005, 0.01]
			seeds: [1, 2]
			runs: [64, 64]
			""";

	private static final Pattern RUN_TIME = Pattern.compile("_\\d+_seed");
	private static final Pattern TIMES = Pattern.compile("\"(created_at_unix|last_run_at_unix)\": [-0-9.eE+]+");

	private SweepStores() {
	}

	static Path fixtures() {
		String configured = System.getProperty("ttt.fixtures.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("../../shared/fixtures");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("fixtures not found at " + dir.toAbsolutePath()
					+ " (expected ../shared/fixtures next to the repository; set -Dttt.fixtures.dir)");
		}
		return dir;
	}

	/** A copy of {@code reference-run-case1/store_before} (a base and one session) at {@code dest}. */
	static Path storeWithBase(Path dest) throws IOException {
		Path source = fixtures().resolve("reference-run-case1/store_before");
		try (Stream<Path> files = Files.walk(source)) {
			for (Path p : (Iterable<Path>) files::iterator) {
				Path target = dest.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else {
					Files.copy(p, target);
				}
			}
		}
		return dest;
	}

	static Path spec(Path dir, String name) throws IOException {
		Path file = dir.resolve(name + ".yaml");
		Files.writeString(file, GRID_24.formatted(name));
		return file;
	}

	/** Every file under {@code sessions/<name>-*}, by path relative to {@code sessions/}, with its bytes. */
	static Map<String, byte[]> sweepFiles(Path store, String name) {
		Map<String, byte[]> files = new TreeMap<>();
		Path sessions = store.resolve("sessions");
		try (Stream<Path> walk = Files.walk(sessions)) {
			walk.filter(Files::isRegularFile).filter(p -> sessions.relativize(p).getName(0).toString().startsWith(name + "-"))
					.forEach(p -> files.put(sessions.relativize(p).toString(), read(p)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	/** The sessions of sweep {@code name} in the store. */
	static long sessionCount(Path store, String name) throws IOException {
		Path sessions = store.resolve("sessions");
		if (!Files.isDirectory(sessions)) {
			return 0;
		}
		try (Stream<Path> list = Files.list(sessions)) {
			return list.filter(p -> p.getFileName().toString().startsWith(name + "-") && Files.isDirectory(p)).count();
		}
	}

	/** sha-256 of every file of the sweep's sessions. */
	static Map<String, String> hashes(Path store, String name) throws IOException {
		Map<String, String> out = new TreeMap<>();
		sweepFiles(store, name).forEach((k, v) -> out.put(k, sha256(v)));
		return out;
	}

	/**
	 * The two stores made the same sessions: the same files; per_step.csv, trajectories and every .pt file (weights,
	 * optimizer states) byte for byte; JSON files equal once run ids' times and created/last-run times are set aside;
	 * curve images (titled with the run id) present on both sides.
	 */
	static void assertSameSessions(Path expectedStore, Path actualStore, String name, int points) {
		Map<String, byte[]> expected = normalisedNames(sweepFiles(expectedStore, name));
		Map<String, byte[]> actual = normalisedNames(sweepFiles(actualStore, name));
		assertEquals(expected.keySet(), actual.keySet(), "the sessions' files");
		assertEquals(points, expected.keySet().stream().map(k -> k.substring(0, k.indexOf('/'))).distinct().count());
		int bytesCompared = 0;
		for (Map.Entry<String, byte[]> e : expected.entrySet()) {
			String file = e.getKey();
			byte[] a = e.getValue();
			byte[] b = actual.get(file);
			if (file.endsWith(".png")) {
				assertTrue(b.length > 0, file);
			} else if (file.endsWith(".json") || file.endsWith(".jsonl")) {
				assertEquals(normaliseJson(a, expectedStore), normaliseJson(b, actualStore), file);
			} else {
				assertArrayEquals(a, b, file + " differs byte for byte");
				bytesCompared++;
			}
		}
		assertTrue(bytesCompared >= points * 5, "per_step.csv and .pt files compared byte for byte: " + bytesCompared);
	}

	private static Map<String, byte[]> normalisedNames(Map<String, byte[]> files) {
		Map<String, byte[]> out = new TreeMap<>();
		files.forEach((k, v) -> out.put(RUN_TIME.matcher(k).replaceAll("_T_seed"), v));
		return out;
	}

	private static String normaliseJson(byte[] bytes, Path store) {
		String s = new String(bytes, StandardCharsets.UTF_8).replace(store.toAbsolutePath().toString(), "<root>");
		s = RUN_TIME.matcher(s).replaceAll("_T_seed");
		return TIMES.matcher(s).replaceAll("\"$1\": T");
	}

	static byte[] read(Path p) {
		try {
			return Files.readAllBytes(p);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
