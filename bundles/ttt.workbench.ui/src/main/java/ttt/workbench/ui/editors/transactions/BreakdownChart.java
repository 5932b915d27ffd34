package ttt.workbench.ui.editors.transactions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.charts.Markers;

/**
 * How the updates ended: one bar per outcome (commits and each rollback reason), categories named on the axis so the
 * bars are told apart by label as well as colour. One bar series per outcome, stacked on its own category.
 */
final class BreakdownChart implements Exportable {

	static final String SERIES_PREFIX = "count: ";

	private final Chart chart;
	private final Supplier<String> name;
	private Map<RollbackReason, Integer> counts = new LinkedHashMap<>();

	BreakdownChart(Composite parent, Supplier<String> name) {
		this.name = name;
		chart = new Chart(parent, SWT.NONE);
		chart.getLegend().setVisible(false); // the categories name the bars
		chart.getAxisSet().getXAxis(0).enableCategory(true);
		ChartTheme.apply(chart, "outcome", "updates");
		Exports.addContextMenu(this);
	}

	Chart chart() {
		return chart;
	}

	Map<RollbackReason, Integer> counts() {
		return counts;
	}

	void show(Map<RollbackReason, Integer> counts, String scope) {
		this.counts = new LinkedHashMap<>(counts);
		for (var s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
		int total = counts.values().stream().mapToInt(Integer::intValue).sum();
		chart.getTitle().setText("Outcomes of " + total + " updates (" + scope + ")");
		List<RollbackReason> reasons = List.copyOf(counts.keySet());
		String[] categories = reasons.stream().map(r -> category(r) + " " + counts.get(r)).toArray(String[]::new);
		chart.getAxisSet().getXAxis(0).setCategorySeries(categories);
		for (int i = 0; i < reasons.size(); i++) {
			RollbackReason r = reasons.get(i);
			double[] y = new double[reasons.size()];
			y[i] = counts.get(r);
			IBarSeries<?> bar = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, SERIES_PREFIX + r.status());
			bar.setYSeries(y);
			bar.setBarColor(new Color(Markers.color(r)));
			bar.enableStack(true);
		}
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** Short axis categories: the shapes and full names are in the table, the tooltip and the export. */
	static String category(RollbackReason r) {
		return switch (r) {
		case COMMITTED -> "commit";
		case NON_FINITE -> "non-finite";
		case GRAD_NORM -> "grad_norm";
		case LOSS_REGRESSION -> "loss";
		case STATE_NORM -> "state norm";
		case UNKNOWN -> "unknown";
		};
	}

	@Override
	public Control control() {
		return chart;
	}

	@Override
	public String suggestedName() {
		return name.get();
	}

	@Override
	public void paint(Drawing drawing, int width, int height) {
		PlotPainter.paintBars(drawing, chart.getTitle().getText(), counts, width, height);
	}

	@Override
	public CsvTable data() {
		CsvTable t = new CsvTable(List.of("outcome", "status", "count"));
		counts.forEach((r, n) -> t.row(List.of(r.label(), r.status(), n)));
		return t;
	}
}
