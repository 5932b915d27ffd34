package ttt.workbench.ui.editors.environment;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.ui.charts.Palette;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * Each model against the truth: the per-step errors the run recorded, or the predictions of the models that can be
 * recomputed faithfully (base, session_start) over the true trajectory, one observed quantity at a time.
 */
final class ModelErrorsSection extends SectionPart {

	/** Why the section shows errors, not predicted positions: the store has no predictions to show. */
	static final String ERRORS_NOTE = "A run stores each model's per-step error (per_step.csv), not what it predicted."
			+ " Shown: the mean squared error of each model's predicted next observation (x, y, vx, vy) against the truth;"
			+ " lower is better.";
	/** The views: the errors, then the prediction of each observed quantity. */
	static final String[] VIEWS = { "Per-step error of each model", "Predicted vs true x", "Predicted vs true y",
			"Predicted vs true vx", "Predicted vs true vy" };
	private static final String[] COMPONENTS = { "x", "y", "vx", "vy" };

	private final SessionContext context;
	private final Combo view;
	private final Label note;
	private final CursorChart errors;
	private EnvironmentInput input;
	private PredictionJob.Outcome predictions;

	ModelErrorsSection(Composite parent, FormToolkit tk, SessionContext context) {
		super(parent, tk, Section.TITLE_BAR);
		this.context = context;
		Section section = getSection();
		section.setText("Models against the truth");
		Composite body = tk.createComposite(section);
		section.setClient(body);
		GridLayoutFactory.fillDefaults().applyTo(body);
		Composite viewRow = tk.createComposite(body);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(viewRow);
		tk.createLabel(viewRow, "Show:");
		view = WidgetIds.name(new Combo(viewRow, SWT.READ_ONLY | SWT.DROP_DOWN), "environment.errorsView");
		view.setItems(VIEWS);
		view.select(0);
		view.setToolTipText("The per-step errors the run recorded, or the predictions of the models that can be recomputed"
				+ " faithfully (base, session_start) over the true trajectory");
		view.addListener(SWT.Selection, e -> showView());
		note = WidgetIds.name(tk.createLabel(body, "", SWT.WRAP), "environment.errorsNote");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(note);
		errors = new CursorChart(body, "Per-step prediction error", "MSE", "model_errors");
		WidgetIds.name(errors.chart(), "environment.errors");
		GridDataFactory.fillDefaults().grab(true, true).minSize(300, 150).hint(400, 220).applyTo(errors.chart());
		errors.addExportMenu();
	}

	@Override
	public boolean setFormInput(Object in) {
		if (in instanceof EnvironmentInput environment) {
			input = environment;
			predictions = null;
			if (input.curves() != null && input.data() != null) {
				PredictionJob.schedule(context.store().layout(), input.run(), input.data(), input.curves(), errors.chart().getDisplay(),
						outcome -> {
							if (!errors.chart().isDisposed() && input.run() != null && input.run().getId().equals(outcome.runId())) {
								predictions = outcome;
								showView();
							}
						});
			}
			showView();
		}
		return false;
	}

	/** Draws the replay's step {@code t} (NaN: none). */
	void cursor(double t) {
		errors.cursor(t);
	}

	/** The models whose predictions were recomputed faithfully for the shown run (null while the replay runs or without one). */
	List<String> predictedModels() {
		return predictions == null ? null : predictions.trusted().stream().map(r -> r.model()).toList();
	}

	/** Fills the chart with what the view combo asks for. */
	private void showView() {
		double cursor = errors.cursor();
		int selected = view.getSelectionIndex();
		if (selected <= 0) {
			showErrorCurves();
		} else {
			showPredictions(selected - 1);
		}
		errors.cursor(cursor);
		note.getParent().layout(true, true);
	}

	private void showErrorCurves() {
		errors.clear("Per-step prediction error");
		IAxis y = errors.chart().getAxisSet().getYAxis(0);
		y.getTitle().setText("MSE (log)");
		PerStepCurves curves = input == null ? null : input.curves();
		if (curves == null) {
			note.setText(input == null || input.run() == null ? "No run." : input.loading() ? "Loading the curves of run " + input.run().getId() + "…"
					: "Run " + input.run().getId() + " has no readable per_step.csv.");
			return;
		}
		note.setText(ERRORS_NOTE);
		note.setToolTipText(null);
		double[] t = CursorChart.steps(curves.getT(), curves.getLength());
		errors.x(t);
		errors.series("base", curves.getBaseMse(), Palette.rgb(SeriesColor.BASE), LineStyle.DOT);
		if (curves.getSessionNoUpdateMse() != null && curves.getSessionNoUpdateMse().length == t.length) {
			errors.series("session_start", curves.getSessionNoUpdateMse(), Palette.rgb(SeriesColor.SESSION_START), LineStyle.DASH);
		}
		errors.series("adaptive", curves.getAdaptiveMse(), Palette.rgb(SeriesColor.ADAPTIVE), LineStyle.SOLID);
		boolean log = allPositive(curves);
		y.enableLogScale(log);
		// a log axis draws a grid line per minor tick: too dense to read at this height
		y.getGrid().setStyle(log ? LineStyle.NONE : LineStyle.DOT);
		if (!log) {
			y.getTitle().setText("MSE");
		}
		errors.fit();
	}

	private void showPredictions(int component) {
		String name = COMPONENTS[component];
		errors.clear("Prediction of " + name + " at t from step t−1");
		IAxis y = errors.chart().getAxisSet().getYAxis(0);
		y.enableLogScale(false);
		y.getGrid().setStyle(LineStyle.DOT);
		y.getTitle().setText(name);
		TrajectoryData data = input == null ? null : input.data();
		if (data == null) {
			note.setText("No trajectory: there is no truth to compare predictions with.");
			return;
		}
		if (predictions == null) {
			note.setText("Recomputing the predictions of base and session_start…");
			return;
		}
		int n = data.size() - 1;
		double[] t = new double[n], truth = new double[n];
		double[] column = component == 0 ? data.x() : component == 1 ? data.y() : component == 2 ? data.vx() : data.vy();
		for (int i = 0; i < n; i++) {
			t[i] = data.t()[i + 1];
			truth[i] = column[i + 1];
		}
		errors.x(t);
		errors.series("true " + name, truth, new RGB(0, 0, 0), LineStyle.SOLID);
		for (var r : predictions.trusted()) {
			double[] p = new double[n];
			for (int i = 0; i < n; i++) {
				p[i] = r.predictions()[i][component];
			}
			boolean base = r.model().equals("base");
			errors.series(r.model(), p, base ? Palette.rgb(SeriesColor.BASE) : Palette.rgb(SeriesColor.SESSION_START), base ? LineStyle.DOT : LineStyle.DASH);
		}
		note.setText(predictionSummary());
		note.setToolTipText(String.join("\n", predictions.notes()));
		errors.fit();
	}

	/** One or two lines: which models are shown and why the others are not (the tooltip has every model's note). */
	private String predictionSummary() {
		List<String> shownModels = predictedModels();
		String head = shownModels.isEmpty() ? "No model could be recomputed faithfully for this run."
				: String.join(" and ", shownModels) + ": recomputed from their fixed weights; their errors match per_step.csv.";
		return head + " adaptive is not: its weights changed at each commit and are not kept. Hover for details.";
	}

	private static boolean allPositive(PerStepCurves c) {
		for (double[] col : new double[][] { c.getBaseMse(), c.getSessionNoUpdateMse(), c.getAdaptiveMse() }) {
			if (col != null) {
				for (double v : col) {
					if (!(v > 0)) {
						return false;
					}
				}
			}
		}
		return true;
	}
}
