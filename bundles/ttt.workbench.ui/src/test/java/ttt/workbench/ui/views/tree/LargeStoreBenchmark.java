package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.StoreLineage;
import ttt.workbench.analysis.tree.TreeContent;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;

import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.analysis.layout.TreeLayoutEngine;
import ttt.workbench.analysis.layout.TreeNodeSpec;
import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.analysis.session.table.SessionFilter;
import ttt.workbench.analysis.session.table.SessionRows;
import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.model.Session;

/**
 * What the workbench does when a large store opens, step by step, timed: open it as summaries (as the workbench
 * does), the Sessions table's rows (facts of every session, then sort and filter: {@link SessionRows}), the Session
 * Tree's node specs ({@link StoreLineage}) and layout, the hit tests the canvas makes on every mouse move, and the
 * heap the open store holds. Run on demand:
 *
 * <pre>
 * ./mvnw -o -pl ...,bundles/ttt.workbench.ui verify -Dtest=LargeStoreBenchmark -Dbench.sessions=100000 \
 *     [-Dbench.store=/tmp/store-100k] [-Dbench.full_open=1]
 * </pre>
 *
 * The name does not match surefire's default patterns, so normal builds skip it. {@code bench.store} keeps the
 * generated store there (and reuses it when it exists, e.g. for the UI benchmark {@code LargeStoreUITest}). Prints a
 * Markdown table; asserts nothing (timings belong to the benchmark, not to tests).
 */
class LargeStoreBenchmark {

