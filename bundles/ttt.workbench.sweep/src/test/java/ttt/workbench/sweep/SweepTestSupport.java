package ttt.workbench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TorchOracle;
import ttt.workbench.test.support.TreeFingerprint;

/**
 * The sweep tests' short names for the shared helpers of tests/ttt.workbench.test.support: fixtures, store copies
 * and fingerprints, and Python with numpy as an independent judge (required under {@code CI=true}, skipped with the
 * reason elsewhere).
 */
final class SweepTestSupport {

	private SweepTestSupport() {
	}

	static Path fixtures() {
		return Fixtures.dir();
	}

	/** A writable copy of reference-run-case1/store_before (a pretrained base and the session case1). */
	static Path case1Store(Path tempDir, String name) throws IOException {
		return Fixtures.case1Store(tempDir, name);
	}

	static Path copy(Path source, Path target) throws IOException {
		return Fixtures.copy(source, target);
	}

	/** Relative path → SHA-256 of every regular file, lock files left out (taking a lock is not a change). */
	static Map<String, String> fingerprint(Path root) throws IOException {
		return TreeFingerprint.of(root);
	}

	static Path writeSpec(Path dir, String fileName, String text) throws IOException {
		Path f = dir.resolve(fileName);
		Files.writeString(f, text);
		return f;
	}

	static synchronized void requireNumpy() {
		TorchOracle.requireNumpy();
	}

	static JsonNode python(String code, Object input) throws IOException {
		return TorchOracle.call(code, input);
	}

	static String run(String code, String stdin) throws IOException {
		return TorchOracle.run(code, stdin);
	}
}
