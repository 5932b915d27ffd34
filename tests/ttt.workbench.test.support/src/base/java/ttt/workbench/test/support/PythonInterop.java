package ttt.workbench.test.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's Python (with torch 1.13) as an independent oracle. Under {@code CI=true} a missing interpreter
 * fails the test, because the README's test command installs it there; elsewhere the test is skipped with a note.
 */
public final class PythonInterop {

	public static final Path DEBIAN_PYTHON = Path.of("/usr/bin/python3");

	private PythonInterop() {
	}

	/** Fails (CI) or skips (elsewhere) unless {@code /usr/bin/python3} can {@code import torch}. */
	public static void requireTorch() {
		boolean ok = Files.isExecutable(DEBIAN_PYTHON) && probe("import torch");
		String why = "Debian's python3-torch is needed at " + DEBIAN_PYTHON + " (apt-get install python3-torch)";
		if (!ok && "true".equals(System.getenv("CI"))) {
			fail(why + "; under CI=true interop tests must run, not skip");
		}
		assumeTrue(ok, why);
	}

	/** Fails (CI) or skips (elsewhere) unless {@code /usr/bin/python3} runs. */
	public static void requirePython() {
		boolean ok = Files.isExecutable(DEBIAN_PYTHON) && probe("import json");
		if (!ok && "true".equals(System.getenv("CI"))) {
			fail("python3 is needed at " + DEBIAN_PYTHON + "; under CI=true interop tests must run, not skip");
		}
		assumeTrue(ok, "python3 is needed at " + DEBIAN_PYTHON);
	}

	private static boolean probe(String code) {
		try {
			return run(code, "").exitCode == 0;
		} catch (IOException e) {
			return false;
		}
	}

	/** The result of one interpreter run. */
	public record Result(int exitCode, String stdout, String stderr) {
	}

	/** Runs {@code code} with {@code stdin} fed to it; throws when it does not exit within two minutes. */
	public static Result run(String code, String stdin) throws IOException {
		Path script = Files.createTempFile("ttt-interop", ".py");
		Path out = Files.createTempFile("ttt-interop", ".out");
		Path err = Files.createTempFile("ttt-interop", ".err");
		Path in = Files.createTempFile("ttt-interop", ".in");
		try {
			Files.writeString(script, code);
			Files.writeString(in, stdin);
			Process p = new ProcessBuilder(List.of(DEBIAN_PYTHON.toString(), script.toString())).redirectInput(in.toFile())
					.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
			if (!p.waitFor(2, TimeUnit.MINUTES)) {
				p.destroyForcibly();
				throw new IOException("python did not finish within two minutes");
			}
			return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} finally {
			for (Path f : List.of(script, out, err, in)) {
				Files.deleteIfExists(f);
			}
		}
	}

	/** Runs {@code code}, failing the test with Python's stderr when it exits non-zero; returns stdout. */
	public static String runOk(String code, String stdin) throws IOException {
		Result r = run(code, stdin);
		if (r.exitCode() != 0) {
			fail("python failed (" + r.exitCode() + "):\n" + r.stderr());
		}
		return r.stdout();
	}
}
