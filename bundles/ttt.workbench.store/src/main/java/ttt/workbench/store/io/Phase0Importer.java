package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.codec.TrajectoryCodec;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;

/**
 * Imports a run folder of the Phase 0 tool (before sessions could fork) into a Phase 1 artifact store, the way the
 * seed's session-tree plan migrates old files: detect the old format, migrate it, write it in the new one.
 *
 * <p>A Phase 0 run folder:
 * <pre>
 * &lt;run&gt;/base_checkpoint.pt   &lt;run&gt;/per_step.csv (t,baseline_mse,adaptive_mse,did_update,update_ok)
 * &lt;run&gt;/update_events.json   &lt;run&gt;/session/{meta.json, metrics.json, plastic_state.pt, optim_state.pt}
 * </pre>
 * becomes a root session (parent null, root itself) with one run:
 * <ul>
 * <li><b>base</b>: when the store has none, {@code base/base_checkpoint.pt} is the Phase 0 checkpoint's bytes, copied
 * unchanged (re-serialising would change its hash), with a {@code base_meta.json} computed from those bytes. When the
 * store has a base, the Phase 0 checkpoint must be that very file (same SHA-256), or the import is refused.
 * <li><b>session</b>: {@code meta.json} with every Phase 1 key (see {@link Phase0Plan} for where each value comes
 * from), a top-level {@code migrated_from} = {@code {"format": "phase0", "source": <absolute run folder>}}; the
 * Phase 0 weights and optimizer state, decoded by the allow-listed reader and written back through the codec
 * (values and param-group settings unchanged; only the zip container is this product's); {@code metrics.json} =
 * the run's metrics; {@code update_events.jsonl} = the run's events with {@code run_id}.
 * <li><b>run</b> {@code <session>_<unix seconds>_seed<seed>}: {@code per_step.csv} byte for byte (Phase 0 header,
 * which every reader accepts), {@code update_events.json}, {@code metrics.json} computed by
 * {@link RunSummaries#compute} with session_start = base (Phase 0 ran every session from the base), the end-of-run
 * {@code plastic_state.pt}/{@code optim_state.pt}, and {@code trajectory.json}/{@code mse_curve.png} if the folder
 * has them.
 * </ul>
 *
 * <p>Everything is read and checked before anything is written; a refusal ({@link Phase0ImportException}, or the
 * codecs' {@link ttt.workbench.store.StoreFormatException} / {@link ttt.workbench.store.pt.PtFormatException}) names
 * the file and leaves the store untouched. Writing happens under the store lock: the session (with its run) and the
 * base are assembled in a hidden staging folder inside the store and each renamed into place in one step, then
 * {@code sessions/index.json} is rewritten. The Phase 0 folder is only read.
 */
public final class Phase0Importer {

	/** Top-level key of the imported session's meta.json (and of a base_meta.json the import created). */
	public static final String MIGRATED_FROM_KEY = Phase0Plan.MIGRATED_FROM_KEY;

