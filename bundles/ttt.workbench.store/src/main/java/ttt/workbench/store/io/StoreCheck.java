package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.model.UpdateEvent;

/**
 * {@code fsck} for an artifact store: reads everything, including what is normally loaded lazily (every weight file,
 * every run's curves and trajectory), and checks what must hold between files: checkpoint hash and signatures,
 * parent links and cycles, runs that belong to their session, events attributed to runs and agreeing with the runs'
 * counts, the latest run agreeing with the session's metrics, index agreeing with the metas, no interrupted commit
 * and no abandoned temporary file. {@link #repair} fixes what can be fixed without guessing.
 */
public final class StoreCheck {

	/** What a check found; {@code clean()} when there is nothing above INFO. */
	public record Report(Store store, List<StoreProblem> problems) {
		public boolean clean() {
			return problems.stream().noneMatch(p -> p.getSeverity() != ProblemSeverity.INFO);
		}

		public long count(ProblemSeverity severity) {
			return problems.stream().filter(p -> p.getSeverity() == severity).count();
		}
	}

	/** What a repair did, one line each. */
	public record Repairs(List<String> done) {
	}

	private StoreCheck() {
	}

	public static Report check(Path root) throws IOException {
		Store store = StoreReader.read(root);
		Problems problems = new Problems(store, root);
		LazyLoader loader = new LazyLoader(store);
		StoreLayout layout = new StoreLayout(root);
		if (store.getBase() != null) {
			loader.tensors(store.getBase());
		}
		for (Session s : store.getSessions()) {
			loader.weights(s);
			if (s.getWeightsState() == LoadState.MISSING) {
				problems.error(layout.plasticState(s.getId()), "missing: the session has no weights");
			}
			checkRuns(s, loader, layout, problems);
			checkEvents(s, layout, problems);
		}
		IndexMaintenance.staleness(store).ifPresent(why -> problems.warning(layout.index(), why + " (the next write to the store rebuilds it; so do Repair and check --repair)"));
		for (Path leftover : leftovers(root)) {
			problems.warning(leftover, "left behind by an interrupted writer (the next write to the store removes it; so do Repair and check --repair)");
		}
		for (String sessionId : RunJournal.pendingSessions(root)) {
			problems.warning(RunJournal.file(root, sessionId), "a run commit of session \"" + sessionId
					+ "\" is unfinished (the next write to the store completes it; so do Repair and check --repair)");
		}
		return new Report(store, List.copyOf(store.getProblems()));
	}

	private static void checkRuns(Session s, LazyLoader loader, StoreLayout layout, Problems problems) {
		Run latest = null;
		for (Run run : s.getRuns()) {
			Path dir = layout.runDir(s.getId(), run.getId());
			loader.perStep(run);
			if (run.getPerStepState() == LoadState.MISSING) {
				problems.error(dir.resolve(StoreLayout.RUN_PER_STEP), "missing: the run has no per-step values");
			}
			loader.trajectory(run);
			loader.weights(run);
			if (!run.getId().startsWith(s.getId() + "_") && StoreReader.RUN_ID.matcher(run.getId()).matches()) {
				problems.warning(dir, "run \"" + run.getId() + "\" is named after another session: moved here by hand?");
			}
			if (latest == null || compare(run, latest) > 0) {
				latest = run;
			}
		}
		if (latest != null && s.getMetrics() != null && s.getMetrics().getRunId() != null
				&& !latest.getId().equals(s.getMetrics().getRunId()) && s.findRun(s.getMetrics().getRunId()) == null) {
			problems.warning(layout.sessionMetrics(s.getId()), "names run \"" + s.getMetrics().getRunId()
					+ "\", which is not in runs/");
		}
		if (!s.getRuns().isEmpty() && s.getLastRunAtUnix() == null) {
			problems.warning(layout.sessionMeta(s.getId()), "last_run_at_unix is null although the session has runs");
		}
	}

	private static int compare(Run a, Run b) {
		double ta = a.getCreatedAtUnix() == null ? 0 : a.getCreatedAtUnix();
		double tb = b.getCreatedAtUnix() == null ? 0 : b.getCreatedAtUnix();
		return ta != tb ? Double.compare(ta, tb) : a.getId().compareTo(b.getId());
	}

	private static void checkEvents(Session s, StoreLayout layout, Problems problems) {
		for (UpdateEvent e : s.getEvents()) {
			if (e.getRun() != null && e.getRun().getSteps() > 0 && e.getT() >= e.getRun().getSteps()) {
				problems.error(layout.eventsLog(s.getId()), "an event at t=" + e.getT() + " is beyond the " + e.getRun().getSteps()
						+ " steps of its run \"" + e.getRun().getId() + "\"");
			}
		}
	}

	/** Hidden temporary files and folders of writers: {@code .tmp-*} anywhere below the root, and staging entries. */
	static List<Path> leftovers(Path root) throws IOException {
		List<Path> found = new ArrayList<>();
		Path staging = ttt.workbench.store.files.Staging.dir(root);
		if (Files.isDirectory(staging, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
			try (Stream<Path> entries = Files.list(staging)) {
				entries.forEach(found::add);
			}
		}
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(p -> p.getFileName() != null && p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX))
					.forEach(found::add);
		}
		// a temporary folder's contents are reported with the folder
		return found.stream().filter(p -> found.stream().noneMatch(q -> !q.equals(p) && p.startsWith(q))).sorted().toList();
	}

	/**
	 * Completes interrupted commits, removes abandoned temporary files and rebuilds the index, all under the store
	 * lock and the lock of each session touched, so a writer still at work is never disturbed (its files are
	 * skipped when its lock is taken). Every writer does the same first ({@link StoreCleanup}); a repair also
	 * removes temporary files where no writer of this product leaves any (inside run folders, the trash).
	 */
	public static Repairs repair(Path root) throws IOException {
		List<String> done = new ArrayList<>();
		StoreLocks locks = new StoreLocks(root);
		try (StoreLocks.Held storeLock = locks.acquire(StoreLocks.STORE, Duration.ofSeconds(30))) {
			done.addAll(StoreCleanup.underStoreLock(root));
			for (Path leftover : leftovers(root)) {
				if (StoreCleanup.ownerAtWork(root, locks, leftover)) {
					done.add("left " + root.relativize(leftover) + " alone: its writer is at work");
					continue;
				}
				ttt.workbench.store.files.FileTrees.delete(leftover);
				done.add("removed " + root.relativize(leftover));
			}
			Store store = StoreReader.read(root);
			Optional<String> stale = IndexMaintenance.staleness(store);
			if (stale.isPresent()) {
				IndexMaintenance.rebuild(store);
				done.add("rebuilt sessions/index.json (" + stale.get() + ")");
			}
		}
		return new Repairs(done);
	}

}
