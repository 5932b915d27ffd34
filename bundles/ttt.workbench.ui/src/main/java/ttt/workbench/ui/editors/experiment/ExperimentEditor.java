package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.handlers.IHandlerService;

import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.ExperimentLoader;
import ttt.workbench.analysis.experiment.ExperimentSelection;
import ttt.workbench.analysis.experiment.FilterException;
import ttt.workbench.analysis.experiment.Member;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.selection.SessionSelectionProvider;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Experiment editor: what a sweep (or a hand-picked set of sessions) found, across sessions and seeds, on five
 * pages (Table, Parallel coordinates, Scatter, Grouped curves, Lineage effect). The pages are thin: they read the
 * {@link Experiment} snapshot and the shared {@link ExperimentSelection} (filter, brushes, selection) and paint.
 *
 * <p><b>Loading and following the store.</b> The editor opens at once with "Loading…" on every page; the snapshot is
 * built right after by {@link ExperimentLoader} from the store's model (on the UI thread, where the model lives: it
 * takes milliseconds for 1,000 points), and the per-step curves are read by a job. While a sweep runs, sessions land
 * in the model; the editor's model adapter then schedules one rebuild 300 ms later (a burst of notifications is one
 * rebuild, so at most about three a second) and hands the new snapshot to the selection state, which keeps filters,
 * brushes and selection by dimension key and session id.
 *
 * <p><b>Selection both ways.</b> Rows, lines and points selected on any page become the editor's workbench selection:
 * the selected members' {@code Session} objects, so the Session Tree, the Sessions view and the session commands
 * follow. Sessions selected in another part are highlighted here. Enter opens the session editor through the
 * {@code openSession} command.
 */
public class ExperimentEditor extends FormEditor implements ExperimentContext {

	public static final String ID = "ttt.workbench.ui.editors.experiment";
	static final String OPEN_SESSION_COMMAND = "ttt.workbench.ui.commands.openSession";
	/** Delay of a reload after the model changed: a burst of sessions landing is one reload. */
	static final long RELOAD_DELAY_MS = 300;


	private ArtifactStore store;
	private ExperimentSelection state;
	private Experiment experiment;
	private String loadError;
	private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
	private final SessionSelectionProvider selectionProvider = new SessionSelectionProvider();

	private final ModelRefresh modelRefresh = new ModelRefresh(() -> scheduleLoad(RELOAD_DELAY_MS));

	private final Consumer<ArtifactStore> storeListener = this::storeOpened;

