package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IErrorBar;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.experiment.Dimension;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.analysis.experiment.ScatterModel;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.ChartVectorExport;
import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;

/**
 * Scatter: any parameter or figure against any other, each member a dot coloured by a third, and per configuration the
 * mean over its seeds with ± one standard deviation as error bars in both directions. Shows the members that pass the
 * filter and brushes; selected members are ringed. Clicking a dot selects its session.
 */
public final class ScatterPage extends ExperimentPage {

	public static final String ID = "ttt.workbench.ui.editors.experiment.scatter";
	public static final String CHART_KEY = "ttt.experiment.scatter.chart";
	public static final String MEMBERS = "members";
	public static final String MEANS = "configuration mean ± std";
	public static final String SELECTED = "selected";

	ScatterPage(FormEditor formEditor, ExperimentContext editor) {
		super(formEditor, editor, ID, "Scatter");
	}

	@Override
	protected String title() {
		return "Scatter";
	}

	@Override
	protected void createParts(IManagedForm managed, Composite body) {
		managed.addPart(new ScatterPart(editor, body, managed.getToolkit()));
	}

	static final class ScatterPart extends ExperimentPage.Part {

		private Combo xCombo;
		private Combo yCombo;
		private Combo colorCombo;
		private Label legend;
		private Chart chart;
		private ChartVectorExport export;
		private ScatterModel model;
		private List<Dimension> choices = List.of();
		private String xKey = "mu";
		private String yKey = Figure.ONLINE.key();
		private String colorKey = "lr";

		ScatterPart(ExperimentContext editor, Composite parent, FormToolkit tk) {
			super(editor, parent, tk, "Members and configurations",
					"Dots: members (coloured by the third choice); black squares with bars: each configuration's mean ± std over its seeds. Click a dot to select its session.",
					true);
		}

