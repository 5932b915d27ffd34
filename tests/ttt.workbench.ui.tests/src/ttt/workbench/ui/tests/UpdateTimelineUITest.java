package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.updates.TimelineLayout;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateTimeline;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.timeline.UpdateTimelineView;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.test.support.stores.MixedUpdatesStore;

/** The Update Timeline follows the Session Tree, draws one segment per run, and opens the editor at a clicked event. */
public class UpdateTimelineUITest {

	@TempDir
	Path tmp;

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage().closeAllEditors(false);
	}

	@Test
	public void segmentsShapesClickAndKeys() throws Exception {
		Path root = MixedUpdatesStore.create(tmp.resolve("store"));
		List<String> lines = Files.readAllLines(root.resolve("sessions/mixed/update_events.jsonl"));
		Map<String, Integer> perRun = new LinkedHashMap<>();
		lines.forEach(l -> perRun.merge(l.replaceAll(".*\"run_id\": \"([^\"]*)\".*", "$1"), 1, Integer::sum));

		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 900);
		shell.forceActive();
		Display display = shell.getDisplay();
		SessionTreeView tree = (SessionTreeView) page.showView(SessionTreeView.ID);
		UpdateTimelineView view = (UpdateTimelineView) page.showView(UpdateTimelineView.ID);
		Canvas canvas = ExperimentEditorUITest.byKey(shell, UpdateTimelineView.CANVAS_KEY, Canvas.class);
		ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize())
				&& TreeParts.canvas(PlatformUI.getWorkbench().getWorkbenchWindows()[0]).getTree() != null && TreeParts.canvas(PlatformUI.getWorkbench().getWorkbenchWindows()[0]).getTree().box("mixed").isPresent(), 30);
		Screenshots.settle(display, 300);

		page.activate(tree); // the workbench publishes the active part's selection
		TreeParts.canvas(PlatformUI.getWorkbench().getWorkbenchWindows()[0]).setSelectedId("mixed");
		UiTestSupport.waitFor(display, () -> timeline(canvas) != null && "mixed".equals(timeline(canvas).sessionId()), 10);
		Screenshots.settle(display, 400);
		UpdateTimeline timeline = timeline(canvas);

		// one segment per run, oldest first, with the run's events
		assertEquals(List.copyOf(perRun.keySet()), timeline.segments().stream().map(s -> s.runId()).toList());
		for (var seg : timeline.segments()) {
			assertEquals(perRun.get(seg.runId()), seg.events().size(), seg.runId());
		}
		// one marker per event, and the shapes per kind as in the log
		TimelineLayout layout = (TimelineLayout) canvas.getData(UpdateTimelineView.LAYOUT_KEY); // as last painted
		assertEquals(canvas.getSize().x - 16, layout.right(), 3.0, "laid out over the canvas's width less the margins (segments rounded down)");
		assertEquals(lines.size(), layout.events().size());
		for (RollbackReason r : List.of(RollbackReason.COMMITTED, RollbackReason.GRAD_NORM, RollbackReason.LOSS_REGRESSION,
				RollbackReason.STATE_NORM)) {
			long inLog = lines.stream().filter(l -> l.contains("\"status\": \"" + r.status() + "\"")).count();
			assertEquals(inLog, layout.events().stream().filter(p -> p.event().reason() == r).count(), r.label());
		}
		String svg = Exports.svg((Exportable) canvas.getData(Exports.EXPORTABLE_KEY));
		perRun.keySet().forEach(id -> assertTrue(svg.contains(id.substring(id.length() - 10)), "segment label " + id));
		Screenshots.ofShell(shell, "update-timeline");

		// a real click on a loss-regression event opens the editor on that run and step
		TimelineLayout.Placed target = layout.events().stream()
				.filter(p -> p.event().reason() == RollbackReason.LOSS_REGRESSION).findFirst().orElseThrow();
		UpdateRow event = target.event();
		Point at = canvas.toDisplay(target.x(), UpdateTimelineView.LINE_Y);
		TransactionsPageUITest.click(display, at);
		UiTestSupport.waitFor(display, () -> page.getActiveEditor() instanceof SessionEditor e
				&& e.focus().run() != null && e.focus().run().getId().equals(event.runId())
				&& e.focus().get().step() == event.t(), 10);
		SessionEditor editor = (SessionEditor) page.getActiveEditor();
		assertEquals("mixed", editor.session().getId());

		// keyboard: Right moves to the next event, Enter opens it
		page.activate(view);
		canvas.setFocus();
		int before = (Integer) canvas.getData(UpdateTimelineView.SELECTED_KEY);
		key(display, SWT.ARROW_RIGHT);
		assertEquals(before + 1, canvas.getData(UpdateTimelineView.SELECTED_KEY));
		UpdateRow next = timeline(canvas).events().get(before + 1);
		key(display, SWT.CR);
		UiTestSupport.waitFor(display, () -> editor.focus().get().step() == next.t()
				&& editor.focus().run().getId().equals(next.runId()), 10);
		page.activate(view);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "update-timeline-selected");
	}

	private static UpdateTimeline timeline(Canvas canvas) {
		return (UpdateTimeline) canvas.getData(UpdateTimelineView.TIMELINE_KEY);
	}

	private static void key(Display display, int keyCode) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event e = new Event();
			e.type = type;
			e.keyCode = keyCode;
			display.post(e);
		}
		Screenshots.settle(display, 200);
	}
}
