package ttt.workbench.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.ui.store.ActiveStore;

/**
 * A store of four sessions built from the reference's torch291-store: s1 (its real 96-step run), s1b forked from s1
 * with a 64-step run (the first 64 steps of s1's, so its metrics are derived from per_step.csv as for any run
 * without metrics.json), s1c forked from s1b with a fork note, and s2, an older nonlinear root with μ 1.5.
 * Only files the reference writes are changed (copies, never the fixture).
 */
final class SessionsFixture {
	private SessionsFixture() {
	}

	static final String S1_RUN = "s1_1768677462_seed2";
	static final String S1B_RUN = "s1b_1768677500_seed3";

	static Path create(Path target) throws IOException {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", target);
		Path sessions = root.resolve("sessions");
		String s1bMeta = Files.readString(sessions.resolve("s1b/meta.json"));

		// s1b gets a run: the first 64 steps of s1's run, and the two events of those steps
		Path run = Files.createDirectories(sessions.resolve("s1b/runs/" + S1B_RUN));
		List<String> perStep = Files.readAllLines(sessions.resolve("s1/runs/" + S1_RUN + "/per_step.csv"));
		Files.write(run.resolve("per_step.csv"), perStep.subList(0, 65));
		List<String> events = Files.readAllLines(sessions.resolve("s1/update_events.jsonl")).subList(0, 2);
		Files.writeString(run.resolve("update_events.json"), "[" + String.join(", ", events) + "]");
		Files.write(sessions.resolve("s1b/update_events.jsonl"), events);

		session(sessions, "s1c", s1bMeta.replace("\"session_id\": \"s1b\"", "\"session_id\": \"s1c\"")
				.replace("\"parent_session_id\": \"s1\"", "\"parent_session_id\": \"s1b\"")
				.replace("\"created_at_unix\": 1768677490", "\"created_at_unix\": 1768677495")
				.replace("\"env_mode\": \"linear\",", "\"env_mode\": \"linear\",\n  \"fork_note\": \"deeper fork to test lr\","));
		session(sessions, "s2", s1bMeta.replace("\"session_id\": \"s1b\"", "\"session_id\": \"s2\"")
				.replace("\"parent_session_id\": \"s1\"", "\"parent_session_id\": null")
				.replace("\"root_session_id\": \"s1\"", "\"root_session_id\": \"s2\"")
				.replace("\"created_at_unix\": 1768677490", "\"created_at_unix\": 1768677400")
				.replace("\"env_mode\": \"linear\"", "\"env_mode\": \"nonlinear\"").replace("\"mu\": 0.12", "\"mu\": 1.5"));
		Files.delete(sessions.resolve("index.json")); // a cache: rebuilt from the metas, as every writer leaves it
		try (ArtifactStore rebuilt = ArtifactStore.open(root)) {
			// the workbench opens stores from their index: this one is current, like any store a writer left
		}
		return root;
	}

	/** Adds a never-run fork {@code id} of {@code parent} (of the store made by {@link #create}), created at {@code created}. */
	static void fork(Path root, String id, String parent, long created) throws IOException {
		Path sessions = root.resolve("sessions");
		session(sessions, id, Files.readString(sessions.resolve("s1c/meta.json")).replace("\"session_id\": \"s1c\"", "\"session_id\": \"" + id + "\"")
				.replace("\"parent_session_id\": \"s1b\"", "\"parent_session_id\": \"" + parent + "\"")
				.replace("\"created_at_unix\": 1768677495", "\"created_at_unix\": " + created));
	}

	private static void session(Path sessions, String id, String meta) throws IOException {
		Path dir = Files.createDirectories(sessions.resolve(id));
		for (String f : new String[] { "plastic_state.pt", "optim_state.pt" }) {
			Files.copy(sessions.resolve("s1/" + f), dir.resolve(f));
		}
		Files.writeString(dir.resolve("metrics.json"), "{\n  \"notes\": \"session created\"\n}");
		Files.writeString(dir.resolve("meta.json"), meta);
	}

	/** Opens {@code root} as the workbench's store and waits until it is active. */
	static ArtifactStore open(Path root, Display display) {
		Job job = ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> job.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 60);
		if (!job.getResult().isOK()) {
			throw new AssertionError(job.getResult().toString());
		}
		return ActiveStore.get().store();
	}
}
