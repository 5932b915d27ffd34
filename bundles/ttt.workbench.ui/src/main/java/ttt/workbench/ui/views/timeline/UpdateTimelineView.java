package ttt.workbench.ui.views.timeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.analysis.updates.TimelineText;
import ttt.workbench.analysis.updates.TimelineText.Move;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.export.GcDrawing;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Global Update Timeline: every update event of the selected session (from the workbench selection, or the active
 * part that adapts to a session, such as its editor) along its history, one segment per run, oldest first, events at
 * their t; outcome by shape and colour with a legend. Hover for the numbers and the verdict, click or Enter to open the
 * session editor at that run and step, arrow keys to walk the events.
 */
public class UpdateTimelineView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.updateTimeline";
	/** Widget data keys of the canvas: the key itself, the {@code UpdateTimeline} shown, the selected event's index, and
	 * the {@code TimelineLayout} last painted (where each event is; tests click there). */
	public static final String CANVAS_KEY = "ttt.timeline.canvas";
	public static final String TIMELINE_KEY = "ttt.timeline.timeline";
	public static final String SELECTED_KEY = "ttt.timeline.selected";
	public static final String LAYOUT_KEY = "ttt.timeline.layout";
	/** The height of the timeline's line in the canvas (where the markers are). */
	public static final int LINE_Y = ShownTimeline.LINE_Y;

	private Canvas canvas;
	private final ShownTimeline shown = new ShownTimeline();

	private final ISelectionListener selectionListener = this::selectionChanged;
	private final Consumer<ArtifactStore> storeListener = s -> {
		watch(s);
		reload();
	};
	/** A burst (a run landing) is one reload. */
	private final ModelRefresh modelRefresh = new ModelRefresh(this::reload);
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			showAdapted(ref.getPart(false));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		ChartTheme.applyToCanvas(canvas);
		canvas.setData(CANVAS_KEY, Boolean.TRUE);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addListener(SWT.Paint, e -> {
			Point size = canvas.getSize();
			canvas.setData(LAYOUT_KEY, shown.layout(size.x));
			TimelinePainter.paint(new GcDrawing(e.gc), size.x, size.y, shown);
		});
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.MouseDown, this::press);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false; // Enter opens the event, it does not press a default button
			}
		});
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		Exports.addContextMenu(new TimelineExport(canvas, shown));
		getSite().getPage().addSelectionListener(selectionListener);
		getSite().getPage().addPartListener(partListener);
		ActiveStore.get().addListener(storeListener);
		watch(ActiveStore.get().store());
		if (!showAdapted(getSite().getPage().getActiveEditor())) {
			selectionChanged(null, getSite().getPage().getSelection());
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session) {
			show(session);
		} else {
			showAdapted(part);
		}
	}

	/** Shows the session {@code part} adapts to (a session editor does); false if it adapts to none. */
	private boolean showAdapted(IWorkbenchPart part) {
		Session session = part == null || part == this ? null : Adapters.adapt(part, Session.class);
		if (session != null) {
			show(session);
		}
		return session != null;
	}

	/** Shows the session's events (null: nothing). */
	private void show(Session session) {
		String id = session == null ? null : session.getId();
		Path root = session == null || session.getStore() == null ? null : Path.of(session.getStore().getRootPath());
		if (shown.shows(id, root)) {
			return;
		}
		shown.sessionId = id;
		shown.storeRoot = root;
		shown.selected = -1;
		reload();
	}

	private void watch(ArtifactStore store) {
		modelRefresh.observe(store == null ? null : store.model());
	}

	private void reload() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		Session s = shown.session(ActiveStore.get().store());
		shown.load(s);
		canvas.setData(TIMELINE_KEY, shown.timeline);
		canvas.setData(SELECTED_KEY, shown.selected);
		setContentDescription(s == null ? "" : "Session " + s.getId());
		canvas.setToolTipText(null);
		canvas.redraw();
	}

	private void press(Event e) {
		canvas.setFocus();
		Point p = where(e);
		int i = shown.eventAt(p.x, p.y, canvas.getSize().x);
		if (e.button == 1 && i >= 0) {
			select(i);
			openSelected();
		}
	}

	/**
	 * The event's position; when a display server reports it outside the canvas (GTK does so for synthetic input on a
	 * display without a window manager), the pointer's position, which is where the press happened.
	 */
	private Point where(Event e) {
		Point p = new Point(e.x, e.y);
		return canvas.getClientArea().contains(p) && shown.eventAt(p.x, p.y, canvas.getSize().x) >= 0 ? p
				: canvas.toControl(canvas.getDisplay().getCursorLocation());
	}

	private void hover(Event e) {
		int i = shown.eventAt(e.x, e.y, canvas.getSize().x);
		String tip = i < 0 ? null : TimelineText.tooltip(shown.timeline.events().get(i), shown.gates);
		if (!Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void key(Event e) {
		int n = shown.eventCount();
		if (n == 0) {
			return;
		}
		switch (e.keyCode) {
		case SWT.ARROW_RIGHT, SWT.ARROW_DOWN -> select(TimelineText.step(shown.selected, n, Move.NEXT));
		case SWT.ARROW_LEFT, SWT.ARROW_UP -> select(TimelineText.step(shown.selected, n, Move.PREVIOUS));
		case SWT.HOME -> select(TimelineText.step(shown.selected, n, Move.FIRST));
		case SWT.END -> select(TimelineText.step(shown.selected, n, Move.LAST));
		case SWT.CR, SWT.KEYPAD_CR -> openSelected();
		default -> {
			return;
		}
		}
	}

	/** Selects the event at index {@code i} of the timeline's events, saying what it is in the status line. */
	private void select(int i) {
		shown.selected = i;
		canvas.setData(SELECTED_KEY, i);
		UpdateRow r = shown.selectedEvent();
		if (r != null) {
			getViewSite().getActionBars().getStatusLineManager().setMessage(TimelineText.status(r, shown.gates));
		}
		canvas.redraw();
	}

	/** Opens the session editor at the selected event's run and step. */
	private void openSelected() {
		Session s = shown.session(ActiveStore.get().store());
		UpdateRow r = shown.selectedEvent();
		if (s == null || r == null) {
			return;
		}
		Run run = r.runId() == null ? null : s.findRun(r.runId());
		try {
			SessionEditors.open(getSite().getPage(), s, run, run == null ? -1 : r.t());
		} catch (PartInitException ex) {
			ILog.of(getClass()).error("Could not open session " + s.getId(), ex);
		}
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removeSelectionListener(selectionListener);
		getSite().getPage().removePartListener(partListener);
		ActiveStore.get().removeListener(storeListener);
		watch(null);
		modelRefresh.dispose();
		super.dispose();
	}
}
