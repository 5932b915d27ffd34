package ttt.workbench.ui.editors.architecture;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.weights.Histogram;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.GcDrawing;

/**
 * A histogram of the frozen decay values over [0, 1] with counts on the bars, min and max marked: how fast each state
 * channel forgets (near 0: within a step; near 1: long memory). Painted through {@link Drawing}.
 */
public final class DecayHistogramCanvas extends Canvas implements Exportable {

	private static final RGB TEXT = new RGB(30, 30, 30);
	private static final RGB AXIS = new RGB(120, 120, 120);

	private Histogram histogram;
	private double min;
	private double max;
	private String name = "decay_histogram";

	public DecayHistogramCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		ChartTheme.applyToCanvas(this);
		addPaintListener(e -> paint(new GcDrawing(e.gc), getSize().x, getSize().y));
	}

	public void setHistogram(Histogram histogram, double min, double max, String exportName) {
		this.histogram = histogram;
		this.min = min;
		this.max = max;
		this.name = exportName;
		redraw();
	}

	public Histogram histogram() {
		return histogram;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 560 : wHint, hHint == SWT.DEFAULT ? 260 : hHint);
	}

	@Override
	public Control control() {
		return this;
	}

	@Override
	public String suggestedName() {
		return name;
	}

	@Override
	public void paint(Drawing d, int width, int height) {
		d.fill(new RGB(255, 255, 255));
		d.fillPolygon(new int[] { 0, 0, width, 0, width, height, 0, height });
		d.stroke(TEXT);
		if (histogram == null || histogram.total() == 0) {
			d.text("No decay values (the base checkpoint has no a_raw).", 8, 8);
			return;
		}
		int lineH = d.textExtent("Ag").y;
		d.text("Decay a = exp(−softplus(a_raw)·dt), " + histogram.total() + " values, min " + Numbers.short4(min) + ", max "
				+ Numbers.short4(max), 8, 4);
		int left = 40;
		int right = width - 16;
		int top = 3 * lineH + 14;
		int bottom = height - 2 * lineH - 8;
		int bins = histogram.counts().length;
		int most = 1;
		for (int c : histogram.counts()) {
			most = Math.max(most, c);
		}
		double binW = (right - left) / (double) bins;
		for (int i = 0; i < bins; i++) {
			int c = histogram.counts()[i];
			int h = (int) Math.round((bottom - top) * c / (double) most);
			int x = left + (int) Math.round(i * binW);
			int w = Math.max(1, (int) Math.round((i + 1) * binW) - (int) Math.round(i * binW) - 1);
			d.fill(ArchitectureDiagram.FROZEN);
			d.fillRect(x, bottom - h, w, h);
			d.stroke(ArchitectureDiagram.FROZEN_EDGE);
			d.rect(x, bottom - h, w, h);
			if (c > 0) {
				d.stroke(TEXT);
				String s = Integer.toString(c);
				d.text(s, x + (w - d.textExtent(s).x) / 2, bottom - h - lineH - 1);
			}
		}
		d.stroke(AXIS);
		d.line(left, bottom, right, bottom);
		d.line(left, top, left, bottom);
		d.stroke(TEXT);
		double lo = histogram.lo();
		double hi = histogram.hi();
		for (int i = 0; i <= 4; i++) {
			double v = lo + (hi - lo) * i / 4;
			int x = left + (int) Math.round((right - left) * i / 4.0);
			d.line(x, bottom, x, bottom + 4);
			String s = String.format(Locale.ROOT, "%.4f", v);
			d.text(s, Math.max(0, Math.min(width - d.textExtent(s).x, x - d.textExtent(s).x / 2)), bottom + 5);
		}
		d.text("count", 4, top - lineH - 2);
		d.text("decay value, bins over [min, max] (0: forgets at once, 1: keeps everything)", left, bottom + lineH + 6);
		// where [min, max] lies within (0, 1)
		int stripLeft = right - 160;
		int stripY = 2 * lineH + 2;
		d.stroke(AXIS);
		d.line(stripLeft, stripY, right, stripY);
		d.line(stripLeft, stripY - 3, stripLeft, stripY + 3);
		d.line(right, stripY - 3, right, stripY + 3);
		d.fill(ArchitectureDiagram.FROZEN_EDGE);
		int a = stripLeft + (int) Math.round((right - stripLeft) * min);
		int b = stripLeft + (int) Math.round((right - stripLeft) * max);
		d.fillPolygon(new int[] { a, stripY - 4, Math.max(a + 2, b), stripY - 4, Math.max(a + 2, b), stripY + 4, a, stripY + 4 });
		d.stroke(TEXT);
		d.text("0", stripLeft - d.textExtent("0").x - 3, stripY - lineH / 2);
		d.text("1", right + 3, stripY - lineH / 2);
	}

	@Override
	public CsvTable data() {
		CsvTable t = new CsvTable(List.of("bin_low", "bin_high", "count"));
		if (histogram != null) {
			for (int i = 0; i < histogram.counts().length; i++) {
				t.row(List.of(histogram.binLow(i), histogram.binHigh(i), histogram.counts()[i]));
			}
		}
		return t;
	}
}
