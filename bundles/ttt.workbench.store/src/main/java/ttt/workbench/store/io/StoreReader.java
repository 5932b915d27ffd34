package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.signature.Signatures;

/**
 * Reads an artifact store from disk into a fresh EMF {@link Store}: base, sessions with their tree links, runs,
 * metrics and update events. Curves, trajectories and tensors stay {@link LoadState#NOT_LOADED} until asked for
 * ({@link LazyLoader}).
 *
 * <p>Never writes, and never gives up on the whole store because of one file: every unreadable file, orphan, cycle
 * or signature mismatch becomes a {@link ttt.workbench.store.model.StoreProblem} naming the file, and everything
 * else is loaded.
 */
public final class StoreReader {

	/** {@code <session>_<unix seconds>_seed<seed>}, optionally with a uniqueness suffix (SPEC §2.3). */
	static final Pattern RUN_ID = Pattern.compile("^(.+)_(\\d+)_seed(-?\\d+)(?:_\\d+)?$");
	/** The Phase 1 brief's example names, {@code run_20240103_143052} (UTC): read as runs of that time, seed unknown. */
	static final Pattern BRIEF_RUN_ID = Pattern.compile("^run_(\\d{8})_(\\d{6})(?:_\\d+)?$");

	private final Path root;
	private final StoreLayout layout;
	private final Store store;
	private final Problems problems;

	private StoreReader(Path root) {
		this.root = root;
		this.layout = new StoreLayout(root);
		this.store = StoreFactory.eINSTANCE.createStore();
		this.store.setRootPath(root.toString());
		this.problems = new Problems(store, root);
	}

	/**
	 * @throws NoSuchFileException when {@code root} is not a folder at all; everything else is reported as problems
	 */
	public static Store read(Path root) throws IOException {
		return read(root, true);
	}

	/**
	 * Reads one session's folder (meta, metrics, runs, events) as {@link #read} would, without the rest of the store:
	 * for a writer that changed only that session and wants its model to follow. The session's parent is not linked
	 * (its {@code parentId} names it); problems of the folder are not kept. Null when the folder is not a readable
	 * session (deleted, or its meta unreadable).
	 */
	public static Session readOneSession(Path root, String sessionId) {
		StoreReader reader = new StoreReader(root.toAbsolutePath().normalize());
		Path folder = reader.layout.sessionDir(sessionId);
		StoreActivity.report(StoreActivity.Kind.SESSION_READ, folder);
		return reader.readFolder(folder);
	}

