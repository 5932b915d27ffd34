package ttt.workbench.ui.editors.environment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.ChartVectorExport;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/**
 * An SWTChart line chart over the step t with a vertical line at the replay position. Series differ by colour and
 * line style (colour is never the only cue). Exports PNG (a capture) and CSV of its series.
 */
public final class CursorChart implements Exportable {

	private final Chart chart;
	private final String name;
	private final Map<String, double[]> columns = new LinkedHashMap<>();
	private double[] xs = new double[0];
	private double cursor = Double.NaN;
	private int secondAxis = -1;

	CursorChart(Composite parent, String title, String yTitle, String name) {
		this.name = name;
		chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		ChartTheme.apply(chart, "step t", yTitle);
		chart.getLegend().setPosition(SWT.RIGHT); // beside the plot (never over it): the series names are long
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				if (Double.isNaN(cursor) || xs.length == 0) {
					return;
				}
				int px = chart.getAxisSet().getXAxis(0).getPixelCoordinate(cursor);
				e.gc.setForeground(e.display.getSystemColor(SWT.COLOR_RED));
				e.gc.setLineWidth(1);
				e.gc.setLineStyle(SWT.LINE_SOLID);
				e.gc.drawLine(px, 0, px, e.height);
			}

			@Override
			public boolean drawBehindSeries() {
				return false;
			}
		});
	}

	public Chart chart() {
		return chart;
	}

	void clear(String title) {
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		columns.clear();
		xs = new double[0];
		cursor = Double.NaN;
		chart.getTitle().setText(title);
		chart.redraw();
	}

	void x(double[] x) {
		xs = x.clone();
	}

	void series(String id, double[] y, RGB color, LineStyle style) {
		series(id, y, color, style, null);
	}

	/** A series on a second y axis at the right, titled {@code secondAxisTitle} (null: the left axis). */
	void series(String id, double[] y, RGB color, LineStyle style, String secondAxisTitle) {
		ILineSeries<?> s = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		if (secondAxisTitle != null) {
			if (secondAxis < 0) {
				secondAxis = chart.getAxisSet().createYAxis();
				chart.getAxisSet().getYAxis(secondAxis).setPosition(IAxis.Position.Secondary);
			}
			chart.getAxisSet().getYAxis(secondAxis).getTitle().setText(secondAxisTitle);
			ChartTheme.apply(chart, null, null); // the new axis wears the theme too
			s.setYAxisId(secondAxis);
		}
		s.setXSeries(xs);
		s.setYSeries(y);
		s.setLineColor(new Color(color));
		s.setLineStyle(style);
		s.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		s.setAntialias(SWT.ON);
		columns.put(id, y.clone());
	}

	/** The context menu's exports, on the plot area too (a right click lands there). */
	void addExportMenu() {
		Exports.addContextMenu(this);
		chart.getPlotArea().getControl().setMenu(chart.getMenu());
	}

	/** The first {@code n} steps as the chart's x values. */
	static double[] steps(int[] t, int n) {
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = t[i];
		}
		return x;
	}

	void fit() {
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	void cursor(double t) {
		if (t != cursor) {
			cursor = t;
			chart.redraw();
		}
	}

	/** The t of the vertical line (NaN: none). */
	public double cursor() {
		return cursor;
	}

	@Override
	public Control control() {
		return chart;
	}

	@Override
	public String suggestedName() {
		return name;
	}

	/** The chart as it is on screen (ranges, both y axes, lines and bars, legend), drawn by the shared chart renderer. */
	@Override
	public void paint(Drawing drawing, int width, int height) {
		new ChartVectorExport(chart, List::of, this::data, this::suggestedName).paint(drawing, width, height);
	}

	@Override
	public CsvTable data() {
		List<String> header = new ArrayList<>();
		header.add("t");
		header.addAll(columns.keySet());
		CsvTable table = new CsvTable(header);
		for (int i = 0; i < xs.length; i++) {
			List<Object> row = new ArrayList<>();
			row.add((long) xs[i]);
			for (double[] c : columns.values()) {
				row.add(i < c.length ? c[i] : null);
			}
			table.row(row);
		}
		return table;
	}
}