		@Override
		protected void createClient(Composite client, FormToolkit tk) {
			GridLayoutFactory.fillDefaults().numColumns(7).applyTo(client);
			xCombo = combo(client, tk, "&x:", "What the horizontal axis shows");
			yCombo = combo(client, tk, "&y:", "What the vertical axis shows");
			colorCombo = combo(client, tk, "C&olour:", "What colours the dots (learning: blue learns, red got worse; others: dark purple low, yellow high)");
			tk.createLabel(client, ""); // the legend gets a line of its own: it names the colour scale's ends
			legend = tk.createLabel(client, "");
			GridDataFactory.fillDefaults().span(7, 1).grab(true, false).applyTo(legend);
			chart = new Chart(client, SWT.NONE);
			chart.setData(CHART_KEY, Boolean.TRUE);
			chart.getTitle().setVisible(false);
			ChartTheme.apply(chart, null, null);
			chart.getPlotArea().getControl().setToolTipText("Click a dot to select its session (Ctrl+click adds); Enter opens it");
			GridDataFactory.fillDefaults().span(7, 1).grab(true, true).hint(400, 300).applyTo(chart);
			export = new ChartVectorExport(chart, List::of, this::data, () -> name());
			export.addContextMenu();
			chart.getPlotArea().getControl().addListener(SWT.MouseDown, e -> {
				if (e.button == 1) {
					Control plot = chart.getPlotArea().getControl();
					Point p = new Point(e.x, e.y);
					if (!plot.getBounds().contains(plot.getLocation().x + p.x, plot.getLocation().y + p.y)) {
						p = plot.toControl(plot.getDisplay().getCursorLocation()); // GTK's synthetic input: as TreeCanvas
					}
					pick(p.x, p.y, (e.stateMask & SWT.MOD1) != 0);
				}
			});
			chart.getPlotArea().getControl().addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
					editor.openSelected();
				}
			});
		}

		private Combo combo(Composite client, FormToolkit tk, String label, String tooltip) {
			tk.createLabel(client, label);
			Combo c = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
			c.setToolTipText(tooltip);
			c.setVisibleItemCount(20);
			c.addListener(SWT.Selection, e -> {
				xKey = key(xCombo);
				yKey = key(yCombo);
				colorKey = key(colorCombo);
				model = null;
				changed(Change.FILTER);
			});
			return c;
		}

		private String key(Combo c) {
			int i = c.getSelectionIndex();
			return i < 0 || i >= choices.size() ? null : choices.get(i).key();
		}

		private String name() {
			Experiment e = editor.experiment();
			return (e == null ? "experiment" : e.name()) + "_scatter_" + xKey + "_" + yKey;
		}

		@Override
		protected void changed(Change change) {
			Experiment e = editor.experiment();
			if (e == null) {
				legend.setText(editor.loadError() == null ? "Loading…" : "Cannot load: " + editor.loadError());
				return;
			}
			if (change == Change.EXPERIMENT || !choices.equals(e.dimensions())) {
				fillCombos(e);
			}
			Dimension x = e.dimension(xKey);
			Dimension y = e.dimension(yKey);
			Dimension c = colorKey == null ? null : e.dimension(colorKey);
			if (x == null || y == null) {
				return;
			}
			model = ScatterModel.of(e, x, y, c, editor.state().visible());
			show(model, editor.state().picked());
		}

		private void fillCombos(Experiment e) {
			choices = e.dimensions();
			for (Combo c : List.of(xCombo, yCombo, colorCombo)) {
				c.removeAll();
				for (Dimension d : choices) {
					c.add(d.key() + (d.kind() == Dimension.Kind.FIGURE ? " — " + d.label() : ""));
				}
			}
			if (e.dimension(xKey) == null) {
				xKey = e.parameters().isEmpty() ? Figure.TOTAL.key() : e.parameters().get(0).key();
			}
			if (colorKey != null && e.dimension(colorKey) == null) {
				colorKey = e.parameters().size() > 1 ? e.parameters().get(1).key() : Figure.COMMIT_RATE.key();
			}
			xCombo.select(choices.indexOf(e.dimension(xKey)));
			yCombo.select(choices.indexOf(e.dimension(yKey)));
			colorCombo.select(colorKey == null ? -1 : choices.indexOf(e.dimension(colorKey)));
			xCombo.getParent().layout(true);
		}

		private void show(ScatterModel m, BitSet selected) {
			for (var s : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(s.getId());
			}
			IAxis xAxis = chart.getAxisSet().getXAxis(0);
			IAxis yAxis = chart.getAxisSet().getYAxis(0);
			xAxis.getTitle().setText(m.x().label() + (m.x().logScale() ? " (log)" : ""));
			yAxis.getTitle().setText(m.y().label() + (m.y().logScale() ? " (log)" : ""));
			xAxis.enableLogScale(false);
			yAxis.enableLogScale(false);
			List<ScatterModel.Point> points = m.points();
			MemberColors palette = MemberColors.of(m.experiment(), m.colour());
			int n = points.size();
			double[] xs = new double[n];
			double[] ys = new double[n];
			Color[] colors = new Color[n];
			List<Integer> ringed = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				ScatterModel.Point p = points.get(i);
				xs[i] = p.x();
				ys[i] = p.y();
				int rgb = palette.colors()[p.member()];
				colors[i] = new Color(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
				if (selected.get(p.member())) {
					ringed.add(i);
				}
			}
			ILineSeries<?> dots = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, MEMBERS);
			dots.setDescription("members (" + n + "), coloured by " + (m.colour() == null ? "nothing" : m.colour().key()));
			dots.setLineStyle(LineStyle.NONE);
			dots.setSymbolType(PlotSymbolType.CIRCLE);
			dots.setSymbolSize(5);
			dots.setXSeries(xs);
			dots.setYSeries(ys);
			dots.setSymbolColor(new Color(new RGB(33, 144, 141)));
			if (n > 0) {
				dots.setSymbolColors(colors);
			}
			List<ScatterModel.Group> groups = m.groups();
			double[] mx = new double[groups.size()], my = new double[groups.size()];
			double[] sx = new double[groups.size()], sy = new double[groups.size()];
			for (int g = 0; g < groups.size(); g++) {
				ScatterModel.Group gr = groups.get(g);
				mx[g] = gr.x().mean();
				my[g] = gr.y().mean();
				sx[g] = Double.isNaN(gr.x().std()) ? 0 : gr.x().std();
				sy[g] = Double.isNaN(gr.y().std()) ? 0 : gr.y().std();
			}
			ILineSeries<?> means = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, MEANS);
			means.setLineStyle(LineStyle.NONE);
			means.setSymbolType(PlotSymbolType.SQUARE);
			means.setSymbolSize(3);
			means.setSymbolColor(new Color(new RGB(20, 20, 20)));
			means.setXSeries(mx);
			means.setYSeries(my);
			errorBar(means.getXErrorBar(), sx);
			errorBar(means.getYErrorBar(), sy);
			if (!ringed.isEmpty()) {
				ILineSeries<?> ring = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, SELECTED);
				ring.setDescription("selected");
				ring.setLineStyle(LineStyle.NONE);
				ring.setSymbolType(PlotSymbolType.DIAMOND);
				ring.setSymbolSize(8);
				ring.setSymbolColor(new Color(new RGB(220, 30, 30)));
				ring.setXSeries(ringed.stream().mapToDouble(i -> xs[i]).toArray());
				ring.setYSeries(ringed.stream().mapToDouble(i -> ys[i]).toArray());
			}
			logIfWanted(xAxis, m.x());
			logIfWanted(yAxis, m.y());
			chart.getAxisSet().adjustRange();
			if (!xAxis.isLogScaleEnabled()) {
				pad(xAxis);
			}
			if (!yAxis.isLogScaleEnabled()) {
				pad(yAxis);
			}
			legend.setText(n + " of " + m.experiment().size() + " members · " + palette.legend());
			legend.getParent().layout(new Control[] { legend });
			chart.redraw();
		}

		/** A dimension spanning decades (a learning rate) on a log axis, when every plotted value is positive. */
		private static void logIfWanted(IAxis axis, Dimension d) {
			if (d.logScale()) {
				try {
					axis.enableLogScale(true);
				} catch (IllegalStateException e) {
					axis.enableLogScale(false); // an error bar or value ≤ 0: stay linear
				}
			}
		}

		private static void errorBar(IErrorBar bar, double[] std) {
			bar.setType(IErrorBar.ErrorBarType.BOTH);
			bar.setPlusErrors(std);
			bar.setMinusErrors(std);
			bar.setColor(new Color(new RGB(60, 60, 60)));
			bar.setVisible(true);
		}

		/** 5 % of room around the data, so dots on the edge are whole. */
		private static void pad(IAxis axis) {
			Range r = axis.getRange();
			double span = r.upper - r.lower;
			double pad = span > 0 ? span * 0.05 : Math.max(1e-9, Math.abs(r.lower) * 0.05 + 1e-9);
			axis.setRange(new Range(r.lower - pad, r.upper + pad));
		}

		private void pick(int px, int py, boolean add) {
			if (model == null) {
				return;
			}
			IAxis xAxis = chart.getAxisSet().getXAxis(0);
			IAxis yAxis = chart.getAxisSet().getYAxis(0);
			int best = -1;
			double bestDist = 7;
			for (ScatterModel.Point p : model.points()) {
				double dist = Math.hypot(xAxis.getPixelCoordinate(p.x()) - px, yAxis.getPixelCoordinate(p.y()) - py);
				if (dist < bestDist) {
					bestDist = dist;
					best = p.member();
				}
			}
			BitSet sel = add ? (BitSet) editor.state().picked().clone() : new BitSet();
			if (best >= 0) {
				sel.set(best);
			}
			editor.select(sel);
		}

		CsvTable data() {
			return model == null ? new CsvTable(List.of("member")) : CsvTable.parse(model.csv());
		}
	}
}
