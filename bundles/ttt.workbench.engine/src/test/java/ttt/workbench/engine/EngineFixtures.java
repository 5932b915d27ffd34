package ttt.workbench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.json.PythonJsonReader;

/** Locates the shared reference fixtures ({@code -Dttt.fixtures.dir}, else {@code ../shared/fixtures} beside the repository). */
public final class EngineFixtures {

	private EngineFixtures() {
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

	public static Path case1() {
		return dir().resolve("reference-run-case1");
	}

	public static Path torch291Store() {
		return dir().resolve("torch291-store");
	}

	public static JsonNode json(Path file) throws IOException {
		byte[] bytes;
		if (file.getFileName().toString().endsWith(".gz")) {
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
				bytes = in.readAllBytes();
			}
		} else {
			bytes = Files.readAllBytes(file);
		}
		return PythonJsonReader.parse(bytes, file);
	}
}
