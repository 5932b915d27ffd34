package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.ui.jobs.ForkSessionJob;
import ttt.workbench.ui.jobs.NewSessionJob;
import ttt.workbench.ui.jobs.NewStoreJob;
import ttt.workbench.ui.jobs.RunSessionJob;
import ttt.workbench.ui.jobs.dialogs.NewSessionForm;
import ttt.workbench.ui.jobs.dialogs.NewStoreForm;
import ttt.workbench.ui.jobs.StoreJob;
import ttt.workbench.ui.jobs.handlers.NewSessionHandler;
import ttt.workbench.ui.jobs.handlers.NewStoreHandler;
import ttt.workbench.ui.jobs.handlers.RunSessionHandler;
import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * Run Session as a background job on a copy of the reference's torch 2.9.1 store: a short run lands in the model with
 * its metrics after live ADAPTIVE snapshots; a cancelled run leaves every byte of the store as it was; runs of one
 * session wait for each other while runs of two sessions overlap; an engine refusal becomes an ERROR result in the
 * log; and the Run Session dialog, driven through its widgets, validates and starts a run.
 */
public class SessionJobsUITest {

	@TempDir
	Path tmp;

	private IWorkbenchWindow window;
	private Display display;
	private SessionTreeView view;
	private ArtifactStore store;
	private final List<LiveRun> snapshots = new CopyOnWriteArrayList<>();
	/** Long runs' snapshots are kept without their curves: hundreds of them would fill the heap. */
	private final Consumer<LiveRun> recorder = s -> snapshots.add(s.steps() <= 10_000 ? s
			: new LiveRun(s.sessionId(), s.steps(), new float[0], new float[0], new float[0], s.length(), new int[0], new boolean[0], s.state()));

