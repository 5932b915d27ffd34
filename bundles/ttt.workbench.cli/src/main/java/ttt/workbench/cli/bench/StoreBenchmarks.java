package ttt.workbench.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.engine.bench.SyntheticStore;

/**
 * The scale figures: writing a synthetic store of many sessions and opening it. The first open in this process is
 * "cold-ish" (JIT not warmed up, but the files are in the page cache since they were just written: dropping the cache
 * needs root and would slow everyone else on the machine); "warm" is the median of further opens. Laying the tree
 * out is measured in the UI bundle ({@code LargeStoreBenchmark}), which owns the layout code.
 */
public final class StoreBenchmarks {

	private final PrintStream out;

	public StoreBenchmarks(PrintStream out) {
		this.out = out;
	}

	public void run(int sessions) throws Exception {
		Path dir = Files.createTempDirectory("ttt-bench-store");
		try {
			Path store = dir.resolve("store");
			SyntheticStore.Result r = SyntheticStore.generate(store, sessions, 1);
			out.println("| what | sessions | figure |");
			out.println("|---|---|---|");
			out.printf("| generate_store (%d runs, depth ≤ %d) | %d | %.2f s |%n", r.runs(), r.maxDepth(), r.sessions(), r.seconds());
			long t0 = System.nanoTime();
			try (ArtifactStore s = ArtifactStore.open(store)) {
				double first = (System.nanoTime() - t0) / 1e6;
				out.printf("| open, first in this JVM | %d | %.0f ms (%d problems) |%n", s.model().getSessions().size(), first,
						s.model().getProblems().size());
			}
			double[] warm = new double[5];
			for (int i = 0; i < warm.length; i++) {
				long t = System.nanoTime();
				try (ArtifactStore s = ArtifactStore.open(store)) {
					warm[i] = (System.nanoTime() - t) / 1e6;
				}
			}
			Arrays.sort(warm);
			out.printf("| open, warm (median of %d) | %d | %.0f ms |%n", warm.length, r.sessions(), warm[warm.length / 2]);
		} finally {
			FileTrees.delete(dir);
		}
	}
}
