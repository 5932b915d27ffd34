package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.experiment.Configuration;
import ttt.workbench.analysis.experiment.CurveSource;
import ttt.workbench.analysis.experiment.Dimension;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.GroupedCurves.Alignment;
import ttt.workbench.analysis.experiment.GroupedCurves.Band;
import ttt.workbench.analysis.experiment.GroupedCurves.Options;
import ttt.workbench.analysis.experiment.GroupedCurves.RunChoice;
import ttt.workbench.analysis.experiment.GroupedCurves;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.ui.charts.BandPainter;
import ttt.workbench.ui.charts.ChartBand;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.ChartVectorExport;
import ttt.workbench.ui.charts.Palette;
import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;
import ttt.workbench.ui.views.compare.CurveStyle;

/**
 * Grouped curves (W&amp;B's grouping): per configuration the adaptive (solid) and session-start (dashed) MSE per step,
 * averaged over its shown seeds, each with a band of ± one std, and the base (grey, dashed) for reference. With one
 * configuration the Overview chart's colours are used (adaptive green, session start blue, base grey); with several,
 * one colour per configuration. Runs of different lengths are aligned by relative position (Auto). The per-step files
 * are read by a job ("Loading curves…"); configurations of selected sessions are drawn thicker.
 */
public final class GroupedCurvesPage extends ExperimentPage {

	public static final String ID = "ttt.workbench.ui.editors.experiment.curves";
	public static final String CHART_KEY = "ttt.experiment.curves.chart";
	public static final String STATUS_KEY = "ttt.experiment.curves.status";

	GroupedCurvesPage(FormEditor formEditor, ExperimentContext editor) {
		super(formEditor, editor, ID, "Grouped curves");
	}

	@Override
	protected String title() {
		return "Grouped curves";
	}

	@Override
	protected void createParts(IManagedForm managed, Composite body) {
		managed.addPart(new CurvesPart(editor, body, managed.getToolkit()));
	}

	static final class CurvesPart extends ExperimentPage.Part {

		/** More bands than this overlap into one grey mass: they are drawn when filtering or brushing leaves this many. */
		static final int MAX_BANDS = 8;
		private boolean withBands;
		private static final String[] SHOW = { "Adaptive and session start", "Adaptive only", "Session start only" };
		private Combo show;
		private Combo alignment;
		private Combo runs;
		private Button log;
		private Label status;
		private Chart chart;
		private ChartVectorExport export;
		private final List<ChartBand> bands = new ArrayList<>();
		private GroupedCurves curves;
		private CurveSource source;
		private Job job;
		private boolean again;
		private boolean loading;

		CurvesPart(ExperimentContext editor, Composite parent, FormToolkit tk) {
			super(editor, parent, tk, "MSE per step, grouped by configuration",
					"Mean over the shown seeds of each configuration (± 1 std bands when at most 8 are shown); the base model (grey, dashed) for reference.",
					true);
		}

		@Override
		protected void createClient(Composite client, FormToolkit tk) {
			GridLayoutFactory.fillDefaults().numColumns(8).applyTo(client);
			tk.createLabel(client, "&Show:");
			show = combo(client, SHOW, "Which curves to draw per configuration (adaptive: solid, session start: dashed)");
			show.select(1); // adaptive only: 20 configurations × 2 curves is more than a reader can follow
			tk.createLabel(client, "&Align:");
			alignment = combo(client, new String[] { "Auto", "Absolute step", "Relative position" },
					"Auto: steps when every run has the same length, else relative position (0 = start, 1 = end of each run)");
			tk.createLabel(client, "&Runs:");
			runs = combo(client, new String[] { "Last run", "All runs, end to end" },
					"Each session's last run (where its figures come from), or all its runs in order (persistent learning shows at run boundaries)");
			log = tk.createButton(client, "&Log scale", SWT.CHECK);
			log.setToolTipText("Log scale for the MSE axis (one diverging configuration then does not flatten the others; bands are cut at a tenth of their mean)");
			log.addListener(SWT.Selection, e -> draw());
			status = tk.createLabel(client, "");
			status.setData(STATUS_KEY, Boolean.TRUE);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
			chart = new Chart(client, SWT.NONE);
			chart.setData(CHART_KEY, Boolean.TRUE);
			chart.getTitle().setVisible(false);
			ChartTheme.apply(chart, null, "MSE");
			chart.getLegend().setPosition(SWT.RIGHT);
			chart.getPlotArea().getControl().setToolTipText("Mean ± std over the seeds of each configuration; hover the legend for the parameters");
			GridDataFactory.fillDefaults().span(8, 1).grab(true, true).hint(400, 300).applyTo(chart);
			chart.getPlotArea().addCustomPaintListener(new BandPainter(chart, () -> bands));
			export = new ChartVectorExport(chart, () -> bands, this::data, this::name);
			export.addContextMenu();
		}