	@BeforeEach
	public void openFixtureStore() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		page.resetPerspective();
		view = (SessionTreeView) page.showView(SessionTreeView.ID);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1280, 800);
		display = shell.getDisplay();
		Job open = ActiveStore.get().open(root, display);
		waitFor(() -> open.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 30);
		assertTrue(open.getResult().isOK(), open.getResult().toString());
		store = ActiveStore.get().store();
		// the workbench opens stores as summaries; these tests count runs of the live sessions, so read them all now
		store.sessionLoader().ensureLoaded(store.model().getSessions());
		LiveRuns.get().addListener(recorder);
	}

	@AfterEach
	public void stopListening() throws InterruptedException {
		LiveRuns.get().removeListener(recorder);
		Job.getJobManager().cancel(StoreJob.FAMILY);
		waitFor(() -> Job.getJobManager().find(StoreJob.FAMILY).length == 0, 30);
	}

	private RunSessionJob quietRun(String sessionId, int steps, long seed) {
		RunSessionJob job = new RunSessionJob(store, RunSession.Request.of(sessionId, steps, seed));
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE); // no modal dialog in a test
		return job;
	}

	@Test
	public void aShortRunLandsInTheModelAfterLiveSnapshots() {
		Session s1 = store.model().findSession("s1");
		int runsBefore = s1.getRuns().size();
		RunSessionJob job = quietRun("s1", 60, 7);
		job.schedule();
		waitFor(() -> job.getResult() != null && snapshots.stream().anyMatch(s -> s.state() == LiveRun.State.FINISHED), 120);

		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		RunSession.Result result = job.result();
		assertNotNull(result);
		assertEquals(runsBefore + 1, s1.getRuns().size(), "the live model has the new run");
		Run run = s1.findRun(result.runId());
		assertNotNull(run, "run " + result.runId() + " in the live model");
		assertTrue(result.runId().startsWith("s1_") && result.runId().contains("_seed7"), result.runId());
		assertNotNull(run.getMetrics(), "with its metrics");
		assertEquals(60, run.getMetrics().getSteps());
		assertEquals(result.metrics().getAdaptiveMseMean(), run.getMetrics().getAdaptiveMseMean(), 0.0,
				"the live model's metrics are the ones the engine computed");
		assertTrue(Files.isRegularFile(store.root().resolve("sessions/s1/runs/" + result.runId() + "/per_step.csv")));

		List<LiveRun> ofS1 = snapshots.stream().filter(s -> s.sessionId().equals("s1")).toList();
		int finished = indexOf(ofS1, LiveRun.State.FINISHED);
		assertEquals(ofS1.size() - 1, finished, "FINISHED is the last snapshot");
		// 60 steps take a few milliseconds: the throttle (10 a second) lets through the snapshot with the complete
		// baselines, where the adaptive curve starts; the long run of the next test shows it filling in
		assertTrue(ofS1.subList(0, finished).stream().anyMatch(s -> s.state() == LiveRun.State.ADAPTIVE && s.baseMse()[59] > 0),
				"an ADAPTIVE snapshot with the baselines came before FINISHED: " + states(ofS1));
		assertEquals(LiveRun.State.BASELINES, ofS1.get(0).state());
		LiveRun last = ofS1.get(finished);
		assertEquals(60, last.length());
		assertEquals((float) (double) run.getMetrics().getAdaptiveMseMean(), mean(last.adaptiveMse()), 1e-4f,
				"the live curve is the curve that was written");
		assertTrue(LiveRuns.get().of("s1").isEmpty(), "no live run of s1 is left");
		waitFor(() -> TreeParts.chart(window).getTitle().getText().endsWith("newest run " + result.runId()), 30);
	}

	@Test
	public void aCancelledRunLeavesTheStoreByteForByte() throws Exception {
		Map<String, String> before = StoreFingerprint.of(store.root());
		int runsBefore = store.model().findSession("s1").getRuns().size();
		int steps = 500_000; // several seconds for each pass even on a fast machine: cancelled well before the end
		RunSessionJob job = quietRun("s1", steps, 11);
		job.schedule();
		waitFor(() -> snapshots.stream().anyMatch(s -> s.sessionId().equals("s1") && s.state() == LiveRun.State.ADAPTIVE && s.length() > 2000),
				180);
		IWorkbenchPage page = window.getActivePage();
		try {
			page.showView(LineagePerspective.PROGRESS_VIEW_ID);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
		display.setCursorLocation(1100, 300); // no tooltip of an earlier test over the chart
		Screenshots.settle(display, 500);
		assertTrue(TreeParts.chart(window).getTitle().getText().startsWith("Running s1: adaptive step "),
				"the Session Tree's chart follows the live run: " + TreeParts.chart(window).getTitle().getText());
		// the shared MSE chart: the three curves, then the commit and rollback markers
		assertEquals(java.util.List.of("base", "session_start", "adaptive", "commits", "rollbacks"), java.util.Arrays.stream(TreeParts.chart(window).getSeriesSet().getSeries()).map(s -> s.getId()).toList());
		File shot = Screenshots.ofShell(window.getShell(), "run-session-job-in-progress");
		assertTrue(shot.length() > 10_000);
		assertEquals(Job.RUNNING, job.getState(), "still running when cancelled");
		assertTrue(LiveRuns.get().of("s1").orElseThrow().length() < steps, "cancelled in the middle of the adaptive pass");
		List<Integer> lengths = snapshots.stream().filter(s -> s.state() == LiveRun.State.ADAPTIVE).map(LiveRun::length).toList();
		assertTrue(lengths.size() >= 3 && lengths.get(lengths.size() - 1) > lengths.get(1), "the adaptive curve fills in: " + lengths);

		job.cancel();
		waitFor(() -> job.getResult() != null, 30); // a 500,000-step run would take far longer: the cancel stopped it
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), job.getResult().toString());
		waitFor(() -> snapshots.stream().anyMatch(s -> s.sessionId().equals("s1") && s.state() == LiveRun.State.ABANDONED), 10);
		assertNull(job.result());
		assertEquals(before, StoreFingerprint.of(store.root()), "a cancelled run writes nothing");
		assertEquals(runsBefore, store.model().findSession("s1").getRuns().size());
		// the chart leaves the abandoned live run for the stored curves (or says the selected session never ran)
		waitFor(() -> !TreeParts.chart(window).getTitle().getText().startsWith("Running "), 30);
	}

	@Test
	public void runsOfOneSessionWaitForEachOtherRunsOfTwoSessionsOverlap() {
		Map<Job, long[]> spans = new ConcurrentHashMap<>(); // start, end (nanoTime)
		JobChangeAdapter timing = new JobChangeAdapter() {
			@Override
			public void running(IJobChangeEvent event) {
				spans.computeIfAbsent(event.getJob(), j -> new long[2])[0] = System.nanoTime();
			}

			@Override
			public void done(IJobChangeEvent event) {
				spans.computeIfAbsent(event.getJob(), j -> new long[2])[1] = System.nanoTime();
			}
		};
		RunSessionJob first = quietRun("s1", 2000, 21);
		RunSessionJob second = quietRun("s1", 2000, 22);
		RunSessionJob other = quietRun("s1b", 2000, 23);
		for (Job j : List.of(first, second, other)) {
			j.addJobChangeListener(timing);
		}
		int s1Before = store.model().findSession("s1").getRuns().size();
		int s1bBefore = store.model().findSession("s1b").getRuns().size();
		first.schedule();
		other.schedule();
		waitFor(() -> first.getState() == Job.RUNNING, 30);
		second.schedule();
		Screenshots.settle(display, 100);
		if (first.getState() == Job.RUNNING) {
			assertEquals(Job.WAITING, second.getState(), "blocked by the first run of s1");
		}
		waitFor(() -> first.getResult() != null && second.getResult() != null && other.getResult() != null, 300);
		for (Job j : List.of(first, second, other)) {
			assertTrue(j.getResult().isOK(), j.getName() + ": " + j.getResult());
		}
		// the snapshots are published in the order the runs compute: one session's runs never interleave
		waitFor(() -> snapshots.stream().filter(s -> s.state() == LiveRun.State.FINISHED).count() == 3, 30);
		List<String> order = snapshots.stream().filter(s -> s.state() != LiveRun.State.ADAPTIVE).map(s -> s.sessionId() + " " + s.state())
				.toList();
		List<String> ofS1 = order.stream().filter(e -> e.startsWith("s1 ")).toList();
		assertEquals(List.of("s1 BASELINES", "s1 FINISHED", "s1 BASELINES", "s1 FINISHED"), ofS1, "runs of s1 one after the other");
		assertTrue(order.indexOf("s1b BASELINES") < order.indexOf("s1 FINISHED") && order.indexOf("s1 BASELINES") < order.indexOf("s1b FINISHED"),
				"the run of s1b overlapped the first run of s1: " + order);
		long[] a = spans.get(first);
		long[] c = spans.get(other);
		assertTrue(c[0] < a[1] && a[0] < c[1], "the jobs of s1 and s1b ran at the same time");
		waitFor(() -> store.model().findSession("s1").getRuns().size() == s1Before + 2
				&& store.model().findSession("s1b").getRuns().size() == s1bBefore + 1, 30);
	}

	/**
	 * A run computes without holding its session's lock, so forking the session it runs on does not wait for the run:
	 * the child is made while the run is still computing, from the parent's weights before that run.
	 */
	@Test
	public void aForkOfARunningSessionDoesNotWaitForTheRun() throws Exception {
		ttt.workbench.store.pt.PlasticState weightsBefore = ttt.workbench.store.pt.PlasticState
				.read(store.root().resolve("sessions/s1/plastic_state.pt"));
		RunSessionJob run = quietRun("s1", 400_000, 31);
		run.schedule();
		waitFor(() -> snapshots.stream().anyMatch(s -> s.sessionId().equals("s1") && s.state() == LiveRun.State.ADAPTIVE), 60);
		List<Session> made = new CopyOnWriteArrayList<>();
		ForkSessionJob fork = new ForkSessionJob(store, new ForkSession.Request("s1", "s1-while-running", true, null, null))
				.whenDone(made::add);
		fork.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		fork.schedule();
		waitFor(() -> fork.getResult() != null, 60);
		boolean runStillComputing = run.getResult() == null;
		run.cancel();
		waitFor(() -> run.getResult() != null, 60);
		assertTrue(fork.getResult().isOK(), fork.getResult().toString());
		assertTrue(runStillComputing, "the fork finished while the run of its parent was still computing");
		ttt.workbench.store.pt.PlasticState child = ttt.workbench.store.pt.PlasticState
				.read(store.root().resolve("sessions/s1-while-running/plastic_state.pt"));
		// values, not bytes: the parent's file was written by torch 2.9.1, the child's by this product
		assertArrayEquals(weightsBefore.wU().data(), child.wU().data(), "the child starts from the parent's weights before the run");
		assertArrayEquals(weightsBefore.b().data(), child.b().data());
		assertArrayEquals(weightsBefore.wO().data(), child.wO().data());
		waitFor(() -> made.size() == 1, 10);
	}

	@Test
	public void anEngineRefusalIsAnErrorNamingTheSessionAndIsLogged() throws Exception {
		Path csv = Files.writeString(tmp.resolve("three-columns.csv"), "ax,ay,az\n0.1,0.2,0.3\n0.1,0.2,0.3\n");
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener logListener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(logListener);
		try {
			Map<String, String> before = StoreFingerprint.of(store.root());
			RunSessionJob job = new RunSessionJob(store, new RunSession.Request("s1", 2, 1, csv, null, null, null, null, null, "auto"));
			job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
			job.schedule();
			waitFor(() -> job.getResult() != null, 60);
			IStatus result = job.getResult();
			assertEquals(IStatus.ERROR, result.getSeverity(), result.toString());
			assertTrue(result.getMessage().startsWith("Running session s1 on " + csv + " failed: "), result.getMessage());
			waitFor(() -> logged.stream().anyMatch(s -> s.getMessage().equals(result.getMessage())), 10);
			window.getActivePage().showView(LineagePerspective.ERROR_LOG_VIEW_ID);
			Screenshots.settle(display, 1500);
			Screenshots.ofShell(window.getShell(), "error-log-after-refused-run");
			assertEquals(before, StoreFingerprint.of(store.root()));
			waitFor(() -> snapshots.stream().anyMatch(s -> s.state() == LiveRun.State.ABANDONED), 10);
		} finally {
			Platform.removeLogListener(logListener);
		}
	}

	@Test
	public void theRunSessionDialogValidatesAndStartsAJob() throws Exception {
		Command command = window.getService(ICommandService.class).getCommand(RunSessionHandler.COMMAND_ID);
		assertEquals("Run Session", command.getName());
		window.getActivePage().activate(view);
		TreeParts.canvas(window).setSelectedId("s1");
		Screenshots.settle(display, 300);
		assertEquals("s1", TreeParts.selectedSession(window).getId());
		assertTrue(command.isEnabled(), "enabled with a session selected");
		int runsBefore = store.model().findSession("s1").getRuns().size();

		List<RunSessionJob> started = new CopyOnWriteArrayList<>();
		JobChangeAdapter scheduled = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				if (event.getJob() instanceof RunSessionJob run) {
					started.add(run);
				}
			}
		};
		Job.getJobManager().addJobChangeListener(scheduled);
		List<String> seen = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = findShell("Run Session s1");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				try {
					Screenshots.settle(display, 700); // let the dialog map and paint before reading and grabbing it
					Text steps = textAfter(dialog, "S&teps:");
					Text seed = textAfter(dialog, "S&eed:");
					Text chunk = textAfter(dialog, "C&hunk:");
					Button run = findButton(dialog, "&Run");
					seen.add("defaults " + steps.getText() + " " + seed.getText() + " chunk hint " + chunk.getMessage() + " run enabled "
							+ run.isEnabled());
					Screenshots.ofShell(dialog, "run-session-dialog");
					steps.setText("6o0");
					Screenshots.settle(display, 300);
					seen.add("typo: run enabled " + run.isEnabled() + " error " + errorText(dialog));
					Screenshots.ofShell(dialog, "run-session-dialog-invalid");
					steps.setText("60");
					seed.setText("42");
					seen.add("fixed: run enabled " + run.isEnabled());
					run.notifyListeners(SWT.Selection, new Event());
				} catch (RuntimeException | AssertionError e) {
					seen.add("failed: " + e);
				} finally {
					if (!dialog.isDisposed()) {
						dialog.close(); // never leave a modal dialog open
					}
				}
			}
		});
		try {
			window.getService(IHandlerService.class).executeCommand(RunSessionHandler.COMMAND_ID, null);
		} finally {
			Job.getJobManager().removeJobChangeListener(scheduled);
		}
		assertEquals(3, seen.size(), seen.toString());
		assertEquals("defaults 600 1337 chunk hint " + store.model().findSession("s1").getPlasticityConfig().getChunk()
				+ " (the session's) run enabled true", seen.get(0));
		assertTrue(seen.get(1).startsWith("typo: run enabled false error Steps must be a whole number, not \"6o0\""), seen.get(1));
		assertEquals("fixed: run enabled true", seen.get(2));

		assertEquals(1, started.size(), "Run started one job");
		RunSessionJob job = started.get(0);
		assertEquals(60, job.request().steps());
		assertEquals(42L, job.request().seed());
		waitFor(() -> job.getResult() != null, 120);
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		waitFor(() -> store.model().findSession("s1").getRuns().size() == runsBefore + 1, 30);
		assertTrue(job.result().runId().contains("_seed42"));

		window.getActivePage().activate(view);
		TreeParts.canvas(window).setSelectedId(null);
		assertNull(TreeParts.selectedSession(window));
		waitFor(() -> !command.isEnabled(), 10); // "disabled without a selected session"
		TreeParts.canvas(window).setSelectedId("s1b");
		waitFor(command::isEnabled, 10);
	}

	@Test
	public void newSessionForkAndNewStoreJobsHandBackWhatTheyMade() throws Exception {
		List<Session> made = new CopyOnWriteArrayList<>();
		NewSessionForm.Outcome form = new NewSessionForm("s2", "0.07", "nonlinear", "3", "0.005", "0.95", "8", "64")
				.validate(id -> store.model().findSession(id) != null);
		NewSessionJob create = new NewSessionJob(store, form.request()).whenDone(made::add);
		create.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		create.schedule();
		waitFor(() -> made.size() == 1, 60);
		assertTrue(create.getResult().isOK(), create.getResult().toString());
		Session s2 = made.get(0);
		assertEquals("s2", s2.getId());
		assertTrue(s2 == store.model().findSession("s2"), "the callback gets the live model's session");
		assertEquals(0.07, s2.getMu());
		assertEquals(8, s2.getPlasticityConfig().getChunk());
		assertTrue(Files.isRegularFile(store.root().resolve("sessions/s2/plastic_state.pt")));

		ForkSessionJob fork = new ForkSessionJob(store, new ForkSession.Request("s1", "s1-child", true, null, "from the test"))
				.whenDone(made::add);
		fork.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		fork.schedule();
		waitFor(() -> made.size() == 2, 60);
		assertEquals("s1-child", fork.childId());
		assertEquals("s1", made.get(1).getParent().getId());

		// refused: the child exists now; the error names both sessions and nothing is called back
		ForkSessionJob again = new ForkSessionJob(store, new ForkSession.Request("s1", "s1-child", true, null, null)).whenDone(made::add);
		again.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		again.schedule();
		waitFor(() -> again.getResult() != null, 60);
		assertEquals(IStatus.ERROR, again.getResult().getSeverity());
		assertTrue(again.getResult().getMessage().startsWith("Forking session s1 into s1-child failed: "), again.getResult().getMessage());
		assertNull(again.childId());

		Path newRoot = tmp.resolve("new-store");
		NewStoreForm.Outcome storeForm = new NewStoreForm(newRoot.toString(), "20", "4", "8", "5", "linear", "16", "32", "jvm").validate();
		assertTrue(storeForm.ok(), storeForm.problem());
		NewStoreJob newStore = new NewStoreJob(storeForm.root(), storeForm.config(), storeForm.backend(), true);
		newStore.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		newStore.schedule();
		waitFor(() -> newStore.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(newRoot.toAbsolutePath().normalize()), 120);
		assertTrue(newStore.getResult().isOK(), newStore.getResult().toString());
		assertTrue(Files.isRegularFile(newRoot.resolve("base/base_checkpoint.pt")));
		assertNotNull(ActiveStore.get().store().model().getBase(), "the new store is open, with its base");
		assertEquals(32, ActiveStore.get().store().model().getBase().getModelConfig().getNState());
	}

	@Test
	public void theNewSessionDialogRefusesATakenIdAndCreatesTheSession() throws Exception {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = findShell("New Session");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				try {
					Screenshots.settle(display, 700);
					Text id = textAfter(dialog, "Session &id:");
					Button create = findButton(dialog, "&Create");
					seen.add("empty: " + create.isEnabled() + " " + errorText(dialog));
					id.setText("s1");
					Screenshots.settle(display, 300);
					seen.add("taken: " + create.isEnabled() + " " + errorText(dialog));
					Screenshots.ofShell(dialog, "new-session-dialog-taken-id");
					id.setText("s3");
					textAfter(dialog, "&μ (friction):").setText("0.05");
					seen.add("fine: " + create.isEnabled());
					create.notifyListeners(SWT.Selection, new Event());
				} catch (RuntimeException | AssertionError e) {
					seen.add("failed: " + e);
				} finally {
					if (!dialog.isDisposed()) {
						dialog.close();
					}
				}
			}
		});
		window.getService(IHandlerService.class).executeCommand(NewSessionHandler.COMMAND_ID, null);
		assertEquals(List.of("empty: false A root session that starts from the base model's weights with a fresh optimizer.", "taken: false A session \"s1\" already exists in this store",
				"fine: true"), seen);
		waitFor(() -> store.model().findSession("s3") != null, 60);
		assertEquals(0.05, store.model().findSession("s3").getMu());
		waitFor(() -> TreeParts.selectedSession(window) != null && TreeParts.selectedSession(window).getId().equals("s3"), 10);
	}

	@Test
	public void theNewStoreDialogSuggestsAFolderAndTheCommandLineDefaults() throws Exception {
		List<String> seen = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = findShell("New Store");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				try {
					Screenshots.settle(display, 700);
					seen.add(textAfter(dialog, "Pretraining &steps:").getText() + " " + textAfter(dialog, "B&atch:").getText() + " "
							+ textAfter(dialog, "&n_state:").getText() + " " + findButton(dialog, "&Create").isEnabled());
					seen.add(textAfter(dialog, "&Folder:").getText());
					Screenshots.ofShell(dialog, "new-store-dialog");
					textAfter(dialog, "&Folder:").setText(tmp.toString()); // not empty: holds the store copy
					seen.add(findButton(dialog, "&Create").isEnabled() + " " + errorText(dialog));
				} catch (RuntimeException | AssertionError e) {
					seen.add("failed: " + e);
				} finally {
					findButton(dialog, IDialogConstants.CANCEL_LABEL).notifyListeners(SWT.Selection, new Event());
					if (!dialog.isDisposed()) {
						dialog.close();
					}
				}
			}
		});
		window.getService(IHandlerService.class).executeCommand(NewStoreHandler.COMMAND_ID, null);
		assertEquals(3, seen.size(), seen.toString());
		assertEquals("2000 32 32 true", seen.get(0));
		assertTrue(seen.get(1).startsWith(System.getProperty("user.home") + "/ttt-stores/store-"), seen.get(1));
		assertEquals("false " + tmp + " is not empty; choose a new or empty folder (to open a store, use -store)", seen.get(2));
		assertEquals(0, Job.getJobManager().find(StoreJob.FAMILY).length, "Cancel starts nothing");
	}

	@Test
	public void theSessionMenuFollowsFileWithMnemonicsAndKeys() {
		Menu bar = window.getShell().getMenuBar();
		List<String> top = new ArrayList<>();
		for (MenuItem item : bar.getItems()) {
			top.add(item.getText());
		}
		assertEquals("&Session", top.get(top.indexOf("&File") + 1), "Session comes right after File: " + top);
		Menu session = bar.getItems()[top.indexOf("&Session")].getMenu();
		session.notifyListeners(SWT.Show, new Event()); // contributions fill the menu when it is shown
		List<String> items = new ArrayList<>();
		for (MenuItem item : session.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				items.add(item.getText());
			}
		}
		session.notifyListeners(SWT.Hide, new Event());
		assertEquals(List.of("New &Store...", "&New Session...\tShift+Ctrl+N", "&Run Session...\tCtrl+R", "Run S&weep...\tCtrl+Alt+R", "&Fork from Here...\tShift+Ctrl+F",
				"Compare as E&xperiment\tCtrl+Alt+E"), items);
	}

	@Test
	public void theErrorLogSitsNextToTheProgressView() throws Exception {
		IWorkbenchPage page = window.getActivePage();
		assertNotNull(page.findViewReference(LineagePerspective.ERROR_LOG_VIEW_ID), "the Error Log is part of the Lineage perspective");
		assertNotNull(page.findViewReference(LineagePerspective.PROGRESS_VIEW_ID));
		IViewPart log = page.showView(LineagePerspective.ERROR_LOG_VIEW_ID);
		assertEquals("org.eclipse.ui.internal.views.log.LogView", log.getClass().getName());
	}

	// --- helpers ---

	private static int indexOf(List<LiveRun> runs, LiveRun.State state) {
		for (int i = 0; i < runs.size(); i++) {
			if (runs.get(i).state() == state) {
				return i;
			}
		}
		return -1;
	}

	private static List<LiveRun.State> states(List<LiveRun> runs) {
		return runs.stream().map(LiveRun::state).toList();
	}

	private static float mean(float[] values) {
		double sum = 0;
		for (float v : values) {
			sum += v;
		}
		return (float) (sum / values.length);
	}

	private Shell findShell(String text) {
		for (Shell s : display.getShells()) {
			if (text.equals(s.getText()) && s.isVisible()) {
				return s;
			}
		}
		return null;
	}

	/** The text field right after the label {@code label} (the dialogs' rows are label, field). */
	private static Text textAfter(Composite parent, String label) {
		Control[] children = parent.getChildren();
		for (int i = 0; i < children.length; i++) {
			if (children[i] instanceof Label l && label.equals(l.getText()) && i + 1 < children.length && children[i + 1] instanceof Text t) {
				return t;
			}
			if (children[i] instanceof Composite c) {
				Text found = textAfter(c, label);
				if (found != null) {
					return found;
				}
			}
		}
		if (parent instanceof Shell) {
			throw new AssertionError("no field labelled " + label);
		}
		return null;
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

	private static Button findButton(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof Composite composite) {
				Button found = findButton(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		if (parent instanceof Shell) {
			throw new AssertionError("no button " + label + " (OK is " + IDialogConstants.OK_LABEL + ")");
		}
		return null;
	}

	private void waitFor(java.util.function.BooleanSupplier condition, int seconds) {
		UiTestSupport.waitFor(display, condition, seconds);
	}
}
