package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.layout.LaidOutTree;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * A generated store of 10,000 sessions opened in the real workbench, as summaries from its index: the Session Tree
 * shows every session under the base, laid out without overlaps, and can be scrolled to its far corner; the Sessions
 * table has every session, sorts and filters them, and reads the details of the rows on screen only. Timings are the
 * benchmark's business: this test prints how long the steps took (for the README's figures) but asserts only what a
 * user sees. With {@code -Dttt.largeStore.store=DIR} it opens that store instead (e.g. 100,000 sessions made by
 * {@code LargeStoreBenchmark -Dbench.store=DIR}) and skips expanding the whole tree.
 */
public class LargeStoreUITest {

	private static final String GIVEN_STORE = System.getProperty("ttt.largeStore.store");

	@TempDir
	Path tmp;

	@Test
	public void tenThousandSessionsOpenInTheSessionTree() throws Exception {
		Path root = GIVEN_STORE != null ? Path.of(GIVEN_STORE) : tmp.resolve("store");
		if (GIVEN_STORE == null) {
			SyntheticStore.generate(root, 10_000, 11);
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		// from the perspective's own layout: a test before this one may have left the Sessions view a header high
		window.getActivePage().resetPerspective();
		SessionTreeView view = (SessionTreeView) window.getActivePage().showView(SessionTreeView.ID);
		SessionsViewDriver sessions = new SessionsViewDriver(
				(SessionTableView) window.getActivePage().showView(SessionTableView.ID, null, IWorkbenchPage.VIEW_VISIBLE));
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		Display display = shell.getDisplay();

		// the first open in this JVM (cold), then the same store again (warm): time to a drawn, collapsed tree
		TreeCanvas canvas = TreeParts.canvas(window);
		for (String open : new String[] { "cold", "warm" }) {
			ArtifactStore before = ActiveStore.get().store();
			// CPU times too: on a shared machine the wall time is the load's as much as the workbench's
			var threads = ManagementFactory.getThreadMXBean();
			long start = System.nanoTime();
			var processCpu = threadsCpu();
			long uiCpu = threads.getCurrentThreadCpuTime(); // this thread runs the event loop while it waits
			ActiveStore.get().open(root, display);
			UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != before && ActiveStore.get().store() != null
					&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()) && canvas.getTree() != null
					&& canvas.getTree().box("root-0").isPresent(), 300);
			long treeMs = (System.nanoTime() - start) / 1_000_000;
			long treeProcessCpuMs = cpuMsSince(processCpu);
			long treeUiCpuMs = (threads.getCurrentThreadCpuTime() - uiCpu) / 1_000_000;
			UiTestSupport.waitFor(display, () -> Job.getJobManager().isIdle(), 300);
			System.out.printf("LargeStoreUITest: %s open of %d sessions: collapsed tree drawn after %d ms (CPU: UI thread %d ms, all threads %d ms),"
					+ " workbench idle after %d ms; load %.2f%n", open, ActiveStore.get().store().model().getSessions().size(), treeMs,
					treeUiCpuMs, treeProcessCpuMs, (System.nanoTime() - start) / 1_000_000, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		int count = ActiveStore.get().store().model().getSessions().size();
		if (GIVEN_STORE == null) {
			assertEquals(10_000, count, "every generated session is in the model");
		}
		parkPointer(display, shell);
		System.gc();
		System.out.printf("LargeStoreUITest: heap used after open %d MB%n",
				(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));

		// a large store opens with its roots collapsed: the base, the roots and a +N badge each, all in view
		var model = ActiveStore.get().store().model();
		long roots = model.getSessions().stream().filter(s -> s.getParent() == null).count();
		assertEquals(roots + 1, canvas.getTree().boxes().size(), "the base and the roots");
		assertTrue(model.getSessions().stream().filter(s -> s.getParent() == null && !s.getChildren().isEmpty())
				.allMatch(s -> TreeParts.isCollapsed(canvas, s.getId())), "every root with forks starts collapsed");
		for (LaidOutTree.Box b : canvas.getTree().boxes()) {
			assertTrue(canvas.getClientArea().contains(canvas.centerOf(b.node().id())), b.node().id() + " is in view");
		}
		Screenshots.ofShell(shell, "session-tree-10k-collapsed");

		sessionsTableShowsEverySession(sessions, ActiveStore.get().store(), display, shell);
		if (GIVEN_STORE != null) {
			return; // expanding 100,000 boxes at once is not what a user of a large store does
		}

		// everything: one box per session plus the base, each fork below its parent
		TreeParts.runMenuAction(view, "expandAll");
		LaidOutTree tree = canvas.getTree();
		Set<String> ids = new HashSet<>();
		tree.boxes().forEach(b -> ids.add(b.node().id()));
		assertEquals(count + 1, ids.size(), "one box per session plus the base");
		assertTrue(ids.contains(canvas.getBaseId()));
		for (Session s : model.getSessions()) {
			LaidOutTree.Box box = tree.box(s.getId()).orElseThrow(() -> new AssertionError("no box for " + s.getId()));
			if (s.getParent() != null) {
				LaidOutTree.Box parent = tree.box(s.getParent().getId()).orElseThrow();
				assertTrue(parent.y() + parent.height() < box.y(), s.getId() + " must be drawn below its parent");
			}
		}
		assertEquals(count, tree.edges().size(), "one edge per session (roots hang from the base)");
		System.out.printf("LargeStoreUITest: tree %.0f x %.0f px%n", tree.width(), tree.height());

		// the canvas scrolls itself, so any node of the 550,000 px wide tree can be brought into view
		canvas.fit();
		Screenshots.settle(display, 500);
		Screenshots.ofShell(shell, "session-tree-10k");
		Session deepest = model.getSessions().stream() // the right-most of the deepest forks
				.max(java.util.Comparator.comparingDouble((Session s) -> tree.box(s.getId()).orElseThrow().x())).orElseThrow();
		canvas.setZoom(1);
		TreeParts.reveal(window, deepest.getId());
		Screenshots.settle(display, 500);
		assertEquals(deepest.getId(), canvas.getSelectedId());
		assertTrue(canvas.getClientArea().contains(canvas.centerOf(deepest.getId())), deepest.getId() + " is in view");
		assertTrue(canvas.getScroll().x > 32_767, "scrolled beyond what a widget may measure: " + canvas.getScroll());
		Screenshots.ofShell(shell, "session-tree-10k-deep");

		// collapsing the deepest node's root by keyboard hides its subtree behind the badge
		Session rootOfDeepest = deepest;
		while (rootOfDeepest.getParent() != null) {
			rootOfDeepest = rootOfDeepest.getParent();
		}
		TreeParts.reveal(window, rootOfDeepest.getId());
		canvas.setFocus();
		Event minus = new Event();
		minus.type = SWT.KeyDown;
		minus.character = '-';
		canvas.notifyListeners(SWT.KeyDown, minus);
		String collapsedRoot = rootOfDeepest.getId();
		UiTestSupport.waitFor(display, () -> TreeParts.isCollapsed(canvas, collapsedRoot), 30);
		assertTrue(canvas.getTree().box(deepest.getId()).isEmpty(), "the subtree is hidden");
		assertTrue(canvas.getTree().boxes().size() < count + 1);
	}

	/** The Sessions table over the whole store: rows, sort and filter as the model says; details for visible rows only. */
	private static void sessionsTableShowsEverySession(SessionsViewDriver sessions, ArtifactStore store, Display display, Shell shell) {
		List<Session> all = store.model().getSessions();
		sessions.filter.setText("");
		UiTestSupport.waitFor(display, () -> sessions.table().getItemCount() == all.size(), 60);
		Table table = sessions.table();
		assertEquals(all.size() + " sessions", sessions.count.getText());

		FirstPaint paint = new FirstPaint(table.getParent()); // the view's holder of its tables
		long start = paint.arm();
		sessions.sortBy(SessionColumn.ID, true);
		long sortMs = (System.nanoTime() - start) / 1_000_000;
		long sortIdleMs = paint.untilPainted(display, start);
		List<String> byId = all.stream().map(Session::getId).sorted(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s)).toList();
		assertEquals(byId.subList(0, 20), ids(table, 0, 20), "sorted by id");
		assertEquals(byId.getLast(), ids(table, all.size() - 1, all.size()).getFirst(), "the last row");

		start = paint.arm();
		sessions.sortBy(SessionColumn.MU, false);
		long sortMuMs = (System.nanoTime() - start) / 1_000_000;
		long sortMuIdleMs = paint.untilPainted(display, start);
		List<String> byMu = all.stream().sorted(Comparator.comparingDouble(Session::getMu).reversed().thenComparing(Session::getId))
				.map(Session::getId).toList();
		assertEquals(byMu.subList(0, 20), ids(table, 0, 20), "sorted by μ, largest first");

		// the rows on screen get their details (runs, commits, learning) and nothing else is read
		UiTestSupport.waitFor(display, () -> !SessionColumn.PENDING.equals(table.getItem(table.getTopIndex()).getText(SessionColumn.RUNS.ordinal())), 60);
		Screenshots.settle(display, 300);
		long loaded = all.stream().filter(SessionLoader::isLoaded).count();
		assertTrue(loaded >= 1 && loaded < 1_000, loaded + " of " + all.size() + " sessions loaded: the visible rows, not the store");

		start = paint.arm();
		sessions.filter.setText("f0999");
		long filterMs = (System.nanoTime() - start) / 1_000_000;
		long filterIdleMs = paint.untilPainted(display, start);
		Table filtered = sessions.table(); // a filter that drops most rows shows them in the view's other table
		long expected = all.stream().filter(s -> s.getId().contains("f0999") || (s.getParentId() != null && s.getParentId().contains("f0999"))
				|| (s.getRootId() != null && s.getRootId().contains("f0999"))).count();
		assertEquals(expected, filtered.getItemCount(), "sessions whose id, parent or root contains f0999");
		assertEquals(expected + " of " + all.size() + " sessions", sessions.count.getText());
		for (String id : ids(filtered, 0, filtered.getItemCount())) {
			Session s = store.model().findSession(id);
			assertTrue(id.contains("f0999") || s.getParentId().contains("f0999"), id);
		}
		var page = sessions.view.getSite().getPage();
		page.setPartState(page.getReference(sessions.view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "sessions-table-large-filtered");
		start = paint.arm();
		sessions.filter.setText("");
		long clearMs = (System.nanoTime() - start) / 1_000_000;
		long clearIdleMs = paint.untilPainted(display, start);
		paint.dispose();
		Table everything = sessions.table();
		assertEquals(all.size(), everything.getItemCount(), "the filter cleared: every session");
		assertEquals(all.size() + " sessions", sessions.count.getText());
		assertEquals(byMu.subList(0, 20), ids(everything, 0, 20), "still sorted by μ, largest first");
		UiTestSupport.waitFor(display, () -> !SessionColumn.PENDING.equals(everything.getItem(everything.getTopIndex()).getText(SessionColumn.RUNS.ordinal())), 60);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "sessions-table-large");
		page.setPartState(page.getReference(sessions.view), IWorkbenchPage.STATE_RESTORED);

		// typed one key at a time, every key filters at once: each step to its rows painted, then cleared again
		paint = new FirstPaint(sessions.table().getParent());
		StringBuilder typed = new StringBuilder();
		String query = "f0999";
		for (int k = 1; k <= query.length(); k++) {
			start = paint.arm();
			sessions.filter.setText(query.substring(0, k));
			long ms = paint.untilPainted(display, start);
			typed.append(String.format("%s%s → %d rows %d ms", k == 1 ? "" : ", ", query.substring(0, k), sessions.table().getItemCount(), ms));
		}
		assertEquals(expected, sessions.table().getItemCount(), "typed key by key: the same rows");
		start = paint.arm();
		sessions.filter.setText("");
		typed.append(String.format(", cleared → %d rows %d ms", sessions.table().getItemCount(), paint.untilPainted(display, start)));
		paint.dispose();
		assertEquals(all.size(), sessions.table().getItemCount());
		System.out.printf("LargeStoreUITest: Sessions table, \"%s\" typed key by key (until painted): %s%n", query, typed);
		System.out.printf("LargeStoreUITest: Sessions table of %d rows: sort by id %d ms, by μ %d ms, filter %d ms, clearing it %d ms"
				+ " (header click or typing to rows handed out, on the UI thread); until the new rows are painted: %d, %d, %d, %d ms;"
				+ " %d sessions loaded for the rows shown%n", all.size(), sortMs, sortMuMs, filterMs, clearMs, sortIdleMs, sortMuIdleMs,
				filterIdleMs, clearIdleMs, loaded);
	}