	@Test
	void printFigures() throws Exception {
		int n = Integer.getInteger("bench.sessions", 10_000);
		String kept = System.getProperty("bench.store");
		Path dir = kept != null ? Path.of(kept) : Files.createTempDirectory("ttt-large-store").resolve("store");
		try {
			System.out.printf("| what | sessions | first | warm (median of 5) |%n|---|---|---|---|%n");
			if (!Files.isDirectory(dir.resolve("sessions"))) {
				SyntheticStore.Result generated = SyntheticStore.generate(dir, n, 1);
				System.out.printf("| generate_store | %d | %.2f s | |%n", n, generated.seconds());
			}
			ArtifactStore[] store = new ArtifactStore[1];
			row("ArtifactStore.openSummaries (the workbench's open)", n, () -> {
				try {
					if (store[0] != null) {
						store[0].close();
					}
					store[0] = ArtifactStore.openSummaries(dir);
					return store[0];
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			int sessions = store[0].model().getSessions().size();
			System.out.printf("| heap used with the summary store open (after GC) | %d | %d MB | |%n", sessions, heapMb());

			List<SessionFacts> facts = new ArrayList<>();
			row("table rows: SessionFacts of every session + SessionRows", sessions, () -> {
				facts.clear();
				for (Session s : store[0].model().getSessions()) {
					facts.add(SessionFacts.of(s));
				}
				return new SessionRows(facts);
			});
			SessionRows rows = new SessionRows(facts);
			SessionFilter none = SessionFilter.of("");
			for (SessionColumn c : List.of(SessionColumn.CREATED, SessionColumn.ID, SessionColumn.MU, SessionColumn.PARENT,
					SessionColumn.DEPTH, SessionColumn.LEARNING)) {
				row("table sort by " + c.header() + " (descending)", sessions, () -> new SessionRows(facts), // no order kept yet
						fresh -> fresh.filterAndSort(none, c, false));
			}
			SessionRows neverSorted = new SessionRows(facts);
			for (String q : List.of("nonlinear", "root-1", "f0999", "no-such-session")) {
				SessionFilter f = SessionFilter.of(q);
				int[] kept2 = new int[1];
				row("table filter \"" + q + "\" (sorted by created, no order kept: the kept rows sorted)", sessions,
						() -> neverSorted.filterAndSort(f, SessionColumn.CREATED, true)); // a filter alone keeps no order
				rows.filterAndSort(none, SessionColumn.CREATED, true); // as the table does: sorted before it is filtered
				row("table filter \"" + q + "\" (sorted by created, the order kept from the sort)", sessions, () -> {
					List<SessionFacts> r = rows.filterAndSort(f, SessionColumn.CREATED, true);
					kept2[0] = r.size();
					return r;
				});
				System.out.printf("|   (\"%s\" keeps %d rows) | | | |%n", q, kept2[0]);
			}
			row("table: clearing the filter (sorted by created, the order kept)", sessions,
					() -> rows.filterAndSort(none, SessionColumn.CREATED, true));
			// the Session Tree as a large store opens: folded to its roots, following the model's notifications
			TreeContent content = new TreeContent(store[0].model(), "store", name -> null);
			store[0].model().eAdapters().add(new EContentAdapter() {
				@Override
				public void notifyChanged(Notification note) {
					super.notifyChanged(note);
					content.modelChanged(note);
				}
			});
			row("Session Tree: TreeContent.build, folded to the roots (the first picture)", sessions, () -> content.build(2e9));
			TreeContent.Shown folded = content.build(2e9);

			List<Session> firstPage = store[0].model().getSessions().subList(0, Math.min(40, sessions));
			long t0 = System.nanoTime();
			store[0].sessionLoader().ensureLoaded(firstPage);
			System.out.printf("| details of one screen of rows (%d sessions, ensureLoaded) | %d | %.0f ms | |%n", firstPage.size(),
					sessions, (System.nanoTime() - t0) / 1e6);
			List<Session> roots = store[0].model().getSessions().stream().filter(s -> folded.tree().box(s.getId()).isPresent()).toList();
			t0 = System.nanoTime();
			store[0].sessionLoader().ensureLoaded(roots);
			TreeContent.Shown updated = content.refresh(2e9);
			System.out.printf("| Session Tree: details of the %d nodes on screen arrive, TreeContent.refresh (in place: %s) | %d | %.0f ms | |%n",
					roots.size(), updated.tree().edges() == folded.tree().edges(), sessions, (System.nanoTime() - t0) / 1e6);
			content.expandAll();
			row("Session Tree: TreeContent.build, every session open", sessions, () -> content.build(2e9));

			List<TreeNodeSpec> specs = StoreLineage.nodes(store[0].model());
			row("StoreLineage.nodes (every session)", sessions, () -> StoreLineage.nodes(store[0].model()));
			LaidOutTree tree = new TreeLayoutEngine(32).layout(specs);
			row("TreeLayoutEngine.layout (every session, one pass)", sessions, () -> new TreeLayoutEngine(32).layout(specs));
			row("1000 × box(id) + boxAt(x, y)", sessions, () -> {
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
			if (Boolean.getBoolean("bench.full_open") || n <= 20_000) {
				long t = System.nanoTime();
				try (ArtifactStore full = ArtifactStore.open(dir)) {
					System.out.printf("| ArtifactStore.open (every session's files, for comparison) | %d | %.0f ms | |%n",
							full.model().getSessions().size(), (System.nanoTime() - t) / 1e6);
				}
			}
			System.out.printf("(machine: %d cores, load average %.2f, %s)%n", Runtime.getRuntime().availableProcessors(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.version"));
		} finally {
			if (kept == null) {
				FileTrees.delete(dir.getParent());
			}
		}
	}

	private static long heapMb() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime rt = Runtime.getRuntime();
		return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
	}

	/** As {@link #row(String, int, Supplier)}, each time on what {@code setup} made (not timed). */
	private static <T> void row(String what, int n, Supplier<T> setup, java.util.function.Function<T, Object> work) {
		T first = setup.get();
		long t0 = System.nanoTime();
		work.apply(first);
		double firstMs = (System.nanoTime() - t0) / 1e6;
		double[] warm = new double[5];
		for (int i = 0; i < warm.length; i++) {
			T made = setup.get();
			long t = System.nanoTime();
			work.apply(made);
			warm[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(warm);
		System.out.printf("| %s | %d | %.0f ms | %.0f ms |%n", what, n, firstMs, warm[2]);
	}

	private static void row(String what, int n, Supplier<Object> work) {
		var cpu = ManagementFactory.getThreadMXBean();
		long t0 = System.nanoTime();
		long c0 = cpu.getCurrentThreadCpuTime();
		work.get();
		double first = (System.nanoTime() - t0) / 1e6;
		double firstCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
		double[] warm = new double[5];
		double[] warmCpu = new double[5];
		for (int i = 0; i < warm.length; i++) {
			long t = System.nanoTime();
			long c = cpu.getCurrentThreadCpuTime();
			work.get();
			warm[i] = (System.nanoTime() - t) / 1e6;
			warmCpu[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
		}
		Arrays.sort(warm);
		Arrays.sort(warmCpu);
		// this thread's CPU time too: on a shared machine the wall time is the load's as much as the code's
		System.out.printf("| %s | %d | %.0f ms (CPU %.0f ms) | %.0f ms (CPU %.0f ms) |%n", what, n, first, firstCpu, warm[2], warmCpu[2]);
	}
}
