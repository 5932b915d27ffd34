package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * Keeps {@code sessions/index.json} a faithful cache of the metas: tells whether it is missing, unreadable or
 * stale, and rebuilds it. Summaries of sessions that exist on disk but could not be read are carried over from
 * the old index rather than dropped, so one damaged meta never hides a session from the reference's list.
 */
public final class IndexMaintenance {

	private IndexMaintenance() {
	}

	/** @return why the index needs rebuilding, or empty when it agrees with the model's sessions */
	public static Optional<String> staleness(Store store) {
		Path root = Path.of(store.getRootPath());
		StoreLayout layout = new StoreLayout(root);
		Map<String, JsonNode> index;
		try {
			index = IndexCodec.read(StoreFiles.readJson(root, layout.index()), layout.index());
		} catch (NoSuchFileException e) {
			return store.getSessions().isEmpty() ? Optional.empty() : Optional.of("index.json is missing");
		} catch (IOException e) {
			return Optional.of("index.json cannot be read: " + e.getMessage());
		}
		Map<String, Session> sessions = new HashMap<>();
		for (Session s : store.getSessions()) {
			sessions.put(s.getId(), s);
			JsonNode entry = index.get(s.getId());
			if (entry == null) {
				return Optional.of("index.json does not list session \"" + s.getId() + "\"");
			}
			// compare as Python would print them: 5 and 5.0 differ, key order does not. Jackson's equality implies
			// the same printed form (same node types, doubles compared bit for bit, maps without order), and is
			// ten times cheaper than printing both: on 10,000 sessions the printing was a quarter of opening the store
			JsonNode summary = IndexCodec.summary(s);
			if (!entry.equals(summary) && !PythonJsonWriter.compact(entry).equals(PythonJsonWriter.compact(summary))) {
				return Optional.of("index.json is out of date for session \"" + s.getId() + "\"");
			}
		}
		for (String id : index.keySet()) {
			if (!sessions.containsKey(id) && !Files.isDirectory(layout.sessionDir(id), LinkOption.NOFOLLOW_LINKS)) {
				return Optional.of("index.json lists session \"" + id + "\", which is not in the store");
			}
		}
		return Optional.empty();
	}

	/**
	 * Brings the index up to date for one session a writer just changed, created or removed, from the model's view
	 * of that session and the index as it is on disk for every other session: no whole-store read. When the index is
	 * missing or unreadable there is nothing to keep, and it is rebuilt from a fresh read. The caller holds the store
	 * lock (no other writer changes the index meanwhile).
	 */
	public static void updateSession(Store store, String sessionId) throws IOException {
		Path root = Path.of(store.getRootPath());
		StoreLayout layout = new StoreLayout(root);
		Map<String, JsonNode> entries;
		try {
			// streamed entry by entry (IndexCodec.read(byte[])): no tree of the whole file, 33 MB at 100,000 sessions
			entries = new TreeMap<>(IndexCodec.read(StoreFiles.read(root, layout.index()), layout.index()));
		} catch (IOException e) {
			rebuild(StoreReader.read(root));
			return;
		}
		entries.remove(sessionId);
		Session session = store.findSession(sessionId);
		List<Session> written = new ArrayList<>();
		if (session != null && Files.isDirectory(layout.sessionDir(sessionId), LinkOption.NOFOLLOW_LINKS)) {
			written.add(session);
		}
		// entries of sessions that are gone: one file-status call per entry, on all cores
		java.util.Set<String> gone = entries.keySet().parallelStream()
				.filter(id -> !Files.isDirectory(layout.sessionDir(id), LinkOption.NOFOLLOW_LINKS)).collect(java.util.stream.Collectors.toSet());
		entries.keySet().removeAll(gone);
		new StoreWriter(root).writeIndex(written, entries);
	}

	/** Rewrites the index from the model; the caller holds the store lock. */
	public static void rebuild(Store store) throws IOException {
		Path root = Path.of(store.getRootPath());
		StoreLayout layout = new StoreLayout(root);
		Map<String, JsonNode> keep = new LinkedHashMap<>();
		try {
			Map<String, JsonNode> old = IndexCodec.read(StoreFiles.read(root, layout.index()), layout.index());
			// one set of the model's ids: findSession per entry is a linear scan, 10^10 steps on 100,000 sessions
			java.util.Set<String> inModel = new java.util.HashSet<>(store.getSessions().size() * 2);
			store.getSessions().forEach(s -> inModel.add(s.getId()));
			old.forEach((id, summary) -> {
				if (!inModel.contains(id) && Files.isDirectory(layout.sessionDir(id), LinkOption.NOFOLLOW_LINKS)) {
					keep.put(id, summary);
				}
			});
		} catch (IOException e) {
			// nothing to carry over from a missing or unreadable index
		}
		new StoreWriter(root).writeIndex(store.getSessions(), keep);
	}
}
