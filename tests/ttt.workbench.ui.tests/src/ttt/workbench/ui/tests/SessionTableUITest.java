package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.analysis.session.table.SessionColumn;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/** The Sessions view on a four-session store: cells, sorting by header clicks, filtering, selection both ways. */
public class SessionTableUITest {

	@TempDir
	Path tmp;

	@Test
	public void showsSortsFiltersAndPublishesSessions() throws Exception {
		Path root = SessionsFixture.create(tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 900);
		Display display = shell.getDisplay();
		SessionsViewDriver view = new SessionsViewDriver((SessionTableView) page.showView(SessionTableView.ID));
		SessionTreeView tree = (SessionTreeView) page.showView(SessionTreeView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		ArtifactStore store = SessionsFixture.open(root, display);
		Table table = view.table();
		UiTestSupport.waitFor(display, () -> table.getItemCount() == 4, 30);
		assertEquals(List.of(), store.model().getProblems().stream().map(p -> p.getPath() + ": " + p.getMessage()).toList(),
				"the fixture is a clean store");

		// the default order: by creation time (s2 is the oldest); another test may have sorted the view otherwise
		view.sortBy(SessionColumn.CREATED, true);
		view.filter.setText("");
		UiTestSupport.waitFor(display, () -> !column(table, SessionColumn.RUNS).contains(SessionColumn.PENDING), 30);
		assertEquals(List.of("s2", "s1", "s1b", "s1c"), column(table, SessionColumn.ID));
		assertEquals("4 sessions", view.count.getText());
		int s1 = 1;
		assertEquals("— (base)", cell(table, s1, SessionColumn.PARENT));
		assertEquals("0", cell(table, s1, SessionColumn.DEPTH));
		assertEquals("0.1200", cell(table, s1, SessionColumn.MU));
		assertEquals("linear", cell(table, s1, SessionColumn.ENV));
		assertEquals("1", cell(table, s1, SessionColumn.RUNS));
		assertEquals("1 / 3", cell(table, s1, SessionColumn.COMMITS), "s1's log: one commit of three attempts");
		// 344.45406642583356 − 344.24130804367206 = 0.2128, 0.0618 % of 344.454
		assertEquals("+0.06 % (Δ +0.2128)", cell(table, s1, SessionColumn.LEARNING));
		assertEquals("s1b", cell(table, 3, SessionColumn.PARENT));
		assertEquals("2", cell(table, 3, SessionColumn.DEPTH));
		assertEquals("— (never run)", cell(table, 3, SessionColumn.LEARNING));
		assertEquals("nonlinear", cell(table, 0, SessionColumn.ENV));
		assertEquals("1.500", cell(table, 0, SessionColumn.MU));
		assertEquals("1 / 2", cell(table, 2, SessionColumn.COMMITS), "s1b's log holds the first two of s1's events");

		// a header click sorts by that column, a second click reverses it; the sort indicator follows
		click(table, SessionColumn.ID);
		assertEquals(List.of("s1", "s1b", "s1c", "s2"), column(table, SessionColumn.ID));
		assertEquals(SessionColumn.ID.header(), table.getSortColumn().getText());
		assertEquals(SWT.UP, table.getSortDirection());
		click(table, SessionColumn.ID);
		assertEquals(List.of("s2", "s1c", "s1b", "s1"), column(table, SessionColumn.ID));
		assertEquals(SWT.DOWN, table.getSortDirection());
		click(table, SessionColumn.DEPTH);
		assertEquals(List.of("s1", "s2", "s1b", "s1c"), column(table, SessionColumn.ID), "depth 0, 0, 1, 2 (ties by id)");
		click(table, SessionColumn.LEARNING);
		List<String> byLearning = column(table, SessionColumn.ID);
		assertEquals(List.of("s1c", "s2"), byLearning.subList(2, 4), "sessions that never ran sort last: " + byLearning);
		click(table, SessionColumn.LEARNING);
		assertEquals(List.of("s1c", "s2"), column(table, SessionColumn.ID).subList(2, 4), "last in both directions");
		click(table, SessionColumn.CREATED);

		// the filter narrows the rows and says how many of how many
		view.filter.setText("nonlinear");
		assertEquals(List.of("s2"), column(table, SessionColumn.ID));
		assertEquals("1 of 4 sessions", view.count.getText());
		view.filter.setText("s1b");
		assertEquals(List.of("s1b", "s1c"), column(table, SessionColumn.ID), "s1b itself and the child whose parent it is");
		assertEquals("2 of 4 sessions", view.count.getText());
		view.filter.setText("LR");
		assertEquals(List.of("s1c"), column(table, SessionColumn.ID), "s1c's fork note mentions lr");
		view.filter.setText("");
		assertEquals(4, table.getItemCount());
		assertEquals("4 sessions", view.count.getText());

		// selecting a row publishes the store's Session object to the workbench, and shows its lineage
		page.activate(view.view);
		table.setSelection(2);
		table.notifyListeners(SWT.Selection, new Event());
		Session s1b = store.model().findSession("s1b");
		IStructuredSelection published = (IStructuredSelection) page.getSelection();
		assertSame(s1b, published.getFirstElement());
		assertEquals(1, published.size());
		assertEquals("base → s1 → s1b", view.breadcrumb.getShownText());
		table.setSelection(new int[] { 1, 2 });
		table.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(store.model().findSession("s1"), s1b), ((IStructuredSelection) page.getSelection()).toList());

		// the view follows the Session Tree's selection
		TreeParts.reveal(PlatformUI.getWorkbench().getWorkbenchWindows()[0], "s1c");
		assertEquals("s1c", TreeParts.canvas(PlatformUI.getWorkbench().getWorkbenchWindows()[0]).getSelectedId());
		assertEquals(List.of(3), indexes(table), "the s1c row is selected");
		assertEquals("base → s1 → s1b → s1c", view.breadcrumb.getShownText());

		// ... and the store live: a session made on disk by another program appears
		Path s3 = Files.createDirectories(root.resolve("sessions/s3"));
		for (String f : new String[] { "plastic_state.pt", "optim_state.pt", "metrics.json" }) {
			Files.copy(root.resolve("sessions/s2").resolve(f), s3.resolve(f));
		}
		Files.writeString(s3.resolve("meta.json"), Files.readString(root.resolve("sessions/s2/meta.json"))
				.replace("\"session_id\": \"s2\"", "\"session_id\": \"s3\"").replace("\"parent_session_id\": null", "\"parent_session_id\": \"s2\"")
				.replace("\"created_at_unix\": 1768677400", "\"created_at_unix\": 1768677600"));
		UiTestSupport.waitFor(display, () -> table.getItemCount() == 5, 30);
		assertEquals("s3", cell(table, 4, SessionColumn.ID));
		assertEquals("s2", cell(table, 4, SessionColumn.PARENT));
		assertEquals(List.of(3), indexes(table), "the selection survives the refresh");

		page.activate(view.view);
		Screenshots.settle(display, 800);
		File shot = Screenshots.ofShell(shell, "sessions-view");
		assertTrue(shot.length() > 10_000);
		List<String> copied = view.copyAllRows();
		assertNotNull(copied);
		assertEquals(5, copied.size() - 1, "Ctrl+C without a selection copies every row under a header: " + copied);
	}

