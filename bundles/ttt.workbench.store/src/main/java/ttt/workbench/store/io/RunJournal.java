package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;

/**
 * Makes committing a run to its session all-or-nothing, across crashes (SQLite's "hot journal", git's ref
 * update). A run's outcome lives complete in its run folder (written and renamed into place first); committing it
 * then touches five session files (event log, weights, optimizer, metrics, meta), which no rename can replace at
 * once. So before touching them the writer records the intent in {@code <store>/.journal/<session>.json}:
 *
 * <ol>
 * <li>journal entry (atomic) → 2. run folder (atomic rename) → 3. append events, replace weights, optimizer,
 * metrics, meta → 4. delete the entry.</li>
 * </ol>
 *
 * A crash before 2 leaves an entry without a run folder: nothing happened ("before"); the entry is dropped. A crash
 * after 2 leaves an entry with a complete run folder: the run happened ("after"); readers present the session as
 * after it, and {@link #rollForward} makes the files say so, idempotently (the log is cut back to its length
 * before the commit, so a half-appended line or a repeated append never shows).
 */
public final class RunJournal {

	public static final String DIR = ".journal";

	/** One pending commit: which run, where the event log ended before it, and the run's time. */
	public record Entry(String sessionId, String runId, long eventLogBytesBefore, long lastRunAtUnix) {
	}

	private RunJournal() {
	}

	static Path file(Path root, String sessionId) {
		return root.resolve(DIR).resolve(SessionIds.requireValid(sessionId) + ".json");
	}

	/** Step 1: record the intent. The caller holds the session's lock. */
	public static Entry begin(Path root, String sessionId, String runId, long lastRunAtUnix) throws IOException {
		Path log = new StoreLayout(root).eventsLog(sessionId);
		long size = Files.exists(log) ? Files.size(log) : 0;
		Entry entry = new Entry(sessionId, runId, size, lastRunAtUnix);
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.put("session_id", sessionId);
		node.put("run_id", runId);
		node.put("event_log_bytes_before", size);
		node.put("last_run_at_unix", lastRunAtUnix);
		AtomicFiles.writeString(file(root, sessionId), PythonJsonWriter.pretty(node));
		return entry;
	}

	/** Step 4: the commit is complete. */
	public static void end(Path root, String sessionId) throws IOException {
		Files.deleteIfExists(file(root, sessionId));
		AtomicFiles.forceDirectory(root.resolve(DIR));
	}

	/** The pending entry of a session, if any; a damaged entry is reported, never guessed at. */
	public static Optional<Entry> pending(Path root, String sessionId) throws IOException {
		Path file = file(root, sessionId);
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			JsonNode node = StoreFiles.readJson(root, file);
			String session = node.path("session_id").asText(null);
			String run = node.path("run_id").asText(null);
			if (!sessionId.equals(session) || run == null || !node.path("event_log_bytes_before").canConvertToLong()
					|| !node.path("last_run_at_unix").canConvertToLong()) {
				throw new StoreFormatException(file, "not a journal entry of session \"" + sessionId + "\"");
			}
			return Optional.of(new Entry(session, run, node.get("event_log_bytes_before").longValue(),
					node.get("last_run_at_unix").longValue()));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		}
	}

	/** Sessions with a journal entry (a commit in progress, or interrupted). */
	public static List<String> pendingSessions(Path root) throws IOException {
		Path dir = root.resolve(DIR);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (var files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.startsWith("."))
					.map(n -> n.substring(0, n.length() - ".json".length())).filter(SessionIds::isValid).sorted().toList();
		}
	}

	/** Completes a session's interrupted commit, if it has one. The caller holds the session's lock. */
	public static boolean recover(Path root, String sessionId) throws IOException {
		Optional<Entry> entry = pending(root, sessionId);
		if (entry.isEmpty()) {
			return false;
		}
		rollForward(root, entry.get());
		return true;
	}

	/** True when the entry's run folder exists complete: the commit counts as done ("after"). */
	public static boolean isCommitted(Path root, Entry entry) {
		return Files.isDirectory(new StoreLayout(root).runDir(entry.sessionId(), entry.runId()), LinkOption.NOFOLLOW_LINKS);
	}

	/**
	 * Brings a session's files to the state after {@code entry}'s run (or drops an entry whose run never landed).
	 * Safe to repeat. The caller holds the session's lock.
	 */
	public static void rollForward(Path root, Entry entry) throws IOException {
		if (!isCommitted(root, entry)) {
			end(root, entry.sessionId());
			return;
		}
		StoreLayout layout = new StoreLayout(root);
		String sid = entry.sessionId();
		Path runDir = layout.runDir(sid, entry.runId());
		truncateLog(layout.eventsLog(sid), entry.eventLogBytesBefore());
		Problems ignored = new Problems(ttt.workbench.store.model.StoreFactory.eINSTANCE.createStore(), root);
		List<UpdateEvent> events = RunEvents.read(root, runDir, ignored);
		for (UpdateEvent e : events) {
			e.setRunId(entry.runId());
		}
		StoreWriter writer = new StoreWriter(root);
		writer.appendEvents(sid, events);
		AtomicFiles.write(layout.plasticState(sid), StoreFiles.read(root, runDir.resolve(StoreLayout.PLASTIC_STATE)));
		AtomicFiles.write(layout.optimState(sid), StoreFiles.read(root, runDir.resolve(StoreLayout.OPTIM_STATE)));
		Path runMetrics = runDir.resolve(StoreLayout.METRICS);
		RunMetrics metrics = MetricsCodec.read(StoreFiles.readJson(root, runMetrics), runMetrics);
		writer.writeSessionMetrics(sid, metrics);
		Path metaFile = layout.sessionMeta(sid);
		Session meta = SessionMetaCodec.read(StoreFiles.readJson(root, metaFile), metaFile, sid);
		meta.setLastRunAtUnix((double) entry.lastRunAtUnix());
		writer.writeSessionMeta(meta);
		end(root, sid);
	}

	/** Cuts a half-appended or repeated tail off the log, so the run's events are appended exactly once. */
	private static void truncateLog(Path log, long bytes) throws IOException {
		if (!Files.exists(log)) {
			return;
		}
		if (Files.size(log) > bytes) {
			try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
				channel.truncate(bytes);
				channel.force(true);
			}
		}
	}
}
