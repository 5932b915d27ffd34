package ttt.workbench.analysis.weights;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Python with numpy as an independent oracle for the weight maths (as the store tests' PythonInterop does
 * for torch): a matrix goes to a temp file with every digit, numpy computes, the numbers come back one per line. Under
 * {@code CI=true} a missing numpy fails the test; elsewhere it is skipped with a note.
 */
public final class NumpyOracle {

	static final Path PYTHON = Path.of("/usr/bin/python3");

	private NumpyOracle() {
	}

	public static void require() {
		boolean ok = Files.isExecutable(PYTHON);
		if (ok) {
			try {
				run("import numpy", List.of());
			} catch (IOException e) {
				ok = false;
			}
		}
		if (!ok && "true".equals(System.getenv("CI"))) {
			fail("numpy is needed at " + PYTHON + " (apt-get install python3-numpy); under CI=true it must run");
		}
		assumeTrue(ok, "numpy is needed at " + PYTHON);
	}

	/**
	 * Runs {@code code} with {@code A} bound to the matrix (numpy float64, rows × cols); the script prints numbers, one
	 * per line.
	 */
	public static double[] compute(Matrix m, String code) throws IOException {
		Path data = Files.createTempFile("ttt-matrix", ".txt");
		try {
			StringBuilder s = new StringBuilder();
			for (int r = 0; r < m.rows(); r++) {
				for (int c = 0; c < m.cols(); c++) {
					s.append(c > 0 ? " " : "").append(Double.toString(m.get(r, c)));
				}
				s.append('\n');
			}
			Files.writeString(data, s.toString());
			String script = "import numpy as np\nA = np.loadtxt(r'" + data + "', dtype=np.float64, ndmin=2).reshape(" + m.rows() + ", "
					+ m.cols() + ")\n" + code;
			List<String> lines = run(script, List.of());
			return lines.stream().filter(l -> !l.isBlank()).mapToDouble(Double::parseDouble).toArray();
		} finally {
			Files.deleteIfExists(data);
		}
	}

	private static List<String> run(String code, List<String> args) throws IOException {
		Path script = Files.createTempFile("ttt-numpy", ".py");
		Path out = Files.createTempFile("ttt-numpy", ".out");
		Path err = Files.createTempFile("ttt-numpy", ".err");
		try {
			Files.writeString(script, code);
			List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
			cmd.addAll(args);
			Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!p.waitFor(2, TimeUnit.MINUTES)) {
				p.destroyForcibly();
				throw new IOException("python did not finish within two minutes");
			}
			if (p.exitValue() != 0) {
				throw new IOException("python failed: " + Files.readString(err, StandardCharsets.UTF_8));
			}
			return Files.readAllLines(out, StandardCharsets.UTF_8);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} finally {
			for (Path f : List.of(script, out, err)) {
				Files.deleteIfExists(f);
			}
		}
	}
}
