package ttt.workbench.cli.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.model.Session;

/**
 * The scale figures: writing a synthetic store of many sessions, opening it as summaries from {@code index.json}
 * (what the workbench and {@code list_sessions} do) and fully (every meta, metrics, run and event file: what the
 * other commands do), the heap the summary model holds, loading one session's details lazily, and a whole
 * {@code list_sessions} process. The first open in this process is "cold-ish" (JIT not warmed up, but the files are
 * in the page cache since they were just written: dropping the cache needs root and would slow everyone else on the
 * machine); "warm" is the median of further opens. Laying the tree out is measured in the UI bundle
 * ({@code LargeStoreBenchmark}), which owns the layout code.
 */
public final class StoreBenchmarks {

	private final PrintStream out;

	public StoreBenchmarks(PrintStream out) {
		this.out = out;
	}

	/** Generates a store of {@code sessions} in a temporary folder, measures it, and deletes it. */
	public void run(int sessions, boolean eagerToo) throws Exception {
		Path dir = Files.createTempDirectory("ttt-bench-store");
		try {
			Path store = dir.resolve("store");
			SyntheticStore.Result r = SyntheticStore.generate(store, sessions, 1);
			header();
			out.printf("| generate_store (%d runs, depth ≤ %d) | %d | %.2f s |%n", r.runs(), r.maxDepth(), r.sessions(), r.seconds());
			measure(store, eagerToo);
		} finally {
			FileTrees.delete(dir);
		}
	}

	/** Measures an existing store (left unchanged, unless its index is stale: opening rebuilds it). */
	public void runOn(Path store, boolean eagerToo) throws Exception {
		header();
		measure(store, eagerToo);
	}

	private void header() {
		out.println("| what | sessions | figure |");
		out.println("|---|---|---|");
	}

	private void measure(Path store, boolean eagerToo) throws Exception {
		long before = usedHeapAfterGc();
		long t0 = System.nanoTime();
		int n;
		try (ArtifactStore s = ArtifactStore.openSummaries(store)) {
			double first = ms(t0);
			n = s.model().getSessions().size();
			out.printf("| open as summaries (index.json), first in this JVM | %d | %.0f ms (%d problems) |%n", n, first,
					s.model().getProblems().size());
			long heap = usedHeapAfterGc() - before;
			out.printf("| heap held by the summary model | %d | %.0f MB |%n", n, heap / 1e6);
			lazyLoads(s);
		}
		double[] warm = new double[5];
		for (int i = 0; i < warm.length; i++) {
			long t = System.nanoTime();
			try (ArtifactStore s = ArtifactStore.openSummaries(store)) {
				warm[i] = ms(t);
			}
		}
		out.printf("| open as summaries, warm (median of %d) | %d | %.0f ms |%n", warm.length, n, median(warm));
		double[] list = new double[3];
		for (int i = 0; i < list.length; i++) {
			list[i] = listSessionsProcess(store);
		}
		out.printf("| list_sessions, whole process (median of %d, this JVM's flags) | %d | %.0f ms |%n", list.length, n, median(list));
		if (eagerToo) {
			long t = System.nanoTime();
			try (ArtifactStore s = ArtifactStore.open(store)) {
				out.printf("| open fully (every session's files), once | %d | %.0f ms |%n", s.model().getSessions().size(), ms(t));
			}
		}
	}

	/** One session's details (meta, metrics, runs, events) loaded lazily: median over 21 sessions spread over the store. */
	private void lazyLoads(ArtifactStore s) {
		List<Session> sessions = s.model().getSessions();
		List<Session> picks = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			picks.add(sessions.get((int) ((long) (sessions.size() - 1) * i / 20)));
		}
		double[] times = new double[picks.size()];
		for (int i = 0; i < picks.size(); i++) {
			long t = System.nanoTime();
			s.sessionLoader().ensureLoaded(picks.get(i));
			times[i] = ms(t);
		}
		out.printf("| load one session's meta, metrics, runs, events lazily (median of %d) | %d | %.2f ms |%n", times.length,
				sessions.size(), median(times));
	}

	/** A child JVM with this one's class path and flags, as the {@code ttt} script starts it (without its archive). */
	private static double listSessionsProcess(Path store) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
				.filter(a -> !a.startsWith("-agentlib") && !a.startsWith("-javaagent") && !a.startsWith("-XX:SharedArchiveFile")
						&& !a.startsWith("-XX:+AutoCreateSharedArchive"))
				.toList());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "ttt.workbench.cli.CliMain", "--artifacts_root",
				store.toString(), "list_sessions"));
		long t = System.nanoTime();
		Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		if (p.waitFor() != 0) {
			throw new IllegalStateException("list_sessions failed (exit " + p.exitValue() + "): " + String.join(" ", command));
		}
		return ms(t);
	}

	private static long usedHeapAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime rt = Runtime.getRuntime();
		return rt.totalMemory() - rt.freeMemory();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static double ms(long since) {
		return (System.nanoTime() - since) / 1e6;
	}
}
