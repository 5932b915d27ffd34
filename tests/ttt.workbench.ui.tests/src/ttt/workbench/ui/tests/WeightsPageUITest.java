package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.weights.HeatmapCanvas;
import ttt.workbench.ui.editors.weights.WeightsPage;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Weights page on the reference's fixture store: one heatmap cell per tensor entry, the hover tooltip showing the
 * stored value, "compare to base" showing W − W_base, and the SVG export drawing one rectangle per cell. Expected
 * values are read straight from the .pt files, not through the page's loader.
 */
public class WeightsPageUITest {

	@TempDir
	Path tmp;
	private IWorkbenchPage page;

	@AfterEach
	public void closeEditors() {
		if (page != null) {
			page.closeAllEditors(false);
		}
	}

	@Test
	public void heatmapsShowTheStoredWeightsAndTheirDriftFromTheBase() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 1000);
		shell.forceActive();
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 30);
		Session s1 = ActiveStore.get().store().model().findSession("s1");
		SessionEditor editor = SessionEditors.open(page, s1);
		editor.setActivePage(WeightsPage.ID);
		WeightsPage weights = (WeightsPage) editor.findPage(WeightsPage.ID);
		UiTestSupport.waitFor(display, () -> weights.getPartControl() != null && heatmap(weights, "W_u").matrix() != null, 30);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.settle(display, 600);

		PlasticState plastic = PlasticState.read(root.resolve("sessions/s1/plastic_state.pt"));
		BaseCheckpoint base = BaseCheckpoint.read(root.resolve("base/base_checkpoint.pt"));
		Map<String, FloatTensor> stored = Map.of("W_u", plastic.wU(), "B", plastic.b(), "W_o", plastic.wO());

		// one cell per tensor entry, with the tensor's shape
		for (var e : stored.entrySet()) {
			HeatmapCanvas h = heatmap(weights, e.getKey());
			assertEquals(e.getValue().shape()[0], h.matrix().rows(), e.getKey() + " rows");
			assertEquals(e.getValue().shape()[1], h.matrix().cols(), e.getKey() + " cols");
			assertEquals(e.getValue().data().length, h.matrix().size(), e.getKey() + " cells");
			assertEquals(e.getValue().data().length, filledRects(Exports.svg(h)), e.getKey() + ": the SVG has one <rect> per cell");
			assertTrue(h.cellSize() >= 8, "cells readable: " + h.cellSize() + " px");
		}
		String note = WidgetsById.find(root(weights), "weights.note", Label.class).getText();
		assertTrue(note.contains("written by the reference"), "the focused run kept no weights and the page says so: " + note);

		// the value under the mouse, with a real mouse move
		HeatmapCanvas wu = heatmap(weights, "W_u");
		float stored35 = plastic.wU().data()[3 * 6 + 5];
		String expected = "W_u[3,5] = " + Numbers.short4(stored35);
		Point target = wu.toDisplay(wu.cellCentre(3, 5));
		post(display, SWT.MouseMove, target.x - 3, target.y - 3);
		post(display, SWT.MouseMove, target.x, target.y);
		UiTestSupport.waitFor(display, () -> expected.equals(wu.getToolTipText()), 10);
		assertEquals(expected, wu.tooltipAt(wu.cellCentre(3, 5).x, wu.cellCentre(3, 5).y));
		Screenshots.settle(display, 300);
		File shot = Screenshots.ofShell(shell, "weights-page");
		assertTrue(shot.length() > 10_000);

		// compare to base: the displayed values become W − W_base
		Button toBase = findButton(weights.getPartControl(), "Compare to &base");
		toBase.setSelection(true);
		toBase.notifyListeners(SWT.Selection, new Event());
		Screenshots.settle(display, 300);
		assertEquals(Mode.DELTA_BASE, mode(weights));
		FloatTensor baseWu = base.modelState().get("W_u");
		double delta = (double) stored35 - (double) baseWu.data()[3 * 6 + 5];
		assertEquals(delta, wu.matrix().get(3, 5), 0, "W_u[3,5] − W_base[3,5]");
		assertEquals("ΔW_u[3,5] = " + Numbers.short4(delta), wu.tooltipText(3, 5));
		assertEquals(15, table(weights, "weights.topChanges").getItemCount(), "five largest changes of each of the three matrices");
		assertTrue(table(weights, "weights.topChanges").getItem(0).getText(0).startsWith("W_u["));
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "weights-page-compare-base");
		// the statistics table: base and current, three matrices each
		assertEquals(6, table(weights, "weights.statistics").getItemCount());
		revealStatistics(weights, true);
		Screenshots.settle(display, 400);
		Screenshots.ofShell(shell, "weights-page-statistics");

		// keyboard: focus the heatmap, move with the arrows; the selected cell's value is shown
		revealStatistics(weights, false);
		wu.setFocus();
		wu.select(0, 0);
		wu.notifyListeners(SWT.KeyDown, keyEvent(SWT.ARROW_DOWN));
		wu.notifyListeners(SWT.KeyDown, keyEvent(SWT.ARROW_RIGHT));
		assertTrue(findLabel(weights.getPartControl(), "Selected: ΔW_u[1,1] = ") != null, "arrow keys move the selected cell");
	}

	private static Composite root(WeightsPage weights) {
		return (Composite) weights.getPartControl();
	}

	private static HeatmapCanvas heatmap(WeightsPage weights, String matrix) {
		return WidgetsById.find(root(weights), "weights.heatmap." + matrix, HeatmapCanvas.class);
	}

	private static Table table(WeightsPage weights, String id) {
		return WidgetsById.find(root(weights), id, Table.class);
	}

	/** What the heatmaps show: the mode of the selected radio button. */
	private static Mode mode(WeightsPage weights) {
		Mode selected = null;
		for (Mode m : Mode.values()) {
			Button b = findButton(weights.getPartControl(), m == Mode.WEIGHTS ? "&Weights" : m == Mode.DELTA_BASE ? "Compare to &base" : "Compare to &parent");
			assertEquals(m, b.getData(Mode.class.getName()));
			if (b.getSelection()) {
				selected = m;
			}
		}
		return selected;
	}

	/** Scrolls the page to the statistics (true) or back to the heatmaps (false), as the scroll bar would. */
	private static void revealStatistics(WeightsPage weights, boolean statistics) {
		ScrolledForm form = weights.getManagedForm().getForm();
		form.setOrigin(0, statistics ? table(weights, "weights.statistics").getParent().getParent().getLocation().y : 0);
	}

	/** Filled rectangles (cells); outlines are drawn with fill="none" and do not count. */
	private static int filledRects(String svg) {
		Matcher m = Pattern.compile("<rect [^>]*>").matcher(svg);
		int n = 0;
		while (m.find()) {
			if (!m.group().contains("fill=\"none\"")) {
				n++;
			}
		}
		return n;
	}

	private static Event keyEvent(int keyCode) {
		Event e = new Event();
		e.keyCode = keyCode;
		return e;
	}

	private static Label findLabel(Control control, String prefix) {
		if (control instanceof Label l && l.getText().startsWith(prefix)) {
			return l;
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				var found = findLabel(child, prefix);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Button findButton(Control control, String prefix) {
		if (control instanceof Button b && b.getText().startsWith(prefix)) {
			return b;
		}
		if (control instanceof Composite c) {
			for (Control child : c.getChildren()) {
				Button found = findButton(child, prefix);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static void post(Display display, int type, int x, int y) {
		Event e = new Event();
		e.type = type;
		e.x = x;
		e.y = y;
		display.post(e);
		Screenshots.settle(display, 150);
	}
}