	/**
	 * When the Sessions view's table is first painted after a change: a display filter of paint events that counts those
	 * of any table the view holds (a filter may show its rows in the other one, or in a new one). GTK paints on its frame
	 * clock, so the event loop can look idle for a moment before the rows are painted; the time is taken when the
	 * dispatch that painted them (drawing every visible row, each handed out by the lazy provider) returns.
	 */
	private static final class FirstPaint {
		private final org.eclipse.swt.widgets.Composite holder;
		private final org.eclipse.swt.widgets.Listener filter;
		private boolean painted;

		FirstPaint(org.eclipse.swt.widgets.Composite holder) {
			this.holder = holder;
			this.filter = e -> {
				if (e.widget instanceof Table t && t.getParent() == holder) {
					painted = true;
				}
			};
			holder.getDisplay().addFilter(SWT.Paint, filter);
		}

		long arm() {
			painted = false;
			return System.nanoTime();
		}

		/** @return ms from {@code start} until the table was painted */
		long untilPainted(Display display, long start) {
			long end = System.nanoTime() + 30_000_000_000L;
			while (!painted && System.nanoTime() < end) {
				if (!display.readAndDispatch() && !painted) {
					try {
						Thread.sleep(1); // not UiTestSupport.waitFor's 20 ms: the figure is a few tens of ms
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
				}
			}
			assertTrue(painted, "the table was painted");
			return (System.nanoTime() - start) / 1_000_000;
		}

		void dispose() {
			holder.getDisplay().removeFilter(SWT.Paint, filter);
		}
	}

