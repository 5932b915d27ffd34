package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.analysis.experiment.LineageEffect;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.ChartVectorExport;
import ttt.workbench.ui.charts.Palette;
import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;
import ttt.workbench.ui.views.compare.CurveStyle;

/**
 * Lineage effect, for sweeps that fork a parent (and hand-picked forks): left, each child's figure in its first run
 * against its parent's in the run it forked from (on the dashed diagonal the child is as good as the parent); right,
 * what the child knew when it started (its first run's persistent learning) against what the parent had learned by
 * the end of that run (its total learning) — persistent learning carried across the fork. One colour per
 * configuration.
 */
public final class LineageEffectPage extends ExperimentPage {

	public static final String ID = "ttt.workbench.ui.editors.experiment.lineage";
	public static final String MESSAGE_KEY = "ttt.experiment.lineage.message";

	LineageEffectPage(FormEditor formEditor, ExperimentContext editor) {
		super(formEditor, editor, ID, "Lineage effect");
	}

	@Override
	protected String title() {
		return "Lineage effect";
	}

	@Override
	protected void createParts(IManagedForm managed, Composite body) {
		managed.addPart(new EffectPart(editor, body, managed.getToolkit()));
	}

	static final class EffectPart extends ExperimentPage.Part {

		private Combo figure;
		private Label message;
		private Composite charts;
		private Chart versus;
		private Chart carried;
		private LineageEffect effect;
		private Figure chosen = Figure.ONLINE;

		EffectPart(ExperimentContext editor, Composite parent, FormToolkit tk) {
			super(editor, parent, tk, "Children against their parents",
					"Left: the child's first run against the parent run it forked from. Right: learning carried across the fork.", true);
		}

		@Override
		protected void createClient(Composite client, FormToolkit tk) {
			GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(false).applyTo(client);
			tk.createLabel(client, "&Figure:");
			figure = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
			figure.setToolTipText("The figure compared between child and parent (left chart)");
			for (Figure f : Figure.values()) {
				figure.add(f.label());
			}
			figure.select(Figure.ONLINE.ordinal()); // (fields are not initialised yet: createClient runs in the super constructor)
			figure.addListener(SWT.Selection, e -> {
				chosen = Figure.values()[figure.getSelectionIndex()];
				changed(Change.FILTER);
			});
			message = tk.createLabel(client, "", SWT.WRAP);
			message.setData(MESSAGE_KEY, Boolean.TRUE);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
			charts = tk.createComposite(client);
			GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).applyTo(charts);
			GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(charts);
			versus = chart(charts, "parent run", "child's first run");
			carried = chart(charts, "parent's total learning by the end of its run", "child's persistent learning at its start");
			new ChartVectorExport(versus, List::of, this::data, () -> name("lineage")).addContextMenu();
			new ChartVectorExport(carried, List::of, this::data, () -> name("carried")).addContextMenu();
		}

		private static Chart chart(Composite parent, String x, String y) {
			Chart c = new Chart(parent, SWT.NONE);
			c.getTitle().setVisible(false);
			ChartTheme.apply(c, x, y);
			c.getLegend().setPosition(SWT.RIGHT);
			GridDataFactory.fillDefaults().grab(true, true).hint(300, 300).applyTo(c);
			return c;
		}

		private String name(String what) {
			Experiment e = editor.experiment();
			return (e == null ? "experiment" : e.name()) + "_" + what;
		}

