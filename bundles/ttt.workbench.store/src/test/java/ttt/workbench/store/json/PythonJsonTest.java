package ttt.workbench.store.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.PythonInterop;
import ttt.workbench.store.StoreFormatException;

/** Reading then writing any JSON file of the reference reproduces its bytes exactly. */
class PythonJsonTest {

	private static List<Path> fixtureFiles(String suffix) throws IOException {
		try (Stream<Path> walk = Files.walk(Fixtures.dir())) {
			return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
	}

	@Test
	void everyPrettyJsonFileOfTheFixturesRoundTripsByteForByte() throws IOException {
		List<Path> files = fixtureFiles(".json");
		assertTrue(files.size() >= 12, "expected the fixtures' JSON files, found " + files);
		for (Path file : files) {
			byte[] original = Files.readAllBytes(file);
			JsonNode node = PythonJsonReader.parse(original, file);
			assertArrayEquals(original, PythonJsonWriter.pretty(node).getBytes(StandardCharsets.UTF_8), "bytes of " + file);
		}
	}

	@Test
	void everyJsonlLineOfTheFixturesRoundTripsByteForByte() throws IOException {
		List<Path> files = fixtureFiles(".jsonl");
		assertTrue(files.size() >= 2, "expected the fixtures' jsonl files");
		for (Path file : files) {
			for (String line : Files.readAllLines(file)) {
				assertEquals(line, PythonJsonWriter.compact(PythonJsonReader.parse(line, file)), file.toString());
			}
		}
	}

	@Test
	void stringsAndSpecialNumbersAreWrittenAsPythonWritesThem() throws IOException {
		PythonInterop.requirePython();
		String python = PythonInterop.runOk("""
				import json
				v = {"z": [float('nan'), float('inf'), -0.0, 1e300, 2.5e-07, 3], "a": "\\u00e9\\x01\\u2028\\U0001F600 \\"q\\" \\\\ \\t\\x7f",
				     "m": {}, "l": [], "\\U0001F600": 1, "\\uffff": 2, "n": None, "b": True}
				print(json.dumps(v, sort_keys=True))
				print(json.dumps(v, sort_keys=True, indent=2))
				""", "");
		String[] parts = python.split("\n", 2);
		JsonNode node = PythonJsonReader.parse(parts[0], Path.of("python-output"));
		assertEquals(parts[0], PythonJsonWriter.compact(node));
		assertEquals(parts[1].stripTrailing(), PythonJsonWriter.pretty(node));
	}

	@Test
	void malformedJsonIsReportedWithFileAndPosition() {
		Path file = Path.of("sessions/x/meta.json");
		StoreFormatException e = assertThrows(StoreFormatException.class,
				() -> PythonJsonReader.parse("{\n  \"a\": 1,\n  \"b\": \n", file));
		assertTrue(e.getMessage().startsWith(file.toString() + ": malformed JSON"), e.getMessage());
		assertTrue(e.getMessage().contains("line"), e.getMessage());
	}

	@Test
	void duplicateKeysAreRefused() {
		StoreFormatException e = assertThrows(StoreFormatException.class,
				() -> PythonJsonReader.parse("{\"mu\": 0.1, \"mu\": 0.2}", Path.of("meta.json")));
		assertTrue(e.getMessage().contains("mu"), e.getMessage());
	}

	@Test
	void trailingGarbageAndEmptyFilesAreRefused() {
		assertThrows(StoreFormatException.class, () -> PythonJsonReader.parse("{} {}", Path.of("a.json")));
		StoreFormatException empty = assertThrows(StoreFormatException.class,
				() -> PythonJsonReader.parse(new byte[0], Path.of("a.json")));
		assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
	}

	@Test
	void deeplyNestedJsonIsRefusedBeforeItExhaustsTheStack() {
		String hostile = "[".repeat(100_000) + "]".repeat(100_000);
		StoreFormatException e = assertThrows(StoreFormatException.class,
				() -> PythonJsonReader.parse(hostile, Path.of("index.json")));
		assertTrue(e.getMessage().contains("index.json"), e.getMessage());
	}
}