	/**
	 * Ten thousand sessions (a binary tree of forks, added to the live model as a merge of another program's work
	 * would): the virtual table creates only the rows on screen, and refresh, sort and filter stay interactive.
	 */
	@Test
	public void staysFastWithTenThousandSessions() throws Exception {
		Path root = SessionsFixture.create(tmp.resolve("big"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Display display = window.getShell().getDisplay();
		SessionsViewDriver view = new SessionsViewDriver((SessionTableView) page.showView(SessionTableView.ID));
		var treeView = page.findView(SessionTreeView.ID);
		if (treeView != null) {
			page.hideView(treeView); // the tree's layout of 10,000 nodes is another view's concern
		}
		ArtifactStore store = SessionsFixture.open(root, display);
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 4, 30);

		List<Session> many = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			Session s = ttt.workbench.store.model.StoreFactory.eINSTANCE.createSession();
			s.setId(String.format("bulk%05d", i));
			Session parent = i == 0 ? null : many.get((i - 1) / 2);
			s.setParentId(parent == null ? null : parent.getId());
			s.setParent(parent);
			s.setRootId("bulk00000");
			s.setMu(0.01 * (i % 97));
			s.setCreatedAtUnix(1_800_000_000 + i);
			many.add(s);
		}
		long start = System.nanoTime();
		store.model().getSessions().addAll(many);
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 10_004, 30);
		Screenshots.settle(display, 200);
		long refreshMs = (System.nanoTime() - start) / 1_000_000;
		assertTrue(refreshMs < 5_000, "refresh with 10,004 sessions took " + refreshMs + " ms");

