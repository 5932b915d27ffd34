package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.stores.MixedUpdatesStore;
import ttt.workbench.store.io.StoreActivity;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.architecture.ArchitecturePage;
import ttt.workbench.ui.editors.environment.EnvironmentPage;
import ttt.workbench.ui.editors.overview.OverviewPage;
import ttt.workbench.ui.editors.transactions.TransactionsPage;
import ttt.workbench.ui.editors.weights.WeightsPage;
import ttt.workbench.ui.jobs.DeleteSessionJob;
import ttt.workbench.ui.jobs.EditNoteJob;
import ttt.workbench.ui.jobs.RunSessionJob;
import ttt.workbench.ui.jobs.StoreJob;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.compare.CompareView;
import ttt.workbench.ui.views.table.SessionTableView;
import ttt.workbench.ui.views.timeline.UpdateTimelineView;
import ttt.workbench.ui.views.tree.SessionTreeView;

/**
 * One data path (issue 13): the parts follow the model through one coalescing refresh; no store file is read on the
 * UI thread while the editor's pages, the views and their charts open; one workbench run reads the store once and
 * merges into the live model once (the watcher does not read the run's own writes back, but still reads another
 * program's); Edit Note and Delete run as jobs off the UI thread.
 */
public class DataPathUITest {

	@TempDir
	Path tmp;

	private IWorkbenchWindow window;
	private Display display;
	private SessionEditor editor;

	/** One store read: what, which file, and whether it was on the UI thread. */
	private record Read(StoreActivity.Kind kind, Path path, boolean onUiThread, String thread) {
	}

	private final List<Read> activity = new CopyOnWriteArrayList<>();
	private AutoCloseable observing;

	private void observe() {
		observing = StoreActivity.observe((kind, path) -> activity.add(new Read(kind, path, Display.getCurrent() != null,
				Thread.currentThread().getName())));
	}

	@AfterEach
	public void tearDown() throws Exception {
		if (observing != null) {
			observing.close();
		}
		if (editor != null) {
			editor.getSite().getPage().closeEditor(editor, false);
		}
		Job.getJobManager().cancel(StoreJob.FAMILY);
	}

