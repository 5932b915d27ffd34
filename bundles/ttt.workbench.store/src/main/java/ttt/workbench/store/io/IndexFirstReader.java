package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;


import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;

/**
 * Reads a store's sessions from {@code sessions/index.json} first: each session the index describes faithfully
 * becomes a summary ({@link Session#getDetailsState()} NOT_LOADED, the eight keys of the index, linked into the
 * tree) and its meta, metrics, runs and events are read later by {@link SessionLoader}. On 100,000 sessions this
 * reads one file instead of several hundred thousand.
 *
 * <p>The index is only a cache of the metas (SPEC §2.1), so it is trusted per session only when it can be: the
 * session folder exists as a real folder, its {@code meta.json} is not newer than the index, the entry is well formed
 * and no run commit of the session is pending. Every other session is read fully from its files, exactly as
 * {@link StoreReader} reads it, and a stale or unreadable index is named in the model's problems. When the index is
 * missing or cannot be read at all, the whole store is read from the metas ({@link StoreReader}): nothing is lost,
 * only the speed.
 */
public final class IndexFirstReader {

	/**
	 * The model; the bytes of the index as read (null when it could not be used); and, when the index
	 * disagrees with the files, why it should be rebuilt.
	 */
	public record Result(Store store, byte[] index, Optional<String> indexStale) {
	}

	private IndexFirstReader() {
	}

