package ttt.workbench.ui.views.timeline;

import static ttt.workbench.analysis.format.Numbers.fmt;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.analysis.updates.TimelineLayout;
import ttt.workbench.analysis.updates.UpdateCsv;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateTimeline;
import ttt.workbench.analysis.updates.UpdateVerdicts;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.export.GcDrawing;
import ttt.workbench.ui.live.ModelRefresh;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Global Update Timeline: every update event of the selected session (from the Session Tree or the active session
 * editor) along its history, one segment per run, oldest first, events at their t; outcome by shape and colour with a
 * legend. Hover for the numbers and the verdict, click or Enter to open the session editor at that run and step,
 * arrow keys to walk the events.
 */
public class UpdateTimelineView extends ViewPart implements Exportable {

	public static final String ID = "ttt.workbench.ui.views.updateTimeline";

	static final int MARGIN = 16;
	static final int GAP = 14;
	static final int MIN_SEGMENT = 40;
	public static final int LINE_Y = 72;
	static final int MARKER = 10;

	private static final RGB INK = new RGB(30, 30, 30);
	private static final RGB MUTED = new RGB(110, 110, 110);
	private static final RGB SEGMENT = new RGB(190, 190, 190);
	private static final RGB HIGHLIGHT = new RGB(255, 170, 0);

