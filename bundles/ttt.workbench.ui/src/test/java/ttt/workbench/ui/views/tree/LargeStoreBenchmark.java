package ttt.workbench.ui.views.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.layout.TreeNodeSpec;

/**
 * What the Session Tree does when a store of 10,000 sessions opens, step by step, timed: read the store, turn it
 * into node specs ({@link StoreLineage}), lay them out, and the hit tests the canvas makes on every mouse move; then the
 * same from a store opened as summaries ({@link TreeContent}: collapsed above {@link TreeContent#LARGE_STORE} sessions).
 * Run with {@code -Dtest=LargeStoreBenchmark -Dbench.sessions=10000}; the name does not match surefire's default
 * patterns, so normal builds skip it. Prints a Markdown table; asserts nothing (timings belong to the benchmark,
 * not to tests).
 */
class LargeStoreBenchmark {

	@Test
	void printFigures() throws Exception {
		int n = Integer.getInteger("bench.sessions", 10_000);
		Path dir = Files.createTempDirectory("ttt-large-store");
		try {
			SyntheticStore.Result generated = SyntheticStore.generate(dir.resolve("store"), n, 1);
			System.out.printf("| what | sessions | first | warm (median of 5) |%n|---|---|---|---|%n");
			System.out.printf("| generate_store | %d | %.2f s | |%n", n, generated.seconds());
			ArtifactStore[] store = new ArtifactStore[1];
			row("ArtifactStore.open", n, () -> {
				try {
					if (store[0] != null) {
						store[0].close();
					}
					store[0] = ArtifactStore.open(generated.root());
					return store[0];
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			List<TreeNodeSpec> specs = StoreLineage.nodes(store[0].model());
			row("StoreLineage.nodes", n, () -> StoreLineage.nodes(store[0].model()));
			LaidOutTree tree = new TreeLayoutEngine(32).layout(specs);
			row("TreeLayoutEngine.layout (tidy tree, one pass)", n, () -> new TreeLayoutEngine(32).layout(specs));
			row("open + nodes + layout", n, () -> {
				try (ArtifactStore s = ArtifactStore.open(generated.root())) {
					return new TreeLayoutEngine(32).layout(StoreLineage.nodes(s.model()));
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			row("1000 × box(id) + boxAt(x, y)", n, () -> {
				int found = 0;
				for (int i = 0; i < 1000; i++) {
					LaidOutTree.Box b = tree.boxes().get((int) ((long) i * 7919 % tree.boxes().size()));
					found += tree.box(b.node().id()).isPresent() ? 1 : 0;
					found += tree.boxAt(b.centerX(), b.centerY()).isPresent() ? 1 : 0;
				}
				return found;
			});
			System.out.printf("(laid out %d boxes in %.0f × %.0f px)%n", tree.boxes().size(), tree.width(), tree.height());
			store[0].close();
			// what the Session Tree does on a store opened from its index: summaries only, collapsed to the roots
			ArtifactStore[] summaries = new ArtifactStore[1];
			row("ArtifactStore.openSummaries", n, () -> {
				try {
					if (summaries[0] != null) {
						summaries[0].close();
					}
					summaries[0] = ArtifactStore.openSummaries(generated.root());
					return summaries[0];
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			TreeContent content = new TreeContent(summaries[0].model(), "store", name -> null);
			row("TreeContent.build on summaries (nodes, colours, collapse, layout)", n, () -> content.build(2e9));
			long loaded = summaries[0].model().getSessions().stream().filter(ttt.workbench.store.io.SessionLoader::isLoaded).count();
			System.out.printf("(summaries: %d of %d sessions loaded after building the tree; %d boxes laid out)%n", loaded, n,
					content.build(2e9).tree().boxes().size());
			summaries[0].close();
		} finally {
			FileTrees.delete(dir);
		}
	}

	private static void row(String what, int n, Supplier<Object> work) {
		long t0 = System.nanoTime();
		work.get();
		double first = (System.nanoTime() - t0) / 1e6;
		double[] warm = new double[5];
		for (int i = 0; i < warm.length; i++) {
			long t = System.nanoTime();
			work.get();
			warm[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(warm);
		System.out.printf("| %s | %d | %.0f ms | %.0f ms |%n", what, n, first, warm[2]);
	}
}