	private ArtifactStore open(Path root) throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		Shell shell = window.getShell();
		display = shell.getDisplay();
		shell.setBounds(display.getPrimaryMonitor().getBounds());
		Job job = ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> job.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 60);
		return ActiveStore.get().store();
	}

	/** Runs the event loop until no load is running and the loads' results were shown. */
	private void loadsDone() {
		UiTestSupport.loadsDone(display);
		Screenshots.settle(display, 300);
		UiTestSupport.loadsDone(display);
	}

	@Test
	public void noStoreFileIsReadOnTheUiThreadWhileThePagesViewsAndChartsOpen() throws Exception {
		Path root = MixedUpdatesStore.create(tmp.resolve("store"));
		observe();
		ArtifactStore store = open(root);
		IWorkbenchPage page = window.getActivePage();
		page.showView(SessionTreeView.ID);
		page.showView(SessionTableView.ID);
		page.showView(UpdateTimelineView.ID);
		page.showView(CompareView.ID);
		page.showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET); // shows the editor's run in focus: files listed on a job
		Session session = store.model().findSession(MixedUpdatesStore.SESSION);
		editor = SessionEditors.open(page, session);
		for (String id : List.of(OverviewPage.ID, EnvironmentPage.ID, WeightsPage.ID, ArchitecturePage.ID, TransactionsPage.ID)) {
			editor.setActivePage(id);
			loadsDone();
		}
		// another run in focus: its curves and trajectory are read too, off the UI thread
		Run oldest = session.getRuns().stream().filter(r -> r != editor.focus().run()).findFirst().orElseThrow();
		editor.focus().set(oldest);
		editor.setActivePage(EnvironmentPage.ID);
		loadsDone();
		editor.setActivePage(OverviewPage.ID);
		loadsDone();
		Screenshots.ofShell(window.getShell(), "data-path-pages-loaded");

		List<Read> onUi = activity.stream().filter(r -> r.kind() != StoreActivity.Kind.MERGE && r.onUiThread()).toList();
		assertEquals(List.of(), onUi, "store files read on the UI thread");
		assertEquals(LoadState.LOADED, oldest.getPerStepState(), "the focused run's curves were loaded");
		assertEquals(LoadState.LOADED, oldest.getTrajectoryState(), "and its trajectory");
		assertEquals(LoadState.LOADED, store.model().getBase().getTensorsState(), "the Architecture page read the base checkpoint");
		assertEquals(LoadState.LOADED, session.getWeightsState(), "the Weights page read the session's weights");
		assertTrue(activity.stream().filter(r -> r.kind() == StoreActivity.Kind.PART_READ).count() >= 5,
				"the reads did happen, on workers: " + activity);
	}

	@Test
	public void aWorkbenchRunReadsTheStoreOnceAndMergesOnceAndAnotherProgramsChangesStillArrive() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		ArtifactStore store = open(root);
		Screenshots.settle(display, 800); // the watcher has nothing left to report from opening
		Session s1 = store.model().findSession("s1");
		int runsBefore = s1.getRuns().size();
		observe();
		RunSessionJob job = new RunSessionJob(store, RunSession.Request.of("s1", 60, 11));
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		AtomicInteger done = new AtomicInteger();
		job.whenDone(s -> done.incrementAndGet());
		job.schedule();
		UiTestSupport.waitFor(display, () -> job.getResult() != null && done.get() == 1, 120);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().toString());
		Screenshots.settle(display, 2_000); // long enough for the watcher to have settled and read, had it wanted to

		assertEquals(runsBefore + 1, s1.getRuns().size(), "the run is in the live model");
		assertNotNull(s1.findRun(job.result().runId()));
		assertEquals(1, count(StoreActivity.Kind.WHOLE_STORE_READ), "whole-store reads in one workbench run: " + activity);
		assertEquals(1, activity.stream().filter(r -> r.kind() == StoreActivity.Kind.MERGE && r.onUiThread()).count(),
				"merges into the live model (on its thread, the UI thread) in one workbench run: " + activity);

		// another program edits the session's note: the watcher reads that
		activity.clear();
		Path meta = root.resolve("sessions/s1/meta.json");
		String text = Files.readString(meta);
		Files.writeString(meta, text.replaceFirst("\\{", "{\n  \"fork_note\": \"edited by another program\","));
		UiTestSupport.waitFor(display, () -> "edited by another program".equals(s1.getForkNote()), 20);
		assertEquals(1, count(StoreActivity.Kind.WHOLE_STORE_READ), "the watcher read the other program's change: " + activity);
	}

	private long count(StoreActivity.Kind kind) {
		return activity.stream().filter(r -> r.kind() == kind).count();
	}

	@Test
	public void editNoteAndDeleteRunAsJobsOffTheUiThreadAndUndoBothWays() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		ArtifactStore store = open(root);
		Screenshots.settle(display, 800);
		observe();
		Path meta = root.resolve("sessions/s1/meta.json");
		byte[] original = Files.readAllBytes(meta);

		EditNoteJob edit = new EditNoteJob(store, "s1", () -> "a note from a job");
		edit.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		edit.schedule();
		UiTestSupport.waitFor(display, () -> "a note from a job".equals(store.model().findSession("s1").getForkNote()), 30);
		assertTrue(edit.getResult().isOK(), edit.getResult().toString());
		assertTrue(Files.readString(meta).contains("\"fork_note\": \"a note from a job\""), "the note is on disk");
		assertStoreReadOffTheUiThread();

		EditNoteJob undo = new EditNoteJob(store, "s1", edit::previous);
		undo.schedule();
		UiTestSupport.waitFor(display, () -> undo.getResult() != null, 30);
		UiTestSupport.waitFor(display, () -> store.model().findSession("s1").getForkNote() == null, 30);
		assertEquals(new String(original, java.nio.charset.StandardCharsets.UTF_8), Files.readString(meta), "undo restores the file");

		// s1 has forks: refused, with the reason, and nothing changes
		activity.clear();
		DeleteSessionJob refused = DeleteSessionJob.delete(store, "s1");
		refused.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		refused.schedule();
		UiTestSupport.waitFor(display, () -> refused.getResult() != null, 30);
		assertEquals(IStatus.ERROR, refused.getResult().getSeverity());
		assertTrue(refused.getResult().getMessage().contains("s1") && refused.getResult().getMessage().contains("forked children"),
				refused.getResult().getMessage());
		assertNotNull(store.model().findSession("s1"));

		String leaf = store.model().getSessions().stream().filter(s -> s.getChildren().isEmpty()).map(Session::getId).sorted()
				.findFirst().orElseThrow();
		activity.clear();
		DeleteSessionJob delete = DeleteSessionJob.delete(store, leaf);
		delete.schedule();
		UiTestSupport.waitFor(display, () -> store.model().findSession(leaf) == null, 30);
		assertTrue(delete.getResult().isOK(), delete.getResult().toString());
		assertFalse(Files.exists(root.resolve("sessions").resolve(leaf)), "the folder left sessions/");
		assertTrue(Files.isDirectory(delete.trashed()), "it is in the trash");
		assertStoreReadOffTheUiThread();

		DeleteSessionJob restore = DeleteSessionJob.restore(store, leaf, delete::trashed);
		restore.schedule();
		UiTestSupport.waitFor(display, () -> store.model().findSession(leaf) != null, 30);
		assertTrue(Files.isRegularFile(root.resolve("sessions").resolve(leaf).resolve("meta.json")), "undo brought it back");
	}

	private void assertStoreReadOffTheUiThread() {
		List<Read> reads = activity.stream().filter(r -> r.kind() == StoreActivity.Kind.WHOLE_STORE_READ).toList();
		assertEquals(1, reads.size(), "the job read the store once: " + activity);
		assertFalse(reads.get(0).onUiThread(), "and not on the UI thread: " + reads);
		assertTrue(reads.get(0).thread().startsWith("Worker-"), "but on a job's worker: " + reads);
	}

	@Test
	public void modelRefreshFoldsABurstIntoOneRefreshAndStopsWithItsWidget() {
		display = PlatformUI.getWorkbench().getDisplay();
		Store model = StoreFactory.eINSTANCE.createStore();
		Shell shell = new Shell(display);
		AtomicInteger refreshes = new AtomicInteger();
		ModelRefresh refresh = new ModelRefresh(refreshes::incrementAndGet).disposeWith(shell);
		refresh.observe(model);
		for (int i = 0; i < 100; i++) {
			Session s = StoreFactory.eINSTANCE.createSession();
			s.setId("s" + i);
			model.getSessions().add(s);
			s.setForkNote("note " + i); // a change inside a contained object reaches the adapter too
		}
		assertTrue(refresh.isPending());
		Screenshots.settle(display, 200);
		assertEquals(1, refreshes.get(), "200 notifications, one refresh");

		model.getSessions().get(0).setForkNote("again");
		Screenshots.settle(display, 200);
		assertEquals(2, refreshes.get(), "the next change, the next refresh");

		model.getSessions().get(0).setForkNote("before the widget goes");
		shell.dispose(); // with a refresh pending
		Screenshots.settle(display, 200);
		model.getSessions().get(0).setForkNote("after");
		Screenshots.settle(display, 200);
		assertEquals(2, refreshes.get(), "nothing runs for a disposed widget");
		assertTrue(model.eAdapters().isEmpty(), "and the model is no longer observed");
	}
}