		@Override
		protected void changed(Change change) {
			Experiment e = editor.experiment();
			if (e == null) {
				message.setText(editor.loadError() == null ? "Loading…" : "Cannot load: " + editor.loadError());
				return;
			}
			if (!LineageEffect.applies(e)) {
				effect = null;
				message.setText("No member of this experiment is a fork of a session that had run, so there is no parent to compare with."
						+ " Sweeps with 'from: <session>' (and hand-picked forks) show here how much of the parent's learning each child keeps.");
				clear(versus);
				clear(carried);
				showCharts(false);
				return;
			}
			showCharts(true);
			effect = LineageEffect.of(e, chosen, editor.state().visible());
			message.setText(effect.rows().size() + " forks shown. On the dashed diagonal a child equals its parent;"
					+ " above it the child did better (learning and commits), below it worse.");
			message.getParent().layout(true);
			plot(versus, e, r -> r.parent(), r -> r.child(), chosen.label());
			plot(carried, e, LineageEffect.Row::parentTotal, LineageEffect.Row::carried, "persistent learning");
		}

		/** Empty charts are only empty space: they are left out when there is nothing to compare. */
		private void showCharts(boolean show) {
			((GridData) charts.getLayoutData()).exclude = !show;
			charts.setVisible(show);
			message.getParent().layout(true);
		}

		private static void clear(Chart c) {
			for (var s : c.getSeriesSet().getSeries()) {
				c.getSeriesSet().deleteSeries(s.getId());
			}
			c.redraw();
		}

		private void plot(Chart c, Experiment e, ToDoubleFunction<LineageEffect.Row> fx,
				ToDoubleFunction<LineageEffect.Row> fy, String what) {
			clear(c);
			Map<Integer, List<LineageEffect.Row>> byConfig = new TreeMap<>();
			for (LineageEffect.Row r : effect.rows()) {
				byConfig.computeIfAbsent(e.configurationOf(r.member()).index(), k -> new ArrayList<>()).add(r);
			}
			double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
			int i = 0;
			for (var entry : byConfig.entrySet()) {
				List<LineageEffect.Row> rows = entry.getValue().stream()
						.filter(r -> Double.isFinite(fx.applyAsDouble(r)) && Double.isFinite(fy.applyAsDouble(r))).toList();
				if (rows.isEmpty()) {
					continue;
				}
				double[] xs = rows.stream().mapToDouble(fx).toArray();
				double[] ys = rows.stream().mapToDouble(fy).toArray();
				for (int k = 0; k < xs.length; k++) {
					lo = Math.min(lo, Math.min(xs[k], ys[k]));
					hi = Math.max(hi, Math.max(xs[k], ys[k]));
				}
				ILineSeries<?> s = (ILineSeries<?>) c.getSeriesSet().createSeries(SeriesType.LINE, "c" + entry.getKey());
				s.setDescription(GroupedCurvesPage.CurvesPart.label(e.configurations().get(entry.getKey())));
				s.setLineStyle(LineStyle.NONE);
				s.setSymbolType(PlotSymbolType.values()[1 + i % 4]);
				s.setSymbolSize(Math.max(3, 8 - i)); // later configurations smaller: identical points stay visible
				s.setSymbolColor(new Color(CurveStyle.of(i).color()));
				s.setXSeries(xs);
				s.setYSeries(ys);
				i++;
			}
			if (hi >= lo) {
				ILineSeries<?> diagonal = (ILineSeries<?>) c.getSeriesSet().createSeries(SeriesType.LINE, "diagonal");
				diagonal.setDescription("child = parent");
				diagonal.setXSeries(new double[] { lo, hi });
				diagonal.setYSeries(new double[] { lo, hi });
				diagonal.setLineColor(new Color(Palette.rgb(SeriesColor.BASE)));
				diagonal.setLineStyle(LineStyle.DASH);
				diagonal.setSymbolType(PlotSymbolType.NONE);
				double pad = hi > lo ? (hi - lo) * 0.05 : 1e-3;
				for (IAxis a : new IAxis[] { c.getAxisSet().getXAxis(0), c.getAxisSet().getYAxis(0) }) {
					a.setRange(new Range(lo - pad, hi + pad));
				}
			}
			c.getLegend().setVisible(i <= 12);
			c.redraw();
		}

		CsvTable data() {
			return effect == null ? new CsvTable(List.of("session_id")) : CsvTable.parse(effect.csv());
		}
	}
}