	/** @param parallel false reads the sessions one after the other (the tests compare both) */
	static Store read(Path root, boolean parallel) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new NoSuchFileException(root.toString(), null, "not a folder: cannot open it as an artifact store");
		}
		StoreReader reader = new StoreReader(root.toAbsolutePath().normalize());
		StoreActivity.report(StoreActivity.Kind.WHOLE_STORE_READ, reader.root);
		reader.readBase();
		reader.readSessions(parallel);
		return reader.store;
	}

	/** A store model with the base only (and its problems): the index-first reader adds the sessions. */
	static Store readBaseOnly(Path root) {
		StoreReader reader = new StoreReader(root);
		reader.readBase();
		return reader.store;
	}

	/** What reading one folder of {@code sessions/} gave: its session (null when none) and the problems found. */
	record FolderRead(Session session, List<StoreProblem> problems) {
	}

	/** Reads one folder of {@code sessions/} fully (meta, metrics, runs, events), into no store: thread-safe. */
	static FolderRead readFolder(Path root, Path folder) {
		StoreReader reader = new StoreReader(root);
		Session session = reader.readFolder(folder);
		return new FolderRead(session, new ArrayList<>(reader.store.getProblems()));
	}

	private void readBase() {
		Path metaFile = layout.baseMeta();
		if (!Files.exists(metaFile, LinkOption.NOFOLLOW_LINKS)) {
			if (Files.isDirectory(layout.sessionsDir())) {
				problems.error(metaFile, "missing: the store has sessions but no base model description");
			}
			return;
		}
		Base base;
		JsonNode json;
		try {
			json = StoreFiles.readJson(root, metaFile);
			base = BaseMetaCodec.read(json, metaFile);
		} catch (IOException e) {
			report(metaFile, e);
			return;
		}
		base.setTensorsState(LoadState.NOT_LOADED);
		store.setBase(base);
		checkBaseIdentity(base, json.get("model_cfg"));
	}

	/** The checkpoint must be the one the meta describes, and the signature must follow from both (SPEC §2.1). */
	private void checkBaseIdentity(Base base, JsonNode modelCfg) {
		Path checkpoint = layout.baseCheckpoint();
		try {
			StoreFiles.checkInside(root, checkpoint);
			String hash = Signatures.sha256Hex(checkpoint);
			if (!hash.equals(base.getBaseCkptHash())) {
				problems.error(checkpoint, "SHA-256 is " + hash + " but base_meta.json records " + base.getBaseCkptHash()
						+ ": the checkpoint was replaced or damaged");
			}
		} catch (NoSuchFileException e) {
			problems.error(checkpoint, "missing: the base model's weights are not in the store");
			base.setTensorsState(LoadState.MISSING);
		} catch (IOException e) {
			report(checkpoint, e);
		}
		// the signature is over model_cfg exactly as stored (ints stay ints), so use the parsed file, not the model
		String expected = Signatures.modelSignature(modelCfg, base.getBaseCkptHash());
		if (!expected.equals(base.getModelSignature())) {
			problems.error(layout.baseMeta(), "model_signature " + base.getModelSignature() + " does not follow from model_cfg and"
					+ " base_ckpt_hash (expected " + expected + ")");
		}
	}

	private void readSessions(boolean parallel) throws IOException {
		Path dir = layout.sessionsDir();
		if (!Files.isDirectory(dir)) {
			return;
		}
		List<Path> folders = sortedChildren(dir);
		// Each folder is read by its own reader into its own problem list, in parallel: on a store of 10,000 sessions
		// reading and parsing the files is most of the time of opening it. The results and problems are then taken
		// over in folder order, so the model (and the order of its problems) is exactly that of a sequential read.
		StoreReader[] readers = new StoreReader[folders.size()];
		Session[] read = new Session[folders.size()];
		IntStream indexes = IntStream.range(0, folders.size());
		(parallel ? indexes.parallel() : indexes).forEach(i -> {
			readers[i] = new StoreReader(root);
			read[i] = readers[i].readFolder(folders.get(i));
		});
		Map<String, Session> byId = new LinkedHashMap<>();
		for (int i = 0; i < read.length; i++) {
			store.getProblems().addAll(new ArrayList<>(readers[i].store.getProblems()));
			if (read[i] != null) {
				byId.put(read[i].getId(), read[i]);
			}
		}
		store.getSessions().addAll(byId.values());
		checkIndexReadable();
		TreeLinker.link(byId, problems, layout);
		checkSignatures(store, problems, layout, byId.values());
	}

	/** @return the session of a folder of {@code sessions/}, or null when it is none (problems say why, if it matters) */
	private Session readFolder(Path folder) {
		String name = folder.getFileName().toString();
		if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
			if (Files.isSymbolicLink(folder)) {
				problems.error(folder, "is a symbolic link; sessions must be real folders inside the store");
			}
			return null; // index.json and stray files
		}
		if (name.startsWith(".")) {
			return null; // temporary and hidden folders of writers in progress
		}
		if (SessionIds.problem(name).isPresent()) {
			problems.error(folder, "not a valid session folder name: " + SessionIds.problem(name).get());
			return null;
		}
		return readSession(folder, name);
	}

	private Session readSession(Path folder, String id) {
		Path metaFile = layout.sessionMeta(id);
		Session session;
		try {
			session = SessionMetaCodec.read(StoreFiles.readJson(root, metaFile), metaFile, id);
		} catch (NoSuchFileException e) {
			problems.error(metaFile, "missing: folder sessions/" + id + " is not a session (no meta.json)");
			return null;
		} catch (IOException e) {
			report(metaFile, e);
			return null;
		}
		session.setWeightsState(LoadState.NOT_LOADED);
		Path metricsFile = layout.sessionMetrics(id);
		try {
			session.setMetrics(MetricsCodec.read(StoreFiles.readJson(root, metricsFile), metricsFile));
		} catch (NoSuchFileException e) {
			problems.warning(metricsFile, "missing: the session's latest metrics are unknown");
		} catch (IOException e) {
			report(metricsFile, e);
		}
		readRuns(session);
		RunJournal.Entry committing = pendingCommit(session);
		EventLogReader.attach(session, root, layout, problems, committing);
		if (committing != null) {
			// the run landed but its commit to the session was interrupted: show the session as after the run
			session.setLastRunAtUnix((double) committing.lastRunAtUnix());
			Run run = session.findRun(committing.runId());
			if (run != null && run.getMetrics() != null) {
				session.setMetrics(org.eclipse.emf.ecore.util.EcoreUtil.copy(run.getMetrics()));
			}
			problems.info(RunJournal.file(root, id), "the commit of run \"" + committing.runId() + "\" was interrupted; the session"
					+ " is shown after that run, and the next write to it (or 'ttt check --repair') completes the files");
		}
		return session;
	}

	/** A journal entry whose run folder exists, or null (no entry, or a run that never landed: "before"). */
	private RunJournal.Entry pendingCommit(Session session) {
		try {
			return RunJournal.pending(root, session.getId()).filter(e -> RunJournal.isCommitted(root, e)).orElse(null);
		} catch (IOException e) {
			report(RunJournal.file(root, session.getId()), e);
			return null;
		}
	}

	private void readRuns(Session session) {
		Path runsDir = layout.runsDir(session.getId());
		if (!Files.isDirectory(runsDir, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		List<Run> runs = new ArrayList<>();
		try {
			for (Path folder : sortedChildren(runsDir)) {
				String name = folder.getFileName().toString();
				if (name.startsWith(".") || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
					if (Files.isSymbolicLink(folder)) {
						problems.error(folder, "is a symbolic link; runs must be real folders inside the store");
					}
					continue;
				}
				runs.add(readRun(session, folder, name));
			}
		} catch (IOException e) {
			report(runsDir, e);
		}
		// oldest first: the order the reference appended their events to update_events.jsonl
		runs.sort(Comparator.comparing((Run r) -> r.getCreatedAtUnix() == null ? Double.MAX_VALUE : r.getCreatedAtUnix())
				.thenComparing(Run::getId));
		session.getRuns().addAll(runs);
	}

	private Run readRun(Session session, Path folder, String runId) {
		Run run = StoreFactory.eINSTANCE.createRun();
		run.setId(runId);
		run.setPerStepState(LoadState.NOT_LOADED);
		run.setTrajectoryState(LoadState.NOT_LOADED);
		run.setWeightsState(LoadState.NOT_LOADED);
		Matcher m = RUN_ID.matcher(runId);
		Matcher brief = BRIEF_RUN_ID.matcher(runId);
		if (m.matches()) {
			run.setCreatedAtUnix(Double.parseDouble(m.group(2)));
			run.setSeed(Long.parseLong(m.group(3)));
		} else if (brief.matches()) {
			run.setCreatedAtUnix((double) java.time.LocalDateTime.parse(brief.group(1) + brief.group(2),
					java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss")).toEpochSecond(java.time.ZoneOffset.UTC));
		} else {
			problems.warning(folder, "run folder name follows neither <session>_<unix seconds>_seed<seed> nor run_<yyyymmdd>_<hhmmss>;"
					+ " its time comes from the folder and its seed from its metrics");
		}
		Path metricsFile = folder.resolve(StoreLayout.METRICS);
		RunMetrics metrics = null;
		try {
			metrics = MetricsCodec.read(StoreFiles.readJson(root, metricsFile), metricsFile);
		} catch (NoSuchFileException e) {
			// the reference keeps a run's summary only in the session's metrics.json (for its latest run)
			RunMetrics latest = session.getMetrics();
			if (latest != null && runId.equals(latest.getRunId())) {
				metrics = org.eclipse.emf.ecore.util.EcoreUtil.copy(latest);
			} else {
				metrics = RunSummaries.derive(root, folder, runId, session, problems);
			}
		} catch (IOException e) {
			report(metricsFile, e);
		}
		if (metrics != null) {
			run.setMetrics(metrics);
			run.setSteps(metrics.getSteps());
			if (metrics.getRunId() != null) {
				run.setSeed(metrics.getSeed());
			}
		}
		if (run.getCreatedAtUnix() == null) {
			try {
				run.setCreatedAtUnix((double) Files.getLastModifiedTime(folder).toMillis() / 1000);
			} catch (IOException e) {
				report(folder, e);
			}
		}
		return run;
	}

	/** The index is only a cache, but the reference's list_sessions reads it: say when it is damaged. */
	private void checkIndexReadable() {
		Path index = layout.index();
		try {
			ttt.workbench.store.codec.IndexCodec.read(StoreFiles.readJson(root, index), index);
		} catch (NoSuchFileException e) {
			// a missing index is normal for a store being created; ArtifactStore.open rebuilds it
		} catch (StoreFormatException e) {
			problems.warning(index, e.problem() + "; it is only a cache of the sessions' meta.json and is rebuilt from them");
		} catch (IOException e) {
			problems.warning(index, "cannot be read (" + e.getMessage() + "); it is rebuilt from the sessions' meta.json");
		}
	}

	/** A session made from another base or architecture must not be run against this one. */
	static void checkSignatures(Store store, Problems problems, StoreLayout layout, Iterable<Session> sessions) {
		Base base = store.getBase();
		if (base == null) {
			return;
		}
		for (Session s : sessions) {
			if (!base.getModelSignature().equals(s.getModelSignature())) {
				problems.error(layout.sessionMeta(s.getId()), "model_signature " + abbreviate(s.getModelSignature())
						+ " does not match the base's " + abbreviate(base.getModelSignature())
						+ ": the session was made from a different base or architecture and cannot run here");
			}
		}
	}

	private static String abbreviate(String hash) {
		return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12) + "…";
	}

	private void report(Path file, IOException e) {
		if (e instanceof StoreFormatException f) {
			problems.error(f);
		} else if (e instanceof NoSuchFileException) {
			problems.error(file, "missing");
		} else {
			problems.error(file, "cannot be read: " + e.getMessage());
		}
	}

	static List<Path> sortedChildren(Path dir) throws IOException {
		return sorted(dir, childNames(dir));
	}

	/** The names in {@code dir} as the directory lists them, without our temporary files. */
	static List<String> childNames(Path dir) throws IOException {
		List<String> names = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path p : stream) {
				String name = p.getFileName().toString();
				if (!name.startsWith(AtomicFiles.TEMP_PREFIX)) {
					names.add(name);
				}
			}
		}
		return names;
	}

	/** {@code names} in {@code dir}, by name. */
	static List<Path> sorted(Path dir, List<String> names) {
		// by name, computed once: 100,000 sessions make a million comparisons, on every core that is free
		String[] sorted = names.toArray(String[]::new);
		Arrays.parallelSort(sorted);
		List<Path> children = new ArrayList<>(sorted.length);
		for (String name : sorted) {
			children.add(dir.resolve(name));
		}
		return children;
	}
}