		start = System.nanoTime();
		click(view.table(), SessionColumn.DEPTH);
		click(view.table(), SessionColumn.DEPTH); // deepest first
		Screenshots.settle(display, 100);
		long sortMs = (System.nanoTime() - start) / 1_000_000;
		assertTrue(sortMs < 3_000, "two sorts of 10,004 rows took " + sortMs + " ms");
		assertEquals("13", cell(view.table(), 0, SessionColumn.DEPTH), "bulk sessions 8191.. sit 13 forks below bulk00000");
		view.filter.setText("bulk0999");
		assertEquals("10 of 10004 sessions", view.count.getText());
		view.filter.setText("");
		store.model().getSessions().removeAll(many);
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 4, 30);
		page.showView(SessionTreeView.ID);
	}

	/**
	 * A filter that drops most of 30,004 rows shows the rest in the view's other table (GTK would remove rows one by
	 * one), narrowing it further shows them in a new table, and clearing it brings the first table back: to the user it
	 * is one table, with the same columns in the same order and widths, the same sort indicator, the selection, the
	 * context menu and Ctrl+C.
	 */
	@Test
	public void aFilterThatDropsMostRowsShowsTheOtherTableLookingTheSame() throws Exception {
		Path root = SessionsFixture.create(tmp.resolve("switch"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Display display = window.getShell().getDisplay();
		SessionsViewDriver view = new SessionsViewDriver((SessionTableView) page.showView(SessionTableView.ID));
		var treeView = page.findView(SessionTreeView.ID);
		if (treeView != null) {
			page.hideView(treeView); // the tree's layout of 30,000 nodes is another view's concern
		}
		ArtifactStore store = SessionsFixture.open(root, display);
		view.filter.setText("");
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 4, 30);
		List<Session> many = new ArrayList<>();
		for (int i = 0; i < 30_000; i++) {
			Session s = ttt.workbench.store.model.StoreFactory.eINSTANCE.createSession();
			s.setId(String.format("bulk%05d", i));
			s.setRootId("bulk00000");
			s.setMu(0.01 * (i * 37 % 97));
			s.setCreatedAtUnix(1_800_000_000 + i);
			many.add(s);
		}
		store.model().getSessions().addAll(many);
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 30_004, 30);
		Comparator<Session> byMu = Comparator.comparingDouble(Session::getMu).reversed().thenComparing(Session::getId);

		// the user's look: sorted by μ (largest first), Session 177 px wide and moved after Parent, one session selected
		view.sortBy(SessionColumn.MU, false);
		Table first = view.table();
		int[] declared = first.getColumnOrder();
		int[] moved = declared.clone();
		moved[0] = declared[1];
		moved[1] = declared[0];
		first.setColumnOrder(moved);
		first.getColumn(SessionColumn.ID.ordinal()).setWidth(177);
		int[] widths = Arrays.stream(first.getColumns()).mapToInt(TableColumn::getWidth).toArray();
		Session picked = store.model().findSession("bulk19993");
		view.select(picked);
		assertEquals(List.of(picked), view.selected());
		Menu menu = first.getMenu();
		assertNotNull(menu, "the table has its context menu");

		view.filter.setText("bulk1");
		Table other = view.table();
		assertNotSame(first, other, "30,004 rows down to 10,000: shown in the other table");
		assertFalse(first.getVisible(), "the first table hides");
		assertTrue(other.getVisible());
		assertEquals(10_000, other.getItemCount());
		assertEquals("10000 of 30004 sessions", view.count.getText());
		assertEquals(many.stream().filter(s -> s.getId().startsWith("bulk1")).sorted(byMu).map(Session::getId).toList().subList(0, 10),
				firstIds(other, 10), "the filter's rows, sorted by μ as before");
		assertLooksAsTheUserLeftIt(other, moved, widths);
		assertEquals(List.of(picked), view.selected(), "the selection is kept");
		assertEquals(picked.getId(), cell(other, other.getSelectionIndex(), SessionColumn.ID), "and its row selected in the table shown");
		assertSame(menu, other.getMenu(), "the same context menu");

		// narrowing to 10 of those 10,000 rows: rather than remove rows, a new table takes that one's place, looking the same
		view.filter.setText("bulk1999");
		Table narrowed = view.table();
		assertTrue(other.isDisposed(), "the table of 10,000 rows is gone");
		assertNotSame(first, narrowed);
		assertEquals(many.stream().filter(s -> s.getId().startsWith("bulk1999")).sorted(byMu).map(Session::getId).toList(),
				column(narrowed, SessionColumn.ID));
		assertEquals("10 of 30004 sessions", view.count.getText());
		assertLooksAsTheUserLeftIt(narrowed, moved, widths);
		assertEquals(List.of(picked), view.selected());
		assertEquals(picked.getId(), cell(narrowed, narrowed.getSelectionIndex(), SessionColumn.ID));
		assertSame(menu, narrowed.getMenu(), "the same context menu, not disposed with the old table");
		assertFalse(menu.isDisposed());
		assertEquals(11, view.copyAllRows().size(), "Ctrl+C copies the rows shown under a header");

		// a column widened while filtered stays so when the filter is cleared and the first table comes back
		narrowed.getColumn(SessionColumn.ID.ordinal()).setWidth(188);
		view.filter.setText("");
		assertSame(first, view.table(), "every row again: the first table, which kept them");
		assertFalse(narrowed.getVisible());
		assertEquals(30_004, first.getItemCount());
		assertEquals("30004 sessions", view.count.getText());
		widths[SessionColumn.ID.ordinal()] = 188;
		assertLooksAsTheUserLeftIt(first, moved, widths);
		assertEquals(store.model().getSessions().stream().sorted(byMu).map(Session::getId).toList().subList(0, 10), firstIds(first, 10),
				"every row, still sorted by μ");

		// back to the first-use look for the other tests
		store.model().getSessions().removeAll(many);
		UiTestSupport.waitFor(display, () -> view.table().getItemCount() == 4, 30);
		view.sortBy(SessionColumn.CREATED, true);
		view.table().setColumnOrder(declared);
		view.table().getColumn(SessionColumn.ID.ordinal()).setWidth(SessionColumn.ID.width());
		page.showView(SessionTreeView.ID);
	}

	/** The columns in the user's order and widths, sorted by μ, largest first. */
	private static void assertLooksAsTheUserLeftIt(Table table, int[] order, int[] widths) {
		assertEquals(Arrays.toString(order), Arrays.toString(table.getColumnOrder()), "the columns in the user's order");
		assertEquals(Arrays.toString(widths), Arrays.toString(Arrays.stream(table.getColumns()).mapToInt(TableColumn::getWidth).toArray()),
				"the columns' widths");
		assertEquals(Arrays.stream(SessionColumn.values()).map(SessionColumn::header).toList(),
				Arrays.stream(table.getColumns()).map(TableColumn::getText).toList(), "the same columns");
		assertEquals(table.getColumn(SessionColumn.MU.ordinal()), table.getSortColumn(), "the sort indicator on μ");
		assertEquals(SWT.DOWN, table.getSortDirection());
	}

	private static List<String> firstIds(Table table, int n) {
		return java.util.stream.IntStream.range(0, n).mapToObj(i -> cell(table, i, SessionColumn.ID)).toList();
	}

	private static List<Integer> indexes(Table table) {
		List<Integer> out = new ArrayList<>();
		for (int i : table.getSelectionIndices()) {
			out.add(i);
		}
		return out;
	}

	private static void click(Table table, SessionColumn c) {
		TableColumn column = table.getColumn(c.ordinal());
		column.notifyListeners(SWT.Selection, new Event());
	}

	/** A cell's text as the table paints it: reading an item of a virtual table makes the lazy provider fill it. */
	private static String cell(Table table, int row, SessionColumn c) {
		return table.getItem(row).getText(c.ordinal());
	}

	private static List<String> column(Table table, SessionColumn c) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < table.getItemCount(); i++) {
			out.add(cell(table, i, c));
		}
		return out;
	}
}