		private Combo combo(Composite client, String[] items, String tooltip) {
			Combo c = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
			c.setItems(items);
			c.select(0);
			c.setToolTipText(tooltip);
			c.addListener(SWT.Selection, e -> {
				if (c == show) {
					draw();
				} else {
					changed(Change.FILTER);
				}
			});
			return c;
		}

		private String name() {
			Experiment e = editor.experiment();
			return (e == null ? "experiment" : e.name()) + "_curves";
		}

		@Override
		protected void changed(Change change) {
			Experiment e = editor.experiment();
			if (e == null) {
				status.setText(editor.loadError() == null ? "Loading…" : "Cannot load: " + editor.loadError());
				return;
			}
			if (change == Change.SELECTION) {
				draw();
				return;
			}
			compute();
		}

		/** Reads the curves in a job; a request while one runs is served once it ends, with the state of then. */
		private void compute() {
			if (loading) { // UI-thread flag, cleared by the job's last UI runnable (the job's own state lags behind it)
				again = true;
				return;
			}
			Experiment e = editor.experiment();
			BitSet visible = editor.state().visible();
			Options options = Options.defaults().with(Alignment.values()[alignment.getSelectionIndex()])
					.with(runs.getSelectionIndex() == 0 ? RunChoice.LAST : RunChoice.CONCATENATED);
			if (source == null) {
				source = CurveSource.files(editor.getExperimentInput().storeRoot());
			}
			CurveSource from = source;
			status.setText("Loading curves of " + visible.cardinality() + " sessions…");
			status.getParent().layout(new Control[] { status });
			job = Job.create("Loading the curves of " + e.name(), monitor -> {
				try {
					GroupedCurves result = GroupedCurves.compute(e, visible, from, options);
					ui(() -> {
						curves = result;
						draw();
					});
					return Status.OK_STATUS;
				} catch (Exception x) {
					ui(() -> status.setText("Cannot read the curves: " + x.getMessage()));
					return new Status(IStatus.WARNING, "ttt.workbench.ui", "Cannot read the curves of " + e.name() + ": " + x.getMessage(), x);
				} finally {
					ui(() -> {
						loading = false;
						if (again) {
							again = false;
							compute();
						}
					});
				}
			});
			job.setSystem(true);
			loading = true;
			job.schedule();
		}

		private void ui(Runnable r) {
			if (!chart.isDisposed()) {
				chart.getDisplay().asyncExec(() -> {
					if (!chart.isDisposed()) {
						r.run();
					}
				});
			}
		}

