package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;

/**
 * Loads a session's {@code update_events.jsonl} and attributes every event to its run (SPEC §2.2): by its
 * {@code run_id} when the line has one (this product writes it), otherwise by order — the reference appends each
 * run's events after the previous run's, so runs oldest first each take as many lines as they had attempts.
 */
final class EventLogReader {

	private EventLogReader() {
	}

	/** @param committing a run whose commit was interrupted (its events come from its folder), or null */
	static void attach(Session session, Path root, StoreLayout layout, Problems problems, RunJournal.Entry committing) {
		Path log = layout.eventsLog(session.getId());
		List<UpdateEvent> events;
		try {
			byte[] bytes = StoreFiles.read(root, log);
			if (committing != null && bytes.length > committing.eventLogBytesBefore()) {
				bytes = java.util.Arrays.copyOf(bytes, (int) committing.eventLogBytesBefore());
			}
			events = parse(bytes, log, problems);
		} catch (NoSuchFileException e) {
			events = committing != null ? new java.util.ArrayList<>() : fromRunFolders(session, root, layout, problems);
		} catch (IOException e) {
			problems.error(log, "cannot be read: " + e.getMessage());
			return;
		}
		if (committing != null) {
			for (UpdateEvent e : RunEvents.read(root, layout.runDir(session.getId(), committing.runId()), problems)) {
				e.setRunId(committing.runId());
				events.add(e);
			}
		}
		session.getEvents().addAll(events);
		attribute(session, root, layout, problems);
	}

	/** One event per complete line; an unfinished last line (a writer still appending, or killed) is skipped. */
	static List<UpdateEvent> parse(byte[] bytes, Path log, Problems problems) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		List<UpdateEvent> events = new ArrayList<>();
		int lineNo = 0;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			lineNo++;
			if (end < 0) {
				problems.warning(log, "line " + lineNo + " is unfinished (no newline at the end of the file) and was ignored");
				break;
			}
			String line = text.substring(start, end);
			start = end + 1;
			if (line.isBlank()) {
				continue;
			}
			try {
				JsonNode node;
				try {
					node = PythonJsonReader.parse(line, log);
				} catch (StoreFormatException e) {
					throw new StoreFormatException(log, "line " + lineNo + ": " + e.problem(), e);
				}
				events.add(UpdateEventCodec.read(node, log, "line " + lineNo));
			} catch (StoreFormatException e) {
				problems.error(log, lineNo, e.problem() + " (line skipped)");
			}
		}
		return events;
	}

	/** A session with runs but no log (deleted or never written): rebuild the events from the run folders. */
	private static List<UpdateEvent> fromRunFolders(Session session, Path root, StoreLayout layout, Problems problems) {
		List<UpdateEvent> events = new ArrayList<>();
		if (session.getRuns().isEmpty()) {
			return events;
		}
		problems.warning(layout.eventsLog(session.getId()), "missing; events were taken from the runs' update_events.json");
		for (Run run : session.getRuns()) {
			for (UpdateEvent e : RunEvents.read(root, layout.runDir(session.getId(), run.getId()), problems)) {
				e.setRunId(run.getId());
				events.add(e);
			}
		}
		return events;
	}

	private static void attribute(Session session, Path root, StoreLayout layout, Problems problems) {
		Map<String, Run> runs = new HashMap<>();
		for (Run run : session.getRuns()) {
			runs.put(run.getId(), run);
		}
		Map<Run, Integer> explicit = new HashMap<>();
		Deque<UpdateEvent> unattributed = new ArrayDeque<>();
		Path log = layout.eventsLog(session.getId());
		for (UpdateEvent e : session.getEvents()) {
			if (e.getRunId() == null) {
				unattributed.add(e);
				continue;
			}
			Run run = runs.get(e.getRunId());
			if (run == null) {
				problems.warning(log, "an event at t=" + e.getT() + " names run \"" + e.getRunId() + "\", which is not in runs/");
				continue;
			}
			e.setRun(run);
			explicit.merge(run, 1, Integer::sum);
		}
		for (Run run : unattributed.isEmpty() ? java.util.List.<Run>of() : session.getRuns()) {
			int expected = expectedEvents(run, root, layout.runDir(session.getId(), run.getId()), problems);
			int need = expected - explicit.getOrDefault(run, 0);
			for (int i = 0; i < need && !unattributed.isEmpty(); i++) {
				unattributed.poll().setRun(run);
			}
		}
		if (!unattributed.isEmpty()) {
			problems.warning(log, unattributed.size() + " event(s) could not be attributed to any run in runs/ (runs deleted?)");
		}
		checkCounts(session, log, problems);
	}

	/** A log cut at a line boundary parses cleanly; only the runs' own counts reveal the loss. */
	private static void checkCounts(Session session, Path log, Problems problems) {
		for (Run run : session.getRuns()) {
			if (run.getMetrics() != null && run.getMetrics().getRunId() != null
					&& run.getEvents().size() != run.getMetrics().getUpdatesAttempted()) {
				problems.warning(log, "run \"" + run.getId() + "\" has " + run.getEvents().size() + " event(s) in the log but its metrics"
						+ " count " + run.getMetrics().getUpdatesAttempted() + " update attempts");
			}
		}
	}

	private static int expectedEvents(Run run, Path root, Path runDir, Problems problems) {
		if (run.getMetrics() != null && run.getMetrics().getRunId() != null) {
			return run.getMetrics().getUpdatesAttempted();
		}
		if (Files.exists(runDir.resolve(StoreLayout.RUN_EVENTS), LinkOption.NOFOLLOW_LINKS)) {
			return RunEvents.read(root, runDir, problems).size();
		}
		return 0;
	}
}