	private final ISelectionListener workbenchSelection = this::selectedElsewhere;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ExperimentEditorInput)) {
			throw new PartInitException("The Experiment editor opens sweeps and sets of sessions, not " + input.getName());
		}
		super.init(site, input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		site.setSelectionProvider(selectionProvider);
		ActiveStore.get().addListener(storeListener); // calls back now when a store is open
		site.getPage().addSelectionListener(workbenchSelection);
	}

	@Override
	public ExperimentEditorInput getExperimentInput() {
		return (ExperimentEditorInput) getEditorInput();
	}

	/** The store became active: this editor's (load it) or another (this editor closes, as the session editor does). */
	private void storeOpened(ArtifactStore opened) {
		if (opened.root().equals(getExperimentInput().storeRoot())) {
			store = opened;
			modelRefresh.observe(store.model());
			scheduleLoad(0);
		} else if (store != null && getContainer() != null && !getContainer().isDisposed()) {
			getContainer().getDisplay().asyncExec(() -> {
				if (getSite() != null && getSite().getPage() != null) {
					getSite().getPage().closeEditor(this, false);
				}
			});
		}
	}

	@Override
	protected void addPages() {
		addPageSafely("Table", () -> new TablePage(this, this));
		addPageSafely("Parallel coordinates", () -> new ParallelCoordinatesPage(this, this));
		addPageSafely("Scatter", () -> new ScatterPage(this, this));
		addPageSafely("Grouped curves", () -> new GroupedCurvesPage(this, this));
		addPageSafely("Lineage effect", () -> new LineageEffectPage(this, this));
	}

	private void addPageSafely(String name, Supplier<FormPage> page) {
		try {
			addPage(page.get());
		} catch (PartInitException | RuntimeException e) {
			ILog.of(ExperimentEditor.class).error("The " + name + " page of " + getPartName() + " could not be added", e);
		}
	}

	// ---- loading

	/**
	 * Builds the snapshot {@code delay} ms from now, on the UI thread: the EMF model is changed only on the UI thread,
	 * and {@link ExperimentLoader} must read it there (it reads only what the model holds, in milliseconds for 1,000
	 * points); the slow part, the per-step curves, {@link GroupedCurvesPage} loads in a job. Requests while one is
	 * pending are merged.
	 */
	private void scheduleLoad(long delay) {
		if (store == null || loadPending || getContainer() == null || getContainer().isDisposed()) {
			if (store != null && getContainer() == null) {
				firstLoad = true; // the pages are not built yet: load when they are
			}
			return;
		}
		loadPending = true;
		getContainer().getDisplay().timerExec((int) delay, this::loadNow);
	}

	private boolean loadPending;
	private boolean firstLoad;

	@Override
	protected void createPages() {
		super.createPages();
		if (firstLoad || store != null) {
			scheduleLoad(0);
		}
	}

	private void loadNow() {
		loadPending = false;
		if (store == null || getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		ExperimentEditorInput in = getExperimentInput();
		try {
			Experiment loaded = in.isSweep() ? ExperimentLoader.sweep(store.model(), in.sweepName())
					: ExperimentLoader.sessions(store.model(), in.getName(), in.sessionIds());
			loaded(loaded, null);
		} catch (Exception e) {
			ILog.of(ExperimentEditor.class).warn("Cannot load the experiment " + in.getName() + ": " + e.getMessage());
			loaded(null, e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	private void loaded(Experiment next, String error) {
		loadError = error;
		if (next != null) {
			experiment = next;
			if (state == null) {
				state = new ExperimentSelection(next);
			} else {
				state.setExperiment(next); // keeps filter, brushes and selection (by key and session id)
			}
		}
		fire(Change.EXPERIMENT);
	}

	/** Blocks (running the event loop) is not offered: tests wait for {@link #experiment()} to be non-null. */
	@Override
	public Experiment experiment() {
		return experiment;
	}

	/** Why the last load failed, or null. */
	@Override
	public String loadError() {
		return loadError;
	}

	@Override
	public ExperimentSelection state() {
		return state;
	}

	public ArtifactStore store() {
		return store;
	}

	@Override
	public void addChangeListener(Consumer<Change> listener) {
		listeners.add(listener);
	}

	@Override
	public void removeChangeListener(Consumer<Change> listener) {
		listeners.remove(listener);
	}

	@Override
	public void fire(Change change) {
		for (Consumer<Change> l : listeners) {
			try {
				l.accept(change);
			} catch (RuntimeException e) {
				ILog.of(ExperimentEditor.class).error("A page failed to follow the experiment", e);
			}
		}
		if (change == Change.SELECTION || change == Change.EXPERIMENT) {
			publishSelection();
		}
	}

	// ---- filter, brushes, selection: pages call these, every page follows

	/** Sets the filter text; returns the parse error (null when it parses; the previous filter then stays). */
	@Override
	public String setFilter(String text) {
		try {
			state.setFilter(text);
		} catch (FilterException e) {
			return e.getMessage();
		}
		fire(Change.FILTER);
		return null;
	}

	/** Brushes dimension {@code key} to the axis fractions {@code [u0, u1]}, or clears its brush ({@code range} null). */
	@Override
	public void brushNormalised(String key, double[] range) {
		if (range == null) {
			state.clearBrush(key);
		} else {
			state.brushNormalised(key, range[0], range[1]);
		}
		fire(Change.FILTER);
	}

	@Override
	public void clearBrushes() {
		if (state != null) {
			state.clearBrushes();
			fire(Change.FILTER);
		}
	}

	/** Selects these members (bit = member index) and publishes their sessions. */
	@Override
	public void select(BitSet members) {
		state.setPicked(members);
		fire(Change.SELECTION);
	}

	private boolean publishing;

	private void publishSelection() {
		if (experiment == null || store == null) {
			return;
		}
		List<Session> sessions = new ArrayList<>();
		BitSet sel = state.picked();
		for (int i = sel.nextSetBit(0); i >= 0 && i < experiment.size(); i = sel.nextSetBit(i + 1)) {
			Session s = store.model().findSession(experiment.members().get(i).sessionId());
			if (s != null) {
				sessions.add(s);
			}
		}
		IStructuredSelection next = sessions.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(sessions);
		if (!next.equals(selectionProvider.getSelection())) {
			publishing = true;
			try {
				selectionProvider.setSelection(next);
			} finally {
				publishing = false;
			}
		}
	}

	/** Sessions selected in another part: highlight the members among them (without publishing back). */
	private void selectedElsewhere(IWorkbenchPart part, ISelection selection) {
		if (part == this || publishing || experiment == null || !(selection instanceof IStructuredSelection s)) {
			return;
		}
		BitSet members = new BitSet();
		for (Object o : s) {
			if (o instanceof Session session) {
				Member m = experiment.member(session.getId());
				if (m != null) {
					members.set(m.index());
				}
			}
		}
		if (members.isEmpty()) {
			return;
		}
		BitSet current = state.picked();
		BitSet inter = (BitSet) members.clone();
		inter.andNot(current);
		if (inter.isEmpty()) {
			return; // already among the selected (e.g. the tree echoing the first of ours)
		}
		state.setPicked(members);
		for (Consumer<Change> l : listeners) {
			l.accept(Change.SELECTION);
		}
	}

	/** Opens the session editor of every selected member, through the open-session command. */
	@Override
	public void openSelected() {
		publishSelection();
		try {
			getSite().getService(IHandlerService.class).executeCommand(OPEN_SESSION_COMMAND, null);
		} catch (Exception e) {
			ILog.of(ExperimentEditor.class).warn("Open Session: " + e.getMessage());
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
	}

	@Override
	public void doSaveAs() {
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void dispose() {
		ActiveStore.get().removeListener(storeListener);
		getSite().getPage().removeSelectionListener(workbenchSelection);
		modelRefresh.dispose();
		super.dispose();
	}
}