		private void draw() {
			for (var s : chart.getSeriesSet().getSeries()) {
				chart.getSeriesSet().deleteSeries(s.getId());
			}
			bands.clear();
			GroupedCurves g = curves;
			if (g == null || editor.experiment() == null) {
				chart.redraw();
				return;
			}
			Experiment e = g.experiment();
			boolean adaptive = show.getSelectionIndex() != 2;
			boolean sessionStart = show.getSelectionIndex() != 1;
			boolean single = g.bands().size() == 1;
			withBands = g.bands().size() <= MAX_BANDS;
			BitSet picked = editor.state().picked();
			int i = 0;
			for (Band b : g.bands()) {
				Configuration c = e.configurations().get(b.configuration());
				String label = label(c) + " (n=" + b.members().length + ")";
				boolean bold = Arrays.stream(b.members()).anyMatch(picked::get);
				RGB color = CurveStyle.of(i).color();
				if (adaptive) {
					// adaptive alone: colour and line style together tell 40 configurations apart (the Compare view's styles)
					curve("c" + b.configuration() + " adaptive", label + (sessionStart ? " adaptive" : ""), b.x(), b.adaptiveMean(),
							b.adaptiveStd(), single ? Palette.rgb(SeriesColor.ADAPTIVE) : color, sessionStart ? LineStyle.SOLID : CurveStyle.of(i).lineStyle(),
							bold);
				}
				if (sessionStart) {
					curve("c" + b.configuration() + " session_start", label + " session start", b.x(), b.sessionStartMean(),
							b.sessionStartStd(), single ? Palette.rgb(SeriesColor.SESSION_START) : color, LineStyle.DASH, bold);
				}
				i++;
			}
			if (g.base() != null) {
				ILineSeries<?> base = line("base", "base (all shown)", g.base().x(), g.base().baseMean(), Palette.rgb(SeriesColor.BASE), LineStyle.DASH, 2);
				base.setVisibleInLegend(true);
			}
			chart.getAxisSet().getXAxis(0).getTitle()
					.setText(g.alignment() == Alignment.RELATIVE ? "position in the run (0 = start, 1 = end)" : "step");
			chart.getAxisSet().getYAxis(0).enableLogScale(false);
			chart.getAxisSet().adjustRange();
			if (log.getSelection()) {
				try {
					chart.getAxisSet().getYAxis(0).enableLogScale(true);
					chart.getAxisSet().adjustRange();
				} catch (IllegalStateException x) {
					log.setSelection(false);
				}
			}
			status.setText(g.bands().size() + " configurations, " + g.alignment().name().toLowerCase() + " alignment"
					+ (withBands ? "" : "; ± std bands from " + MAX_BANDS + " configurations or fewer (filter or brush)")
					+ (g.missing().isEmpty() ? "" : ", " + g.missing().size() + " sessions without curves"));
			status.getParent().layout(new Control[] { status });
			chart.redraw();
		}

		/** A mean curve and its ± std band (two thin edge series the band is painted between). */
		private void curve(String id, String label, double[] x, double[] mean, double[] std, RGB color, LineStyle style, boolean bold) {
			ILineSeries<?> l = line(id, label, x, mean, color, style, bold ? 4 : 2);
			l.setVisibleInLegend(true);
			double[] lo = new double[mean.length];
			double[] hi = new double[mean.length];
			boolean any = false;
			for (int k = 0; k < mean.length; k++) {
				double s = Double.isNaN(std[k]) ? 0 : std[k];
				// on a log axis a band is cut at a tenth of its mean (MSEs are positive; one decade below the curves is room enough)
				lo[k] = log.getSelection() && mean[k] > 0 ? Math.max(mean[k] - s, mean[k] * 0.1) : mean[k] - s;
				hi[k] = mean[k] + s;
				any |= s > 0;
			}
			if (any && withBands) {
				RGB edge = mix(color);
				line(id + " -std", null, x, lo, edge, LineStyle.SOLID, 1).setVisibleInLegend(false);
				line(id + " +std", null, x, hi, edge, LineStyle.SOLID, 1).setVisibleInLegend(false);
				bands.add(new ChartBand(id + " -std", id + " +std", color, color, 28, null, null));
			}
		}

		private static RGB mix(RGB c) {
			return new RGB((c.red + 2 * 255) / 3, (c.green + 2 * 255) / 3, (c.blue + 2 * 255) / 3);
		}

		private ILineSeries<?> line(String id, String label, double[] x, double[] y, RGB color, LineStyle style, int width) {
			ILineSeries<?> l = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
			if (label != null) {
				l.setDescription(label);
			}
			l.setXSeries(x);
			l.setYSeries(y);
			l.setLineColor(new Color(color));
			l.setLineStyle(style);
			l.setLineWidth(width);
			l.setSymbolType(PlotSymbolType.NONE);
			l.setAntialias(SWT.ON);
			return l;
		}

		static String label(Configuration c) {
			Map<String, Object> p = c.parameters();
			return p.isEmpty() ? "all" : p.entrySet().stream().map(en -> en.getKey() + "=" + value(en.getValue())).collect(Collectors.joining(" "));
		}

		private static String value(Object v) {
			return v instanceof Double d ? Dimension.number(d) : String.valueOf(v);
		}

		CsvTable data() {
			return curves == null ? new CsvTable(List.of("configuration")) : CsvTable.parse(curves.csv());
		}

		GroupedCurves curves() {
			return curves;
		}
	}
}