	private Canvas canvas;
	private String sessionId;
	private Path storeRoot;
	private UpdateTimeline timeline;
	private Gates gates = Gates.DEFAULTS;
	private int selected = -1;
	private ArtifactStore watched;

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
			if (ref.getPart(false) instanceof SessionEditor editor && editor.session() != null) {
				show(editor.session());
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addListener(SWT.Paint, e -> {
			Point size = canvas.getSize();
			paint(new GcDrawing(e.gc), size.x, size.y);
		});
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
		canvas.addListener(SWT.MouseMove, this::hover);
		canvas.addListener(SWT.MouseDown, e -> {
			canvas.setFocus();
			Point p = where(e);
			int i = eventAt(p.x, p.y);
			if (e.button == 1 && i >= 0) {
				select(i);
				openSelected();
			}
		});
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_RETURN) {
				e.doit = false; // Enter opens the event, it does not press a default button
			}
		});
		canvas.addListener(SWT.FocusIn, e -> canvas.redraw());
		canvas.addListener(SWT.FocusOut, e -> canvas.redraw());
		Exports.addContextMenu(this);
		getSite().getPage().addSelectionListener(selectionListener);
		getSite().getPage().addPartListener(partListener);
		ActiveStore.get().addListener(storeListener);
		watch(ActiveStore.get().store());
		IEditorPart active = getSite().getPage().getActiveEditor();
		if (active instanceof SessionEditor editor && editor.session() != null) {
			show(editor.session());
		} else {
			selectionChanged(null, getSite().getPage().getSelection());
		}
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part == this) {
			return;
		}
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof Session session) {
			show(session);
		} else if (part instanceof SessionEditor editor && editor.session() != null) {
			show(editor.session());
		}
	}

	/** Shows the session's events (null: nothing). */
	public void show(Session session) {
		String id = session == null ? null : session.getId();
		Path root = session == null || session.getStore() == null ? null : Path.of(session.getStore().getRootPath());
		if (java.util.Objects.equals(id, sessionId) && java.util.Objects.equals(root, storeRoot) && timeline != null) {
			return;
		}
		sessionId = id;
		storeRoot = root;
		selected = -1;
		reload();
	}

	private void watch(ArtifactStore store) {
		watched = store;
		modelRefresh.observe(store == null ? null : store.model());
	}

	private Session session() {
		ArtifactStore store = ActiveStore.get().store();
		if (store == null || sessionId == null || storeRoot == null || !store.root().toAbsolutePath().normalize()
				.equals(storeRoot.toAbsolutePath().normalize())) {
			return null;
		}
		return store.model().findSession(sessionId);
	}

	private void reload() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		Session s = session();
		timeline = s == null ? null : UpdateTimeline.of(s);
		gates = Gates.of(s == null ? null : s.getPlasticityConfig());
		if (timeline == null || selected >= timeline.eventCount()) {
			selected = -1;
		}
		setContentDescription(s == null ? "" : "Session " + s.getId());
		canvas.setToolTipText(null);
		canvas.redraw();
	}

	/** The layout for a canvas {@code width} wide. */
	public TimelineLayout layout(int width) {
		return new TimelineLayout(timeline == null ? new UpdateTimeline("", List.of()) : timeline, MARGIN,
				Math.max(0, width - 2 * MARGIN), GAP, MIN_SEGMENT);
	}

	private int eventAt(int x, int y) {
		if (timeline == null || Math.abs(y - LINE_Y) > MARKER) {
			return -1;
		}
		return layout(canvas.getSize().x).hit(x, MARKER / 2 + 2);
	}

	/**
	 * The event's position; when a display server reports it outside the canvas (GTK does so for synthetic input on a
	 * display without a window manager), the pointer's position, which is where the press happened.
	 */
	private Point where(Event e) {
		Point p = new Point(e.x, e.y);
		return canvas.getClientArea().contains(p) && eventAt(p.x, p.y) >= 0 ? p
				: canvas.toControl(canvas.getDisplay().getCursorLocation());
	}

	private void hover(Event e) {
		int i = eventAt(e.x, e.y);
		String tip = i < 0 ? null : tooltip(timeline.events().get(i));
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private String tooltip(UpdateRow r) {
		return "run " + r.runId() + ", t = " + r.t() + "\n" + r.reason().label() + "\npre_loss " + fmt(r.preLoss())
				+ ", post_loss " + fmt(r.postLoss()) + "\ngrad_norm " + fmt(r.gradNorm()) + ", max‖h‖ " + fmt(r.preMaxH())
				+ " → " + fmt(r.postMaxH()) + "\n\n" + UpdateVerdicts.explain(r, gates).headline()
				+ "\n\nClick or press Enter to open the session editor at this step.";
	}

	private void key(Event e) {
		if (timeline == null || timeline.eventCount() == 0) {
			return;
		}
		int n = timeline.eventCount();
		switch (e.keyCode) {
		case SWT.ARROW_RIGHT, SWT.ARROW_DOWN -> select(selected < 0 ? 0 : Math.min(n - 1, selected + 1));
		case SWT.ARROW_LEFT, SWT.ARROW_UP -> select(selected < 0 ? 0 : Math.max(0, selected - 1));
		case SWT.HOME -> select(0);
		case SWT.END -> select(n - 1);
		case SWT.CR, SWT.KEYPAD_CR -> openSelected();
		default -> {
			return;
		}
		}
	}

	/** Selects the event at index {@code i} of {@link UpdateTimeline#events()}. */
	public void select(int i) {
		selected = i;
		if (timeline != null && i >= 0 && i < timeline.eventCount()) {
			UpdateRow r = timeline.events().get(i);
			getViewSite().getActionBars().getStatusLineManager()
					.setMessage("run " + r.runId() + ", t = " + r.t() + ": " + UpdateVerdicts.explain(r, gates).headline());
		}
		canvas.redraw();
	}

	/** Opens the session editor at the selected event's run and step. */
	public void openSelected() {
		Session s = session();
		if (s == null || timeline == null || selected < 0 || selected >= timeline.eventCount()) {
			return;
		}
		UpdateRow r = timeline.events().get(selected);
		Run run = r.runId() == null ? null : s.findRun(r.runId());
		try {
			SessionEditors.open(getSite().getPage(), s, run, run == null ? -1 : r.t());
		} catch (PartInitException ex) {
			ILog.of(getClass()).error("Could not open session " + s.getId(), ex);
		}
	}

	@Override
	public void paint(Drawing d, int w, int h) {
		d.fill(new RGB(255, 255, 255));
		d.fillRect(0, 0, w, h);
		d.stroke(INK);
		if (timeline == null) {
			d.text(sessionId == null ? "Select a session in the Session Tree (or open one in an editor) to see its updates."
					: "Session " + sessionId + " is not in the open store.", MARGIN, 12);
			return;
		}
		Map<RollbackReason, Integer> counts = SessionUpdates.breakdown(timeline.events());
		int rolledBack = timeline.eventCount() - counts.getOrDefault(RollbackReason.COMMITTED, 0);
		d.text("Session " + timeline.sessionId() + ": " + timeline.eventCount() + " updates in " + timeline.segments().size()
				+ " runs (oldest left), " + counts.getOrDefault(RollbackReason.COMMITTED, 0) + " committed, " + rolledBack
				+ " rolled back", MARGIN, 8);
		if (timeline.segments().isEmpty()) {
			d.stroke(MUTED);
			d.text("This session has no runs yet: run it to record update events.", MARGIN, 40);
			return;
		}
		TimelineLayout layout = layout(w);
		for (TimelineLayout.Box b : layout.boxes()) {
			String label = b.segment().runId() == null ? "(unattributed)" : b.segment().runId();
			label = fit(d, label, b.x1() - b.x0());
			d.stroke(INK);
			d.text(label, b.x0(), LINE_Y - 34);
			d.stroke(SEGMENT);
			d.lineWidth(4);
			d.line(b.x0(), LINE_Y, b.x1(), LINE_Y);
			d.lineWidth(1);
			d.line(b.x0(), LINE_Y - 12, b.x0(), LINE_Y + 12);
			d.line(b.x1(), LINE_Y - 12, b.x1(), LINE_Y + 12);
			d.stroke(MUTED);
			d.text("0", b.x0(), LINE_Y + 14);
			String end = Integer.toString(b.segment().steps());
			d.text(end, b.x1() - d.textExtent(end).x, LINE_Y + 14);
			if (b.segment().events().isEmpty()) {
				d.text("no updates", b.x0() + 14, LINE_Y + 14);
			}
		}
		List<TimelineLayout.Placed> placed = layout.events();
		for (int i = 0; i < placed.size(); i++) {
			Markers.draw(d, placed.get(i).event().reason(), placed.get(i).x(), LINE_Y, MARKER);
		}
		if (selected >= 0 && selected < placed.size()) {
			int x = placed.get(selected).x();
			d.stroke(HIGHLIGHT);
			d.lineWidth(2);
			d.oval(x - MARKER, LINE_Y - MARKER, 2 * MARKER, 2 * MARKER);
			d.lineWidth(1);
			UpdateRow r = placed.get(selected).event();
			d.stroke(INK);
			d.text("t = " + r.t() + ": " + UpdateVerdicts.explain(r, gates).headline(), MARGIN, LINE_Y + 34);
		}
		int lx = MARGIN;
		int ly = LINE_Y + 60;
		d.stroke(MUTED);
		d.text("Legend:", lx, ly - 7);
		lx += d.textExtent("Legend:").x + 10;
		int legendLeft = lx;
		for (Map.Entry<RollbackReason, Integer> e : counts.entrySet()) {
			String text = e.getKey().label() + " (" + e.getValue() + ")";
			if (lx + MARKER + 4 + d.textExtent(text).x > w - MARGIN && lx > legendLeft) {
				lx = legendLeft; // wrap the legend rather than cut it off
				ly += 18;
			}
			Markers.draw(d, e.getKey(), lx + MARKER / 2, ly, MARKER);
			d.stroke(INK);
			d.text(text, lx + MARKER + 4, ly - 7);
			lx += MARKER + 4 + d.textExtent(text).x + 18;
		}
	}

	private static String fit(Drawing d, String s, int width) {
		if (d.textExtent(s).x <= width) {
			return s;
		}
		String t = s;
		while (t.length() > 1 && d.textExtent("…" + t).x > width) {
			t = t.substring(1);
		}
		return "…" + t; // the end of a run id (its seed) tells runs apart
	}

	@Override
	public Control control() {
		return canvas;
	}

	@Override
	public String suggestedName() {
		return (sessionId == null ? "session" : sessionId) + "_update_timeline";
	}

	@Override
	public CsvTable data() {
		return UpdateCsv.of(timeline == null ? List.of() : timeline.events(), gates);
	}

	// --- for tests ---

	public UpdateTimeline timeline() {
		return timeline;
	}

	public int selectedIndex() {
		return selected;
	}

	public Canvas canvas() {
		return canvas;
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
