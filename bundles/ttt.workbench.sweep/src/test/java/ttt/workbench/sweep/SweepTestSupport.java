package ttt.workbench.sweep;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.store.signature.Signatures;

/**
 * Test helpers of the sweep bundle (the engine's test helpers are not on this module's class path): the shared
 * fixtures, store copies and fingerprints, and Python as an independent judge ({@code /usr/bin/python3} with numpy;
 * required under {@code CI=true}, skipped with the reason elsewhere).
 */
final class SweepTestSupport {

	static final Path PYTHON = Path.of(System.getProperty("ttt.python", "/usr/bin/python3"));
	private static final ObjectMapper JSON = new ObjectMapper();
	private static Boolean pythonOk;

	private SweepTestSupport() {
	}

	static Path fixtures() {
		String configured = System.getProperty("ttt.fixtures.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("../../../shared/fixtures");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("fixtures not found at " + dir.toAbsolutePath());
		}
		return dir.normalize();
	}

	/** A writable copy of reference-run-case1/store_before (a pretrained base and the session case1). */
	static Path case1Store(Path tempDir, String name) throws IOException {
		return copy(fixtures().resolve("reference-run-case1/store_before"), tempDir.resolve(name));
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

	/** Relative path → SHA-256 of every regular file, lock files left out (taking a lock is not a change). */
	static Map<String, String> fingerprint(Path root) throws IOException {
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

	static Path writeSpec(Path dir, String fileName, String text) throws IOException {
		Path f = dir.resolve(fileName);
		Files.writeString(f, text);
		return f;
	}

	static synchronized void requireNumpy() {
		if (pythonOk == null) {
			try {
				pythonOk = Files.isExecutable(PYTHON) && run("import numpy, json\nprint('ok')", "").trim().equals("ok");
			} catch (IOException | AssertionError e) {
				pythonOk = false;
			}
		}
		String why = "python3 with numpy is needed at " + PYTHON + " (apt-get install python3-numpy)";
		if (!pythonOk && "true".equals(System.getenv("CI"))) {
			fail(why + "; under CI=true the numpy comparisons must run, not skip");
		}
		assumeTrue(pythonOk, why);
	}

	static JsonNode python(String code, Object input) throws IOException {
		return JSON.readTree(run(code, JSON.writeValueAsString(input)));
	}

	static String run(String code, String stdin) throws IOException {
		Path script = Files.createTempFile("ttt-sweep-oracle", ".py");
		Path in = Files.createTempFile("ttt-sweep-oracle", ".in");
		Path out = Files.createTempFile("ttt-sweep-oracle", ".out");
		Path err = Files.createTempFile("ttt-sweep-oracle", ".err");
		try {
			Files.writeString(script, code);
			Files.writeString(in, stdin);
			Process p = new ProcessBuilder(List.of(PYTHON.toString(), script.toString())).redirectInput(in.toFile())
					.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!p.waitFor(2, TimeUnit.MINUTES)) {
				p.destroyForcibly();
				throw new IOException("python did not finish within two minutes");
			}
			if (p.exitValue() != 0) {
				fail("python failed (" + p.exitValue() + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
			}
			return Files.readString(out, StandardCharsets.UTF_8);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} finally {
			for (Path f : List.of(script, in, out, err)) {
				Files.deleteIfExists(f);
			}
		}
	}
}
