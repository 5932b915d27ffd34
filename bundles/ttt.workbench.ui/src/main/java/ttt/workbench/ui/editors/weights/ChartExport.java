package ttt.workbench.ui.editors.weights;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartVectorExport;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;

/**
 * A statistics chart as an export source: PNG (a capture) and its series as CSV, one row per category (state or
 * singular value index), one column per series; SVG through the shared chart renderer.
 */
final class ChartExport implements Exportable {

	private final Chart chart;
	private final String name;

	ChartExport(Chart chart, String name) {
		this.chart = chart;
		this.name = name;
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
		ISeries<?>[] series = chart.getSeriesSet().getSeries();
		String[] categories = chart.getAxisSet().getXAxis(0).getCategorySeries();
		List<String> header = new ArrayList<>();
		header.add(chart.getAxisSet().getXAxis(0).getTitle().getText());
		for (ISeries<?> s : series) {
			header.add(s.getId());
		}
		CsvTable table = new CsvTable(header);
		int rows = 0;
		for (ISeries<?> s : series) {
			rows = Math.max(rows, s.getYSeries().length);
		}
		for (int i = 0; i < rows; i++) {
			List<Object> row = new ArrayList<>();
			row.add(categories != null && i < categories.length ? categories[i] : Integer.toString(i + 1));
			for (ISeries<?> s : series) {
				double[] y = s.getYSeries();
				row.add(i < y.length ? Double.toString(y[i]) : "");
			}
			table.row(row);
		}
		return table;
	}
}
