package ttt.workbench.test.support.stores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ttt.workbench.store.files.Staging;

/** After an interrupted or failed writer: the store holds whole sessions only, and no staging is left behind. */
public final class WholeSessions {

	private WholeSessions() {
	}

	/** Every folder in sessions/ is a complete session; nothing hidden in sessions/ or runs/; .staging is empty. */
	public static void assertOnly(Path store, int runsPerSession) throws IOException {
		assertOnly(store, runsPerSession, "case1");
	}

	public static void assertOnly(Path store, int runsPerSession, String skip) throws IOException {
		try (Stream<Path> ss = Files.list(store.resolve("sessions"))) {
			for (Path s : (Iterable<Path>) ss::iterator) {
				String name = s.getFileName().toString();
				assertFalse(name.startsWith("."), "hidden entry in sessions/: " + name);
				if (!Files.isDirectory(s) || name.equals("case1") || name.equals(skip)) {
					continue;
				}
				for (String f : List.of("meta.json", "metrics.json", "plastic_state.pt", "optim_state.pt")) {
					assertTrue(Files.isRegularFile(s.resolve(f)), name + " lacks " + f);
				}
				try (Stream<Path> runs = Files.list(s.resolve("runs"))) {
					List<Path> list = runs.toList();
					assertEquals(runsPerSession, list.size(), name + " runs");
					for (Path r : list) {
						assertFalse(r.getFileName().toString().startsWith("."), "hidden entry in runs/");
						for (String f : List.of("per_step.csv", "update_events.json", "trajectory.json", "metrics.json", "plastic_state.pt",
								"optim_state.pt", "mse_curve.png")) {
							assertTrue(Files.isRegularFile(r.resolve(f)), r + " lacks " + f);
						}
					}
				}
			}
		}
		Path staging = store.resolve(Staging.DIR);
		if (Files.isDirectory(staging)) {
			try (Stream<Path> st = Files.list(staging)) {
				assertEquals(List.of(), st.toList(), "staging left behind");
			}
		}
	}
}
