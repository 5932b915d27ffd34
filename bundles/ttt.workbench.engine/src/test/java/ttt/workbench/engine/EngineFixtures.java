package ttt.workbench.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.json.PythonJsonReader;

/** Reads the reference fixtures' JSON with the store's reader (where they are: {@code ttt.workbench.test.support.Fixtures}). */
public final class EngineFixtures {

	private EngineFixtures() {
	}

	/** A fixture JSON file (gzipped or not) read the way the store reads the reference's JSON. */
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
