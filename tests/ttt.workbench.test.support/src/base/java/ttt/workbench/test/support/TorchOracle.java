package ttt.workbench.test.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Real PyTorch as an independent judge: Debian's torch 1.13 under {@code /usr/bin/python3} (the {@code python3} on
 * PATH may be a pyenv without torch; {@code -Dttt.python=…} points elsewhere). Data goes to Python as JSON on stdin
 * and comes back as JSON on stdout. Without Python or torch a test is skipped with the reason, except under
 * {@code CI=true}, where it fails: a CI machine must have what the comparison needs.
 */
public final class TorchOracle {

	public static final Path PYTHON = Path.of(System.getProperty("ttt.python", "/usr/bin/python3"));
	private static final ObjectMapper JSON = new ObjectMapper();
	private static Boolean available;

	private TorchOracle() {
	}

	/** Fails (CI) or skips (elsewhere) unless the interpreter can {@code import torch}. */
	public static synchronized void requireTorch() {
		if (available == null) {
			available = Files.isExecutable(PYTHON) && probe();
		}
		String why = "Debian's python3-torch is needed at " + PYTHON + " (apt-get install python3-torch)";
		if (!available && "true".equals(System.getenv("CI"))) {
			fail(why + "; under CI=true the torch comparisons must run, not skip");
		}
		assumeTrue(available, why);
	}

	private static boolean probe() {
		try {
			return run("import torch\nprint('ok')", "").trim().equals("ok");
		} catch (IOException | AssertionError e) {
			return false;
		}
	}

	private static Boolean numpyOk;

	/** Fails (CI) or skips (elsewhere) unless the interpreter can {@code import numpy}. */
	public static synchronized void requireNumpy() {
		if (numpyOk == null) {
			try {
				numpyOk = Files.isExecutable(PYTHON) && run("import numpy, json\nprint('ok')", "").trim().equals("ok");
			} catch (IOException | AssertionError e) {
				numpyOk = false;
			}
		}
		String why = "python3 with numpy is needed at " + PYTHON + " (apt-get install python3-numpy)";
		if (!numpyOk && "true".equals(System.getenv("CI"))) {
			fail(why + "; under CI=true the numpy comparisons must run, not skip");
		}
		assumeTrue(numpyOk, why);
	}

	/** Runs {@code code} with {@code input} serialised as JSON on stdin; parses its stdout as JSON. */
	public static JsonNode call(String code, Object input) throws IOException {
		String out = run(code, JSON.writeValueAsString(input));
		return JSON.readTree(out);
	}

	/** Runs {@code code}; fails the test with Python's stderr when it exits non-zero; returns stdout. */
	public static String run(String code, String stdin) throws IOException {
		Path script = Files.createTempFile("ttt-engine-oracle", ".py");
		Path in = Files.createTempFile("ttt-engine-oracle", ".in");
		Path out = Files.createTempFile("ttt-engine-oracle", ".out");
		Path err = Files.createTempFile("ttt-engine-oracle", ".err");
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

	/** A JSON array of arrays as float rows. */
	public static float[][] matrix(JsonNode node) {
		float[][] m = new float[node.size()][];
		for (int r = 0; r < m.length; r++) {
			JsonNode row = node.get(r);
			m[r] = new float[row.size()];
			for (int c = 0; c < m[r].length; c++) {
				m[r][c] = (float) row.get(c).asDouble();
			}
		}
		return m;
	}
}
