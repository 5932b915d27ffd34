package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import ttt.workbench.ui.editors.experiment.ParallelCoordinatesCanvas;
import ttt.workbench.ui.editors.experiment.ParallelPlot;

/**
 * Benchmark, not a test of speed: painting a 1,000-line parallel-coordinates canvas (11 axes, 1500 × 700) and a brush
 * drag over it. Prints the figures (first paint, a repaint from the line image, frames of a drag that changes which
 * members pass on every move); asserts only that it painted. The README quotes the figures.
 */
public class ExperimentParallelBenchUITest {

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path tmp;

	/**
	 * A 1,000-point sweep (synthetic curves, the analysis bundle's generator): how long the Experiment editor takes from
	 * Open to a filled table, and then to a painted parallel-coordinates page; a real brush drag on its μ axis. Printed.
	 */
	@Test
	public void opensAThousandPointSweep() throws Exception {
		var generated = ttt.workbench.analysis.internal.bench.SyntheticSweepStore.generate(tmp.resolve("big"), "big", 1000, 4, 1, 100,
				false, 3);
		org.eclipse.ui.IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		org.eclipse.ui.IWorkbenchPage page = window.getActivePage();
		page.closeAllEditors(false);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1600, 1000);
		Display display = shell.getDisplay();
		SessionsFixture.open(generated.root(), display);
		long t0 = System.nanoTime();
		var editor = (ttt.workbench.ui.editors.experiment.ExperimentEditor) page.openEditor(
				ttt.workbench.ui.editors.experiment.ExperimentEditorInput.ofSweep(generated.root(), "big"),
				ttt.workbench.ui.editors.experiment.ExperimentEditor.ID);
		double opened = (System.nanoTime() - t0) / 1e6;
		org.eclipse.swt.widgets.Table points = ExperimentEditorUITest.byKey(shell, ttt.workbench.ui.editors.experiment.TablePage.POINTS_KEY,
				org.eclipse.swt.widgets.Table.class);
		UiTestSupport.waitFor(display, () -> editor.experiment() != null && points.getItemCount() == 1000, 60);
		double table = (System.nanoTime() - t0) / 1e6;
		page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		long t1 = System.nanoTime();
		editor.setActivePage(ttt.workbench.ui.editors.experiment.ParallelCoordinatesPage.ID);
		ParallelCoordinatesCanvas canvas = ExperimentEditorUITest.byKey(shell,
				ttt.workbench.ui.editors.experiment.ParallelCoordinatesPage.CANVAS_KEY, ParallelCoordinatesCanvas.class);
		canvas.update();
		Screenshots.settle(display, 50);
		double parallel = (System.nanoTime() - t1) / 1e6;
		org.eclipse.swt.graphics.Point from = canvas.toDisplay(canvas.axisX(1), canvas.fractionY(1.0) - 2);
		org.eclipse.swt.graphics.Point to = canvas.toDisplay(canvas.axisX(1), canvas.fractionY(0.5));
		long t2 = System.nanoTime();
		Widgets.drag(display, from, to, null);
		double drag = (System.nanoTime() - t2) / 1e6;
		Widgets.post(display, SWT.MouseMove, canvas.toDisplay(canvas.getSize().x - 5, 5).x, canvas.toDisplay(0, 5).y, 0);
		Screenshots.settle(display, 300);
		System.out.println(String.format(Locale.ROOT,
				"[bench] experiment editor, %d points (%d configurations): openEditor %.0f ms, table filled %.0f ms after Open, parallel page "
						+ "shown %.0f ms, a real 10-move brush drag %.0f ms (incl. 120 ms settle per event), %d members pass",
				editor.experiment().size(), editor.experiment().configurations().size(), opened, table, parallel, drag,
				editor.state().visible().cardinality()));
		Screenshots.ofShell(shell, "experiment-1000-points-parallel");
		page.setPartState(page.getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		page.closeAllEditors(false);
	}

	@Test
	public void paintsAThousandLines() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Shell shell = new Shell(display, SWT.SHELL_TRIM);
		shell.setLayout(new FillLayout());
		shell.setBounds(0, 0, 1500, 700);
		ParallelCoordinatesCanvas canvas = new ParallelCoordinatesCanvas(shell);
		shell.open();
		Screenshots.settle(display, 300);
		int lines = 1000, axes = 11;
		Random random = new Random(7);
		List<ParallelPlot.Axis> list = new ArrayList<>();
		for (int a = 0; a < axes; a++) {
			float[] p = new float[lines];
			for (int l = 0; l < lines; l++) {
				p[l] = a < 2 ? (l % (a == 0 ? 5 : 4)) / (a == 0 ? 4f : 3f) : (float) random.nextDouble();
			}
			list.add(new ParallelPlot.Axis("axis " + a, "axis " + a, p, new double[] { 0, 0.5, 1 }, new String[] { "0", "0.5", "1" }));
		}
		int[] colors = new int[lines];
		for (int l = 0; l < lines; l++) {
			colors[l] = random.nextInt(0xFFFFFF);
		}
		BitSet all = new BitSet();
		all.set(0, lines);
		ParallelPlot plot = new ParallelPlot(List.copyOf(list), lines, colors, all, new BitSet(), new double[axes][], "colour: random");

		// GTK 3 paints on its frame clock, so redraw() + update() may return before painting: each frame is painted
		// synchronously with Control.print (the paint listener, as on screen) into an image of the canvas's size
		org.eclipse.swt.graphics.Image target = new org.eclipse.swt.graphics.Image(display, canvas.getSize().x, canvas.getSize().y);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(target);
		long t0 = System.nanoTime();
		canvas.setPlot(plot);
		canvas.print(gc);
		double first = (System.nanoTime() - t0) / 1e6;

		int repaints = 30;
		t0 = System.nanoTime();
		for (int i = 0; i < repaints; i++) {
			canvas.print(gc);
		}
		double cached = (System.nanoTime() - t0) / 1e6 / repaints;

		// a drag down axis 2: the brush grows by a step each frame, so the passing members change every frame
		int frames = 60;
		double[] perFrame = new double[frames];
		t0 = System.nanoTime();
		for (int f = 0; f < frames; f++) {
			long s = System.nanoTime();
			double hi = 1, lo = 1 - (f + 1) / (double) frames;
			BitSet active = new BitSet();
			float[] p = list.get(2).positions();
			for (int l = 0; l < lines; l++) {
				if (p[l] >= lo && p[l] <= hi) {
					active.set(l);
				}
			}
			double[][] brushes = new double[axes][];
			brushes[2] = new double[] { lo, hi };
			canvas.setPlot(new ParallelPlot(plot.axes(), lines, colors, active, new BitSet(), brushes, "colour: random"));
			canvas.print(gc);
			perFrame[f] = (System.nanoTime() - s) / 1e6;
		}
		double drag = (System.nanoTime() - t0) / 1e6 / frames;
		java.util.Arrays.sort(perFrame);
		System.out.println(String.format(Locale.ROOT,
				"[bench] parallel coordinates, %d lines × %d axes, %d×%d: first paint %.1f ms, repaint from the line image %.2f ms, "
						+ "brush drag %.1f ms/frame (median %.1f, worst %.1f) = %.0f frames/s, last paint handler %.1f ms",
				lines, axes, canvas.getSize().x, canvas.getSize().y, first, cached, drag, perFrame[frames / 2], perFrame[frames - 1],
				1000 / drag, canvas.lastPaintMillis()));
		assertEquals(lines, canvas.plot().lines());
		canvas.redraw();
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "experiment-parallel-1000-lines");
		gc.dispose();
		target.dispose();
		shell.dispose();
	}
}