	static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);

	private Phase0Importer() {
	}

	/**
	 * What an import did.
	 *
	 * @param baseCreated whether the store got its base from the Phase 0 checkpoint
	 * @param notes everything that was assumed, derived, dropped or migrated, one plain sentence each
	 */
	public record ImportResult(String sessionId, String runId, boolean baseCreated, List<String> notes) {
		public ImportResult {
			notes = List.copyOf(notes);
		}
	}

	/**
	 * What an import of a run folder into a store would do, computed by reading and checking everything an import
	 * reads, writing nothing: what the wizard's preview page and {@code ttt import_phase0 --dry_run} show.
	 *
	 * @param files the files of the Phase 0 folder the import reads, relative to it, with their sizes
	 * @param baseCreated whether the store would get its base from the Phase 0 checkpoint (else the store's base is it)
	 * @param steps rows of per_step.csv
	 * @param ignored files of the folder the import does not use
	 * @param assumptions every value the import assumes, derives, drops or migrates, one plain sentence each
	 */
	public record Preview(Path folder, Path store, List<FoundFile> files, String sessionId, String runId, boolean baseCreated,
			String baseCkptHash, String modelSignature, int steps, int updateEvents, List<String> ignored, List<String> assumptions) {
		public Preview {
			files = List.copyOf(files);
			ignored = List.copyOf(ignored);
			assumptions = List.copyOf(assumptions);
		}
	}

	/** One file of a Phase 0 run folder the import reads. */
	public record FoundFile(String path, long bytes) {
	}

	/**
	 * Reads and checks {@code runFolder} against {@code storeRoot} as {@link #importRun} would, and writes nothing.
	 *
	 * @throws Phase0ImportException when the import would be refused (the message names the file and the problem)
	 */
	public static Preview preview(Path runFolder, Path storeRoot, String sessionId) throws IOException {
		Path root = storeRoot.toAbsolutePath().normalize();
		Phase0Source source = Phase0Source.read(runFolder);
		if (root.startsWith(source.folder)) {
			throw new Phase0ImportException(root, "is inside the Phase 0 run folder " + source.folder
					+ "; import into a store outside it");
		}
		Phase0Plan plan = plan(source, new StoreLayout(root), sessionId);
		List<FoundFile> files = new ArrayList<>();
		for (Path f : source.readFiles()) {
			files.add(new FoundFile(source.folder.relativize(f).toString().replace('\\', '/'), Files.size(f)));
		}
		return new Preview(source.folder, root, files, plan.sessionId, plan.runId, plan.newBase != null, plan.session.getBaseCkptHash(),
				plan.session.getModelSignature(), source.perStep.steps(), source.events.size(), source.ignored, plan.notes);
	}

	/** A folder with a {@code session/} folder and a {@code per_step.csv} whose first line is the Phase 0 header. */
	public static boolean isPhase0RunFolder(Path dir) {
		return Phase0Source.looksLikePhase0(dir);
	}

	/**
	 * @param runFolder the Phase 0 run folder (only read)
	 * @param storeRoot the store to import into; an empty or missing folder becomes a store with this run's base
	 * @param sessionId the new session's id, or {@code null} for the Phase 0 meta's {@code session_id}, else the run
	 *        folder's name
	 * @throws Phase0ImportException when the folder cannot be imported into this store (nothing written)
	 * @throws IOException when a file cannot be read or written (a codec exception names the file)
	 */
	public static ImportResult importRun(Path runFolder, Path storeRoot, String sessionId) throws IOException {
		return importRun(runFolder, storeRoot, sessionId, null);
	}

	/**
	 * As {@link #importRun(Path, Path, String)}, taking the store lock through {@code locks}: a program that holds
	 * one {@link StoreLocks} per store (the workbench) passes it, so that its threads exclude each other too.
	 *
	 * @param locks the store's locks, or {@code null} for a new {@code StoreLocks(storeRoot)}
	 */
	public static ImportResult importRun(Path runFolder, Path storeRoot, String sessionId, StoreLocks locks) throws IOException {
		return importRun(runFolder, storeRoot, sessionId, locks, LOCK_TIMEOUT);
	}

	static ImportResult importRun(Path runFolder, Path storeRoot, String sessionId, StoreLocks locks, Duration lockTimeout)
			throws IOException {
		Path root = storeRoot.toAbsolutePath().normalize();
		Phase0Source source = Phase0Source.read(runFolder);
		if (root.startsWith(source.folder)) {
			throw new Phase0ImportException(root, "is inside the Phase 0 run folder " + source.folder
					+ "; import into a store outside it");
		}
		StoreLayout layout = new StoreLayout(root);
		// everything is checked once without the lock, so a refusal leaves no trace (not even a lock file) ...
		plan(source, layout, sessionId);
		Files.createDirectories(root);
		StoreLocks storeLocks = locks != null ? locks : new StoreLocks(root);
		try (StoreLocks.Held lock = storeLocks.acquire(StoreLocks.STORE, lockTimeout)) {
			// ... and again under it, since another program may have changed the store meanwhile
			Phase0Plan plan = plan(source, layout, sessionId);
			StoreCleanup.underStoreLock(root); // what interrupted writers left goes first
			return write(plan, layout);
		}
	}

	/** Checks the store's side (base, free id) and derives everything to write. */
	private static Phase0Plan plan(Phase0Source source, StoreLayout layout, String sessionId) throws IOException {
		Path root = layout.root();
		if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root)) {
			throw new Phase0ImportException(root, "is not a folder; a store is a folder");
		}
		Base storeBase = storeBase(layout);
		Phase0Plan plan = new Phase0Plan(source, layout, sessionId, storeBase, Instant.now().getEpochSecond());
		Path target = layout.sessionDir(plan.sessionId);
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new Phase0ImportException(target, "a session with id \"" + plan.sessionId
					+ "\" already exists in the store; import under another session id");
		}
		return plan;
	}

	/**
	 * @return the store's base, or {@code null} when the store has none and may get the Phase 0 one
	 */
	private static Base storeBase(StoreLayout layout) throws IOException {
		Path root = layout.root();
		if (!Files.isDirectory(root)) {
			return null;
		}
		Path meta = layout.baseMeta();
		if (Files.exists(meta, LinkOption.NOFOLLOW_LINKS)) {
			try {
				return BaseMetaCodec.read(StoreFiles.readJson(root, meta), meta);
			} catch (IOException e) {
				throw new Phase0ImportException(meta, "the store's base cannot be read, so the Phase 0 checkpoint cannot be checked"
						+ " against it (" + e.getMessage() + ")");
			}
		}
		if (Files.exists(layout.baseDir(), LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(layout.baseDir())) {
			throw new Phase0ImportException(meta, "missing while " + layout.baseDir() + " holds files: the store's base is"
					+ " incomplete; repair it before importing");
		}
		if (Files.isDirectory(layout.sessionsDir())) {
			for (Path child : StoreReader.sortedChildren(layout.sessionsDir())) {
				String name = child.getFileName().toString();
				if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && !name.startsWith(".")) {
					throw new Phase0ImportException(meta, "missing although the store has sessions (" + name
							+ "): a base cannot be added under existing sessions; import into a store with a base or a new one");
				}
			}
		}
		return null;
	}

	private static ImportResult write(Phase0Plan plan, StoreLayout layout) throws IOException {
		Path root = layout.root();
		List<String> notes = new ArrayList<>(plan.notes);
		Set<String> problemsBefore = problemKeys(StoreReader.read(root));
		Path staging = Staging.newEntry(root, StoreLocks.STORE, "import"); // outside sessions/: nothing half-made shows there
		boolean baseMoved = false;
		try {
			StoreLayout staged = new StoreLayout(staging);
			stageSession(plan, staged);
			if (plan.newBase != null) {
				stageBase(plan, staged);
				if (Files.exists(layout.baseDir(), LinkOption.NOFOLLOW_LINKS)) {
					Files.delete(layout.baseDir()); // empty (checked under the lock): rename needs the name free
				}
				moveIntoPlace(staged.baseDir(), layout.baseDir());
				baseMoved = true;
			}
			Files.createDirectories(layout.sessionsDir());
			moveIntoPlace(staged.sessionDir(plan.sessionId), layout.sessionDir(plan.sessionId));
		} catch (IOException | RuntimeException e) {
			if (baseMoved) {
				ttt.workbench.store.files.FileTrees.delete(layout.baseDir()); // no session uses it: leave the store as it was
			}
			throw e;
		} finally {
			ttt.workbench.store.files.FileTrees.delete(staging);
		}
		updateIndex(layout, notes);
		// the reader's view of the result: anything it finds wrong with the new files is reported, never hidden
		Store after = StoreReader.read(root);
		for (StoreProblem p : after.getProblems()) {
			if (!problemsBefore.contains(key(p))) {
				notes.add("WARNING: after the import the store reader reports " + p.getSeverity() + " " + p.getPath() + ": "
						+ p.getMessage());
			}
		}
		return new ImportResult(plan.sessionId, plan.runId, plan.newBase != null, notes);
	}

	/** The complete session folder, run included, under {@code staged}: written with the store's own writer. */
	private static void stageSession(Phase0Plan plan, StoreLayout staged) throws IOException {
		Phase0Source src = plan.src;
		StoreWriter writer = new StoreWriter(staged.root());
		// meta (last_run_at_unix set) and metrics (= the run's) are final at creation: no rewrite needed
		writer.createSession(plan.session, src.plastic, src.optimizer);
		StoreWriter.RunFiles files = new StoreWriter.RunFiles(src.perStep, plan.events,
				src.trajectory == null ? null : TrajectoryCodec.format(src.trajectory), plan.runMetrics, src.plastic,
				src.optimizer, src.curvePng);
		writer.writeRunFolder(plan.sessionId, plan.runId, files);
		// the writer re-formats the table; the Phase 0 bytes (already parsed and accepted) are kept instead
		AtomicFiles.write(staged.runDir(plan.sessionId, plan.runId).resolve(StoreLayout.RUN_PER_STEP), src.perStepBytes);
		writer.appendEvents(plan.sessionId, plan.events);
	}

	/** The base: the checkpoint's bytes exactly as read and hashed, and the meta computed from them. */
	private static void stageBase(Phase0Plan plan, StoreLayout staged) throws IOException {
		Files.createDirectories(staged.baseDir());
		AtomicFiles.write(staged.baseCheckpoint(), plan.src.checkpointBytes);
		AtomicFiles.writeString(staged.baseMeta(), PythonJsonWriter.pretty(BaseMetaCodec.write(plan.newBase)));
	}

	private static void moveIntoPlace(Path from, Path to) throws IOException {
		if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
			throw new FileAlreadyExistsException(to.toString(), null, "appeared while importing (another program?)");
		}
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
		} catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
			throw new FileAlreadyExistsException(to.toString(), null, "appeared while importing (another program?)");
		}
		AtomicFiles.forceDirectory(to.getParent());
	}

	/**
	 * Rewrites {@code index.json} from the metas on disk, keeping the old summaries of sessions whose meta cannot be
	 * read. The session is in place by now, so a failure here is reported as a note: the index is a cache.
	 */
	static void updateIndex(StoreLayout layout, List<String> notes) {
		Path root = layout.root();
		try {
			Store store = StoreReader.read(root);
			Set<String> read = new HashSet<>();
			for (Session s : store.getSessions()) {
				read.add(s.getId());
			}
			Map<String, JsonNode> keep = new LinkedHashMap<>();
			Path index = layout.index();
			if (Files.exists(index, LinkOption.NOFOLLOW_LINKS)) {
				try {
					IndexCodec.read(StoreFiles.readJson(root, index), index).forEach((id, summary) -> {
						if (!read.contains(id) && SessionIds.isValid(id) && Files.isDirectory(layout.sessionDir(id))) {
							keep.put(id, summary);
						}
					});
				} catch (IOException e) {
					notes.add("index.json could not be read (" + e.getMessage() + "); it was rebuilt from the sessions' meta.json");
				}
			}
			new StoreWriter(root).writeIndex(store.getSessions(), keep);
		} catch (IOException e) {
			notes.add("WARNING: the session was imported but sessions/index.json could not be updated (" + e.getMessage()
					+ "); the reference's list_sessions will not show it until the index is rebuilt");
		}
	}

	private static Set<String> problemKeys(Store store) {
		Set<String> keys = new HashSet<>();
		store.getProblems().forEach(p -> keys.add(key(p)));
		return keys;
	}

	private static String key(StoreProblem p) {
		return p.getSeverity() + "|" + p.getPath() + "|" + p.getMessage();
	}

	private static boolean isEmptyFolder(Path dir) throws IOException {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			return false;
		}
		try (var children = Files.list(dir)) {
			return children.findAny().isEmpty();
		}
	}
}
