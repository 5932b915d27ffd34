package ttt.workbench.store.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path dir;

	private List<String> names() throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void writeReplacesTheWholeFileAndLeavesNoTemporaryFiles() throws IOException {
		Path target = dir.resolve("meta.json");
		AtomicFiles.writeString(target, "first version, which is longer");
		AtomicFiles.writeString(target, "second");
		assertEquals("second", Files.readString(target));
		assertEquals(List.of("meta.json"), names());
	}

	@Test
	void writeCreatesMissingFolders() throws IOException {
		Path target = dir.resolve("sessions/s1/runs/r1/per_step.csv");
		AtomicFiles.writeString(target, "t\n");
		assertEquals("t\n", Files.readString(target));
	}

	@Test
	void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path target = dir.resolve("plastic_state.pt");
		AtomicFiles.writeString(target, "old");
		Files.createDirectories(dir.resolve("blocker"));
		// a folder where the file should go cannot be replaced by a rename: the write fails as a whole
		assertThrows(IOException.class, () -> AtomicFiles.writeString(dir.resolve("blocker"), "new"));
		assertEquals("old", Files.readString(target));
		assertEquals(List.of("blocker", "plastic_state.pt"), names());
	}

	@Test
	void concurrentAppendsNeverInterleaveInsideALine() throws Exception {
		Path log = dir.resolve("update_events.jsonl");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		String payload = "x".repeat(3000);
		for (int w = 0; w < 4; w++) {
			int writer = w;
			pool.submit(() -> {
				for (int i = 0; i < 100; i++) {
					AtomicFiles.appendLine(log, "{\"writer\": " + writer + ", \"i\": " + i + ", \"p\": \"" + payload + "\"}");
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		List<String> lines = Files.readAllLines(log);
		assertEquals(400, lines.size());
		for (String line : lines) {
			assertEquals(true, line.startsWith("{\"writer\": ") && line.endsWith(payload + "\"}"), "torn line: " + line.substring(0, 40));
		}
	}

	@Test
	void aLineWithANewlineIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> AtomicFiles.appendLine(dir.resolve("x.jsonl"), "a\nb"));
	}

	@Test
	void concurrentBatchAppendsKeepEachBatchTogetherAndInOrder() throws Exception {
		Path log = dir.resolve("update_events.jsonl");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		for (int w = 0; w < 4; w++) {
			int writer = w;
			pool.submit(() -> {
				for (int batch = 0; batch < 20; batch++) {
					List<String> lines = new java.util.ArrayList<>();
					for (int i = 0; i < 50; i++) {
						lines.add("{\"writer\": " + writer + ", \"batch\": " + batch + ", \"i\": " + i + "}");
					}
					AtomicFiles.appendLines(log, lines);
				}
				return null;
			});
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		List<String> lines = Files.readAllLines(log);
		assertEquals(4 * 20 * 50, lines.size());
		for (int start = 0; start < lines.size(); start += 50) { // one batch = one write: 50 consecutive lines
			String prefix = lines.get(start).substring(0, lines.get(start).indexOf(", \"i\""));
			for (int i = 0; i < 50; i++) {
				assertEquals(prefix + ", \"i\": " + i + "}", lines.get(start + i));
			}
		}
		assertThrows(IllegalArgumentException.class, () -> AtomicFiles.appendLines(log, List.of("ok", "a\nb")));
		assertEquals(4 * 20 * 50, Files.readAllLines(log).size(), "a refused batch writes nothing");
	}
}