	/** @throws NoSuchFileException when {@code root} is not a folder at all; everything else is reported as problems */
	public static Result read(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new NoSuchFileException(root.toString(), null, "not a folder: cannot open it as an artifact store");
		}
		root = root.toAbsolutePath().normalize();
		StoreLayout layout = new StoreLayout(root);
		if (!Files.isDirectory(layout.sessionsDir())) {
			return new Result(StoreReader.read(root), null, Optional.empty());
		}
		Path indexFile = layout.index();
		FileTime indexTime;
		try {
			indexTime = Files.getLastModifiedTime(indexFile, LinkOption.NOFOLLOW_LINKS);
		} catch (IOException e) {
			return readAllMetas(root, indexFile, e);
		}
		// sorting the folders' names and looking at every folder (two file-status calls each) run on the other cores
		// while this one parses the index (on 100,000 sessions the sort alone took a tenth of a warm open)
		Path base = root;
		// hidden entries too: none is in the index, so the full reader judges them as it always has (symlinks are errors)
		List<String> names = StoreReader.childNames(layout.sessionsDir());
		CompletableFuture<List<Path>> sortedFolders = CompletableFuture.supplyAsync(() -> StoreReader.sorted(layout.sessionsDir(), names));
		CompletableFuture<String[]> looks = sortedFolders.thenApplyAsync(folders -> IntStream.range(0, folders.size()).parallel()
				.mapToObj(i -> metaNewerOrOdd(folders.get(i), indexTime)).toArray(String[]::new));
		byte[] bytes;
		IndexEntries entries = new IndexEntries(indexFile);
		try {
			bytes = StoreFiles.read(base, indexFile);
			IndexCodec.forEachSummary(bytes, indexFile, entries::add);
		} catch (IOException e) {
			looks.join();
			return readAllMetas(root, indexFile, e);
		}
		// counted like StoreReader's whole reads (the data-path tests count reads per workbench run)
		StoreActivity.report(StoreActivity.Kind.WHOLE_STORE_READ, root);
		return new IndexFirstReader.Summaries(root, layout, entries, bytes, sortedFolders.join(), looks.join()).read();
	}

	/**
	 * The index's entries as summary sessions, made while the file is parsed so that no tree of it stays alive, and
	 * the entries that are not well formed, with what is wrong.
	 */
	private static final class IndexEntries {
		final Path file;
		final Map<String, Session> summaries = new java.util.HashMap<>(1 << 12);
		final Map<String, String> malformed = new java.util.HashMap<>();
		/** one String per distinct value: 100,000 sessions share a handful of signatures and roots */
		final Map<String, String> shared = new java.util.HashMap<>();

		IndexEntries(Path file) {
			this.file = file;
		}

		void add(String id, Session s, StoreFormatException why) throws StoreFormatException {
			if (summaries.containsKey(id) || malformed.containsKey(id)) {
				throw new StoreFormatException(file, "malformed JSON: session \"" + id + "\" is listed twice");
			}
			if (s == null) {
				malformed.put(id, why.problem());
				return;
			}
			s.setModelSignature(shared.computeIfAbsent(s.getModelSignature(), k -> k));
			s.setRootId(shared.computeIfAbsent(s.getRootId(), k -> k));
			summaries.put(id, s);
		}

		boolean lists(String id) {
			return summaries.containsKey(id) || malformed.containsKey(id);
		}

		java.util.Set<String> ids() {
			java.util.Set<String> all = new java.util.HashSet<>(summaries.keySet());
			all.addAll(malformed.keySet());
			return all;
		}
	}

	/** @return why the index cannot stand for this folder's meta, or null when it can */
	private static String metaNewerOrOdd(Path folder, FileTime indexTime) {
		try {
			if (!Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
				return "not a real folder";
			}
			BasicFileAttributes meta = Files.readAttributes(folder.resolve(StoreLayout.SESSION_META), BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			if (!meta.isRegularFile()) {
				return "meta.json is not a regular file";
			}
			return meta.lastModifiedTime().compareTo(indexTime) > 0 ? "meta.json is newer than index.json" : null;
		} catch (IOException e) {
			return "meta.json cannot be seen (" + e.getMessage() + ")";
		}
	}

	/**
	 * A fresh read for refreshing {@code live}: summaries where the live model has summaries, full sessions where it
	 * has loaded them (so a merge neither drops what a view shows nor loads what nobody asked for). A live model
	 * without summaries is read fully, as before. Reads the live model's load states from any thread: a state that
	 * changes meanwhile only means one session is loaded on the next refresh instead of this one.
	 */
	public static Store readLike(Store live) throws IOException {
		Path root = Path.of(live.getRootPath());
		List<Session> liveSessions = List.copyOf(live.getSessions());
		if (liveSessions.stream().allMatch(s -> s.getDetailsState() != LoadState.NOT_LOADED)) {
			return StoreReader.read(root);
		}
		Set<String> loaded = liveSessions.stream().filter(s -> s.getDetailsState() != LoadState.NOT_LOADED).map(Session::getId)
				.collect(Collectors.toSet());
		Store fresh = read(root).store();
		List<Session> toLoad = fresh.getSessions().stream()
				.filter(s -> s.getDetailsState() == LoadState.NOT_LOADED && loaded.contains(s.getId())).toList();
		new SessionLoader(fresh).ensureLoaded(toLoad);
		return fresh;
	}

	private static Result readAllMetas(Path root, Path indexFile, IOException why) throws IOException {
		Store store = StoreReader.read(root);
		String reason = why instanceof NoSuchFileException ? "missing" : why instanceof StoreFormatException f ? f.problem()
				: "cannot be read (" + why.getMessage() + ")";
		if (!store.getSessions().isEmpty()) {
			// StoreReader already warns about a damaged index; say what that cost, so a slow open is explained
			new Problems(store, root).info(indexFile, reason + ": the sessions were read from every meta.json instead of"
					+ " the index; it is rebuilt from them");
		}
		return new Result(store, null, store.getSessions().isEmpty() ? Optional.empty() : Optional.of("index.json is " + reason));
	}

	/** One index-first read. */
	private static final class Summaries {
		private final Path root;
		private final StoreLayout layout;
		private final IndexEntries index;
		private final byte[] indexBytes;
		private final List<Path> folders;
		/** per folder: why its meta must be read, or null when the index may stand for it (as far as files tell) */
		private final String[] looks;

		Summaries(Path root, StoreLayout layout, IndexEntries index, byte[] indexBytes, List<Path> folders, String[] looks) {
			this.root = root;
			this.layout = layout;
			this.index = index;
			this.indexBytes = indexBytes;
			this.folders = folders;
			this.looks = looks;
		}

		Result read() throws IOException {
			Store store = StoreReader.readBaseOnly(root);
			Problems problems = new Problems(store, root);
			Set<String> pending = new HashSet<>(RunJournal.pendingSessions(root));
			Session[] sessions = new Session[folders.size()];
			String[] whyRead = new String[folders.size()];
			List<List<StoreProblem>> folderProblems = new ArrayList<>(java.util.Collections.nCopies(folders.size(), null));
			IntStream.range(0, folders.size()).parallel().forEach(i -> {
				Path folder = folders.get(i);
				String id = folder.getFileName().toString();
				Session summary = index.summaries.get(id);
				String why = summary != null ? (pending.contains(id) ? "a run commit is pending" : looks[i])
						: index.malformed.getOrDefault(id, "not listed");
				if (why == null) {
					sessions[i] = summary;
					return;
				}
				StoreReader.FolderRead full = StoreReader.readFolder(root, folder);
				sessions[i] = full.session();
				folderProblems.set(i, full.problems());
				if (full.session() != null || index.lists(id)) {
					whyRead[i] = why;
				}
			});
			Map<String, Session> byId = new LinkedHashMap<>(sessions.length * 2);
			List<String> stale = new ArrayList<>();
			int readFromMeta = 0;
			String example = null;
			for (int i = 0; i < sessions.length; i++) {
				if (folderProblems.get(i) != null) {
					store.getProblems().addAll(folderProblems.get(i));
				}
				if (whyRead[i] != null) {
					readFromMeta++;
					example = example == null ? "\"" + folders.get(i).getFileName() + "\": " + whyRead[i] : example;
				}
				if (sessions[i] != null) {
					byId.put(sessions[i].getId(), sessions[i]);
					if (whyRead[i] != null && disagrees(sessions[i])) {
						stale.add(sessions[i].getId());
					}
				}
			}
			for (String id : index.ids()) {
				if (!byId.containsKey(id) && !Files.isDirectory(layout.sessionDir(id), LinkOption.NOFOLLOW_LINKS)) {
					stale.add(id);
				}
			}
			if (readFromMeta > 0) {
				problems.info(layout.index(), "does not describe " + readFromMeta + " session(s) reliably (e.g. " + example
						+ "); they were read from their meta.json" + (stale.isEmpty() ? "" : ", and the index is rebuilt"));
			}
			store.getSessions().addAll(byId.values());
			TreeLinker.link(byId, problems, layout);
			StoreReader.checkSignatures(store, problems, layout, byId.values());
			return new Result(store, indexBytes, stale.isEmpty() ? Optional.empty()
					: Optional.of("index.json is out of date for " + stale.size() + " session(s), e.g. \"" + stale.get(0) + "\""));
		}

		/** Whether the index's summary differs from the session read from its meta (the meta is the truth). */
		private boolean disagrees(Session fromMeta) {
			Session listed = index.summaries.get(fromMeta.getId());
			return listed == null || !IndexCodec.summary(listed).equals(IndexCodec.summary(fromMeta));
		}
	}
}
