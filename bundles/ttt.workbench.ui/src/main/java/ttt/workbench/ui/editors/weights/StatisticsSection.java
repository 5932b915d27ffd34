package ttt.workbench.ui.editors.weights;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.weights.StateSummary;
import ttt.workbench.analysis.weights.WeightSet;
import ttt.workbench.analysis.weights.WeightSources;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;

/** Statistics of the plastic matrices over the session's weight states: a table, their norms and singular values. */
final class StatisticsSection extends SectionPart {


	private final Table table;
	private final Label note;
	private final Chart norms, singular;
	/** The weight states shown: a change of mode shows the same ones, not worth a second SVD. */
	private WeightSources shown;

	StatisticsSection(Composite parent, FormToolkit toolkit, String sessionId) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section stats = getSection();
		stats.setText("Statistics");
		stats.setDescription("Per weight state of this session (base, parent, each run that kept its end-of-run weights, current). "
				+ "std is the population standard deviation; cond = σ_max / σ_min from a one-sided Jacobi SVD in double precision.");
		Composite body = toolkit.createComposite(stats);
		body.setLayout(new GridLayout(2, true));
		stats.setClient(body);
		table = WidgetIds.name(Tables.create(toolkit, body, "State", "Matrix", "‖W‖_F", "max |w|", "mean", "std", "σ_max", "σ_min", "cond"),
				"weights.statistics");
		((GridData) table.getLayoutData()).horizontalSpan = 2;
		note = toolkit.createLabel(body, "", SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		norms = chart(body, "Frobenius norm per state", "state", "‖W‖_F");
		singular = chart(body, "Singular values of the shown weights", "index k", "σ_k");
		Exports.addContextMenu(new ChartExport(norms, sessionId + "_weight_norms"));
		Exports.addContextMenu(new ChartExport(singular, sessionId + "_singular_values"));
	}

	private static Chart chart(Composite parent, String title, String x, String y) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		ChartTheme.apply(chart, x, y);
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.heightHint = 260;
		chart.setLayoutData(gd);
		return chart;
	}

	@Override
	public boolean setFormInput(Object input) {
		if (!(input instanceof WeightsInput in) || in.sources() == shown) {
			return false;
		}
		shown = in.sources();
		List<StateSummary> summaries = shown.states().stream().map(StateSummary::of).toList();
		showTable(summaries);
		showNorms(summaries);
		showSingularValues();
		return true;
	}

	private void showTable(List<StateSummary> summaries) {
		table.removeAll();
		for (StateSummary s : summaries) {
			for (StateSummary.Entry e : s.entries()) {
				double[] sv = e.singularValues();
				new TableItem(table, SWT.NONE).setText(new String[] { s.state(), e.stats().name(), Numbers.short4(e.stats().frobenius()),
						Numbers.short4(e.stats().maxAbs()), Numbers.short4(e.stats().mean()), Numbers.short4(e.stats().std()),
						Numbers.short4(sv[0]), Numbers.short4(sv[sv.length - 1]), Numbers.short4(e.conditionNumber()) });
			}
		}
		Tables.pack(table);
	}

	private void showNorms(List<StateSummary> summaries) {
		clear(norms);
		String[] categories = summaries.stream().map(StateSummary::state).toArray(String[]::new);
		norms.getAxisSet().getXAxis(0).enableCategory(true);
		norms.getAxisSet().getXAxis(0).setCategorySeries(categories);
		norms.getTitle().setText(shown.runStates() == 0 ? "Frobenius norm per weight state" : "Frobenius norm over the session's runs");
		note.setText(shown.runStates() == 0
				? "No run of this session kept its end-of-run weights (runs written by the reference do not), so the statistics compare the base, the parent and the current weights."
				: shown.runStates() + " run(s) of this session kept their end-of-run weights; each is a point of the chart.");
		for (int i = 0; i < WeightSet.PLASTIC.size(); i++) {
			String name = WeightSet.PLASTIC.get(i);
			double[] y = summaries.stream().mapToDouble(s -> s.entry(name).map(e -> e.stats().frobenius()).orElse(Double.NaN)).toArray();
			ILineSeries<?> series = (ILineSeries<?>) norms.getSeriesSet().createSeries(SeriesType.LINE, name);
			series.setYSeries(y);
			series.setLineColor(ChartTheme.seriesColor(i));
			series.setSymbolColor(ChartTheme.seriesColor(i));
			series.setSymbolType(i == 0 ? ILineSeries.PlotSymbolType.CIRCLE : i == 1 ? ILineSeries.PlotSymbolType.SQUARE : ILineSeries.PlotSymbolType.TRIANGLE);
		}
		norms.getAxisSet().adjustRange();
		IAxis yAxis = norms.getAxisSet().getYAxis(0);
		Range range = yAxis.getRange();
		double pad = Math.max(1e-6, (range.upper - range.lower) * 0.1);
		yAxis.setRange(new Range(range.lower - pad, range.upper + pad));
		norms.redraw();
	}

	private void showSingularValues() {
		clear(singular);
		if (shown.shown().isPresent()) {
			StateSummary summary = StateSummary.of(shown.shown().get());
			int k = summary.entries().stream().mapToInt(e -> e.singularValues().length).max().orElse(0);
			String[] idx = new String[k];
			for (int j = 0; j < k; j++) {
				idx[j] = Integer.toString(j + 1);
			}
			singular.getAxisSet().getXAxis(0).enableCategory(true);
			singular.getAxisSet().getXAxis(0).setCategorySeries(idx);
			singular.getTitle().setText("Singular values of " + shown.shown().get().label());
			for (int i = 0; i < summary.entries().size(); i++) {
				StateSummary.Entry e = summary.entries().get(i);
				double[] sv = new double[k];
				System.arraycopy(e.singularValues(), 0, sv, 0, e.singularValues().length);
				IBarSeries<?> bars = (IBarSeries<?>) singular.getSeriesSet().createSeries(SeriesType.BAR,
						e.stats().name() + " (cond " + Numbers.short4(e.conditionNumber()) + ")");
				bars.setYSeries(sv);
				bars.setBarColor(ChartTheme.seriesColor(i));
			}
			singular.getAxisSet().adjustRange();
		}
		singular.redraw();
	}

	private static void clear(Chart chart) {
		for (var s : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(s.getId());
		}
	}
}
