package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.ui.jobs.RunSweepJob;
import ttt.workbench.ui.jobs.StoreJob;
import ttt.workbench.ui.jobs.dialogs.RunSweepDialog;
import ttt.workbench.ui.jobs.handlers.RunSweepHandler;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * Session ▸ Run Sweep… on a copy of the reference's store_before (a pretrained base and the session case1): the
 * dialog, opened with the command, shows a spec's problem with its line and column and keeps Run disabled; fixed, it
 * shows the point count and the sessions it will make; the sweep runs as one job and its sessions appear in the
 * Session Tree under the sweep's group node; a larger sweep cancelled midway leaves only whole points on disk and a
 * group that says done/total.
 */
public class RunSweepUITest {

	@TempDir
	Path tmp;

	private IWorkbenchWindow window;
	private Display display;
	private SessionTreeView view;
	private ArtifactStore store;

	@BeforeEach
	public void openStore() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("reference-run-case1/store_before", tmp.resolve("store"));
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		page.resetPerspective();
		view = (SessionTreeView) page.showView(SessionTreeView.ID);
		window.getShell().setBounds(0, 0, 1400, 900);
		display = window.getShell().getDisplay();
		store = SessionsFixture.open(root, display);
	}

	@AfterEach
	public void stopJobs() {
		Job.getJobManager().cancel(StoreJob.FAMILY);
		UiTestSupport.waitFor(display, () -> Job.getJobManager().find(StoreJob.FAMILY).length == 0, 120);
	}

	private static final String INVALID = """
			name: grid
			from: base
			mu: [0.05, fast]
			env_mode: [linear, nonlinear]
			seeds: [1, 2]
			runs: [48]
			""";

	@Test
	public void theDialogChecksTheSpecAsTypedAndTheSweepFillsItsGroupInTheTree() throws Exception {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell shell = Widgets.findShell(display, "Run Sweep");
				if (shell == null) {
					display.timerExec(100, this);
					return;
				}
				try {
					RunSweepDialog dialog = (RunSweepDialog) shell.getData();
					UiTestSupport.waitFor(display, () -> !dialog.isChecking(), 60);
					Button run = Widgets.findButton(shell, "&Run Sweep");
					seen.add("example: " + dialog.preview().ok() + " " + dialog.preview().total() + " " + run.isEnabled());
					Screenshots.settle(display, 300);
					Screenshots.ofShell(shell, "run-sweep-dialog-example");

					dialog.specText().setText(INVALID);
					seen.add("while checking: " + run.isEnabled());
					UiTestSupport.waitFor(display, () -> !dialog.isChecking(), 60);
					seen.add("invalid: " + run.isEnabled() + " | " + dialog.problemList().getItem(0) + " | " + dialog.summaryLabel().getText()
							+ " | rows " + dialog.previewTable().getItemCount());
					seen.add("title: " + errorText(shell));
					dialog.problemList().setSelection(0);
					dialog.problemList().notifyListeners(SWT.Selection, new Event());
					seen.add("caret at " + dialog.specText().getCaretPosition() + " of " + INVALID.indexOf("fast"));
					Screenshots.settle(display, 300);
					Screenshots.ofShell(shell, "run-sweep-dialog-invalid");

					// fix it where the caret is: select the bad value and type over it with real keys
					dialog.specText().setSelection(INVALID.indexOf("fast"), INVALID.indexOf("fast") + 4);
					for (char c : "0.2".toCharArray()) {
						Widgets.key(display, c, c);
					}
					seen.add("typed: " + dialog.specText().getText().contains("mu: [0.05, 0.2]"));
					UiTestSupport.waitFor(display, () -> !dialog.isChecking(), 60);
					seen.add("valid: " + run.isEnabled() + " | " + dialog.summaryLabel().getText() + " | rows " + dialog.previewTable().getItemCount());
					var first = dialog.previewTable().getItem(0);
					var last = dialog.previewTable().getItem(7);
					seen.add("row 0: " + first.getText(0) + " " + first.getText(1) + " " + first.getText(2) + " seed " + first.getText(3) + " "
							+ first.getText(4) + " " + first.getText(5));
					seen.add("row 7: " + last.getText(0) + " " + last.getText(2) + " seed " + last.getText(3));
					dialog.parallelSpinner().setSelection(2);
					Screenshots.settle(display, 300);
					Screenshots.ofShell(shell, "run-sweep-dialog-valid");
					Widgets.click(run);
				} catch (RuntimeException | AssertionError e) {
					seen.add("failed: " + e);
				} finally {
					if (!shell.isDisposed()) {
						shell.close();
					}
				}
			}
		});
		window.getService(IHandlerService.class).executeCommand(RunSweepHandler.COMMAND_ID, null);

		assertEquals(List.of("example: true 8 true", "while checking: false",
				"invalid: false | line 3, column 12: " + problemAt3() + " | 1 problem: the sweep cannot run until it is fixed | rows 0",
				"title: line 3, column 12: " + problemAt3(), "caret at " + INVALID.indexOf("fast") + " of " + INVALID.indexOf("fast"),
				"typed: true", "valid: true | 8 points · 0 already done (skipped) · 8 to run   ·   runs [48] each | rows 8",
				"row 0: grid-0000 base mu=0.05, env_mode=linear seed 1 [48] to run", "row 7: grid-0007 mu=0.2, env_mode=nonlinear seed 2"),
				seen);

		RunSweepJob job = sweepJob();
		assertEquals("grid", job.spec().name());
		// the sessions come in while the job runs, under the group
		UiTestSupport.waitFor(display, () -> TreeParts.sweepGroupNode(TreeParts.canvas(window), "grid") != null, 120);
		boolean groupWhileRunning = job.getResult() == null;
		UiTestSupport.waitFor(display, () -> job.getResult() != null, 300);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		assertEquals("Sweep grid: 8 done, 0 failed, 0 skipped as already done of 8 points", job.getResult().getMessage());
		SweepOutcome outcome = job.outcome();
		assertEquals(8, outcome.done());
		UiTestSupport.waitFor(display, () -> store.model().getSessions().size() == 9
				&& TreeParts.labelOf(TreeParts.canvas(window), TreeParts.sweepGroupNode(TreeParts.canvas(window), "grid")).equals("sweep grid · 8/8\ncomplete"), 30);
		String group = TreeParts.sweepGroupNode(TreeParts.canvas(window), "grid");
		assertEquals(TreeParts.parentNodeOf(TreeParts.canvas(window), "case1"), TreeParts.parentNodeOf(TreeParts.canvas(window), group), "from: base: the group hangs under the base");
		assertEquals(8, TreeParts.sweepMembers(TreeParts.canvas(window), group).size());
		for (String id : TreeParts.sweepMembers(TreeParts.canvas(window), group)) {
			assertEquals(group, TreeParts.parentNodeOf(TreeParts.canvas(window), id), id + " hangs under the group");
			assertTrue(id.startsWith("grid-"), id);
		}
		Session s7 = store.model().findSession("grid-0007");
		assertEquals(0.2, s7.getMu(), 1e-12);
		assertEquals(1, s7.getRuns().size());
		assertEquals(7, s7.getExtraJson().get("sweep").get("point").asInt());
		assertTrue(Files.isRegularFile(store.root().resolve("sweeps/grid/spec.yaml")));
		assertEquals("grid · point 7", ttt.workbench.analysis.session.table.SessionColumn.SWEEP.text(ttt.workbench.analysis.session.SessionFacts.of(s7)),
				"the Sessions table's Sweep column");

		// selecting the group selects no session in the other views
		TreeParts.canvas(window).setSelectedId(group);
		TreeParts.canvas(window).reveal(group);
		Screenshots.settle(display, 300);
		assertNull(TreeParts.selectedSession(window), "a group is not a session");
		System.out.println("RunSweepUITest: group seen while the job was running: " + groupWhileRunning);
		File shot = treeShot(group, "run-sweep-tree-group");
		assertTrue(shot.length() > 10_000);

		// collapse and expand it like any subtree
		TreeParts.toggle(TreeParts.canvas(window), group);
		assertNull(TreeParts.labelOf(TreeParts.canvas(window), "grid-0000"), "collapsed: its sessions are hidden");
		TreeParts.toggle(TreeParts.canvas(window), group);
		assertNotNull(TreeParts.labelOf(TreeParts.canvas(window), "grid-0000"));

		// the same spec again: everything is done, nothing is recomputed
		RunSweepJob again = new RunSweepJob(store, job.spec(), 2);
		again.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		again.schedule();
		UiTestSupport.waitFor(display, () -> again.getResult() != null, 60);
		assertEquals("Sweep grid: 0 done, 0 failed, 8 skipped as already done of 8 points", again.getResult().getMessage());
	}

	/** What the reader says about "fast" where a float is expected (taken from the reader itself, not retyped). */
	private static String problemAt3() {
		try {
			SpecReader.parse(INVALID, RunSweepDialog.UNSAVED);
			throw new AssertionError("the spec should be invalid");
		} catch (ttt.workbench.sweep.spec.SpecException e) {
			return e.problems().get(0).message();
		}
	}

	@Test
	public void aCancelledSweepLeavesOnlyWholePointsAndItsGroupSaysHowFarItGot() throws Exception {
		String spec = """
				name: big
				from: case1
				rollback_tol: [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2]
				chunk: [16, 32]
				seeds: [1, 2, 3]
				runs: [4000]
				""";
		// points long enough (4,000 steps) that the sweep is still going when the test cancels it, on an idle machine too
		RunSweepJob job = new RunSweepJob(store, SpecReader.parse(spec, "big.yaml"), 2);
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		long start = System.currentTimeMillis();
		job.schedule();
		window.getActivePage().showView(LineagePerspective.PROGRESS_VIEW_ID);
		int enough = 26; // more than a group shows open: it folds behind its +N badge
		// counted on disk, where points land at once (the tree merges them a little later)
		UiTestSupport.waitFor(display, () -> bigFolders() >= enough, 600);
		job.cancel();
		Screenshots.settle(display, 400);
		Screenshots.ofShell(window.getShell(), "run-sweep-cancelling");
		UiTestSupport.waitFor(display, () -> job.getResult() != null, 120);
		long took = System.currentTimeMillis() - start;
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		SweepOutcome o = job.outcome();
		assertTrue(o.cancelled());
		assertTrue(o.done() >= enough && o.done() < 60, o.toString());
		assertEquals(60, o.done() + o.notRun() + o.failed().size(), o.toString());
		assertTrue(job.getResult().getMessage().startsWith("Sweep big: " + o.done() + " done, 0 failed, 0 skipped as already done, "
				+ o.notRun() + " not started (cancelled) of 60 points"), job.getResult().getMessage());
		System.out.println("RunSweepUITest: " + o.done() + " points of 4,000 steps in " + took + " ms with 2 threads");

		// on disk: exactly the done points, each a whole session; nothing left in staging
		List<Path> folders;
		try (Stream<Path> list = Files.list(store.root().resolve("sessions"))) {
			folders = list.filter(Files::isDirectory).filter(p -> p.getFileName().toString().startsWith("big-")).sorted().toList();
		}
		assertEquals(o.done(), folders.size());
		for (Path f : folders) {
			for (String file : new String[] { "meta.json", "metrics.json", "plastic_state.pt", "optim_state.pt", "update_events.jsonl" }) {
				assertTrue(Files.isRegularFile(f.resolve(file)), f + "/" + file);
			}
			try (Stream<Path> runs = Files.list(f.resolve("runs"))) {
				List<Path> r = runs.toList();
				assertEquals(1, r.size(), f.toString());
				assertTrue(Files.isRegularFile(r.get(0).resolve("per_step.csv")), r.get(0).toString());
			}
		}
		Path staging = store.root().resolve(".staging");
		if (Files.isDirectory(staging)) {
			try (Stream<Path> left = Files.list(staging)) {
				assertEquals(List.of(), left.toList(), "no half point left in staging");
			}
		}
		try (ArtifactStore reread = ArtifactStore.open(store.root())) {
			assertEquals(List.of(), reread.model().getProblems().stream().map(Object::toString).toList(), "the store reads clean");
			assertEquals(o.done() + 1, reread.model().getSessions().size());
		}

		// the tree: the group hangs under case1, folded (more than it shows open), and says how far it got
		UiTestSupport.waitFor(display, () -> members("big") == o.done() && TreeParts.sweepGroupNode(TreeParts.canvas(window), "big") != null
				&& ("sweep big · " + o.done() + "/60\n" + (60 - o.done()) + " not done").equals(TreeParts.labelOf(TreeParts.canvas(window), TreeParts.sweepGroupNode(TreeParts.canvas(window), "big"))), 30);
		String group = TreeParts.sweepGroupNode(TreeParts.canvas(window), "big");
		assertEquals("case1", TreeParts.parentNodeOf(TreeParts.canvas(window), group));
		assertTrue(TreeParts.isCollapsed(TreeParts.canvas(window), group), "a sweep of more than 24 sessions opens folded");
		assertNull(TreeParts.labelOf(TreeParts.canvas(window), "big-0000"));
		TreeParts.canvas(window).setSelectedId(group);
		treeShot(group, "run-sweep-cancelled-tree");
	}

	@Test
	public void theSessionMenuHasRunSweepWithItsKey() {
		Menu bar = window.getShell().getMenuBar();
		MenuItem sessionItem = null;
		for (MenuItem item : bar.getItems()) {
			if (item.getText().equals("&Session")) {
				sessionItem = item;
			}
		}
		assertNotNull(sessionItem);
		Menu session = sessionItem.getMenu();
		session.notifyListeners(SWT.Show, new Event());
		List<String> items = new ArrayList<>();
		for (MenuItem item : session.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				items.add(item.getText());
			}
		}
		session.notifyListeners(SWT.Hide, new Event());
		int run = items.indexOf("&Run Session...\tCtrl+R");
		assertTrue(run >= 0, items.toString());
		assertEquals("Run S&weep...\tCtrl+Alt+R", items.get(run + 1), "after Run Session, with a key of its own");
	}

	// --- helpers ---

	private long bigFolders() {
		try (Stream<Path> list = Files.list(store.root().resolve("sessions"))) {
			return list.filter(p -> p.getFileName().toString().startsWith("big-")).count();
		} catch (java.io.IOException e) {
			return 0;
		}
	}

	private int members(String sweep) {
		return (int) store.model().getSessions().stream()
				.filter(s -> s.getExtraJson() != null && s.getExtraJson().has("sweep") && sweep.equals(s.getExtraJson().get("sweep").path("name").asText()))
				.count();
	}

	private RunSweepJob sweepJob() {
		UiTestSupport.waitFor(display, () -> Stream.of(Job.getJobManager().find(StoreJob.FAMILY)).anyMatch(RunSweepJob.class::isInstance), 30);
		return (RunSweepJob) Stream.of(Job.getJobManager().find(StoreJob.FAMILY)).filter(RunSweepJob.class::isInstance).findFirst().orElseThrow();
	}

	/** The Session Tree maximized, the whole tree in view, the pointer on {@code node} (its tooltip shows). */
	private File treeShot(String node, String name) {
		IWorkbenchPage page = window.getActivePage();
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.settle(display, 400);
		TreeParts.canvas(window).fit();
		Screenshots.settle(display, 300);
		hover(node);
		File shot = Screenshots.ofShell(window.getShell(), name);
		display.setCursorLocation(1390, 890);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		Screenshots.settle(display, 300);
		return shot;
	}

	/** Puts the real pointer on a node so that its tooltip shows in the screenshot. */
	private void hover(String node) {
		Point c = TreeParts.canvas(window).centerOf(node);
		Point onScreen = TreeParts.canvas(window).toDisplay(c);
		Widgets.post(display, SWT.MouseMove, onScreen.x, onScreen.y, 0);
		Widgets.post(display, SWT.MouseMove, onScreen.x + 1, onScreen.y, 0);
		Screenshots.settle(display, 1500);
	}

	/** The title area's error message (a read-only Text of TitleAreaDialog), or "" when none. */
	private static String errorText(Composite parent) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Text t && (t.getStyle() & SWT.READ_ONLY) != 0 && !t.getText().isBlank() && t.isVisible()) {
				return t.getText().trim();
			}
			if (c instanceof Composite composite) {
				String found = errorText(composite);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		return "";
	}
}