	/** The CPU time of every live thread of this JVM, in ns, by thread id. */
	private static java.util.Map<Long, Long> threadsCpu() {
		var threads = ManagementFactory.getThreadMXBean();
		java.util.Map<Long, Long> cpu = new java.util.HashMap<>();
		for (long id : threads.getAllThreadIds()) {
			cpu.put(id, Math.max(0, threads.getThreadCpuTime(id)));
		}
		return cpu;
	}

	/** CPU ms the threads alive now spent since {@code before} (a thread that ended meanwhile is not counted). */
	private static long cpuMsSince(java.util.Map<Long, Long> before) {
		long sum = 0;
		for (var e : threadsCpu().entrySet()) {
			sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
		}
		return sum / 1_000_000;
	}

	private static List<String> ids(Table table, int from, int to) {
		List<String> out = new ArrayList<>();
		for (int i = from; i < to; i++) {
			out.add(table.getItem(i).getText(SessionColumn.ID.ordinal()));
		}
		return out;
	}

	private static void parkPointer(Display display, Shell shell) {
		Event away = new Event();
		away.type = SWT.MouseMove;
		away.x = shell.getBounds().x + shell.getBounds().width - 5;
		away.y = shell.getBounds().y + 5;
		display.post(away);
		Screenshots.settle(display, 300);
	}
}
