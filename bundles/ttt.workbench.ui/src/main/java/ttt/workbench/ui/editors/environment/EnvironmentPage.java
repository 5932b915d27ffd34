package ttt.workbench.ui.editors.environment;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.ReplayClock;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.ui.editors.RunFocus;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The Environment page of the session editor: the focused run's x–y trajectory with replay, its state and action
 * series over t, the session's hidden μ on its range (with the stiction thresholds in the nonlinear mode) and each
 * model's per-step error. The replay position and the editor's {@link RunFocus} step follow each other: a step picked
 * elsewhere moves the replay, and a paused replay publishes its step.
 */
public final class EnvironmentPage extends FormPage {

	public static final String ID = "ttt.workbench.ui.editors.environment";
	static final RGB C_X = new RGB(31, 119, 180), C_Y = new RGB(255, 127, 14), C_VX = new RGB(44, 160, 44),
			C_VY = new RGB(148, 103, 189), C_BASE = MseChart.BASE_RGB, C_START = MseChart.SESSION_START_RGB,
			C_ADAPTIVE = MseChart.ADAPTIVE_RGB;
	private static final int FRAME_MILLIS = 33;
	/** Why the last section shows errors, not predicted positions: the store has no predictions to show. */
	static final String ERRORS_NOTE = "A run stores each model's per-step error (per_step.csv), not what it predicted."
			+ " Shown: the mean squared error of each model's predicted next observation (x, y, vx, vy) against the truth;"
			+ " lower is better.";
	/** The views of the last section: the errors, then the prediction of each observed quantity. */
	static final String[] ERRORS_VIEWS = { "Per-step error of each model", "Predicted vs true x", "Predicted vs true y",
			"Predicted vs true vx", "Predicted vs true vy" };

	private final SessionEditor editor;
	private TrajectoryCanvas canvas;
	private Button play;
	private Scale slider;
	private Combo speed;
	private Label readout;
	private MuGauge gauge;
	private CursorChart states, actions, errors;
	private Label errorsNote;
	private Label noSeries;
	private Combo errorsView;
	private PerStepCurves curves;
	private PredictionJob.Outcome predictions;
	private ScrolledForm form;

	private Run shown;
	private TrajectoryData data;
	private FrictionThresholds friction;
	private ReplayClock clock = new ReplayClock(0);
	private String message;
	/** The run whose trajectory and curves are being read (one load at a time), and the last failure to read them. */
	private Run loading;
	private Run failed;
	private String loadFailure;
	private boolean publishing;
	private long lastTick;
	private final Consumer<RunFocus.Focus> focusListener = this::focusChanged;
	private final Runnable refreshListener = this::refresh;

	public EnvironmentPage(SessionEditor editor) {
		super(editor, ID, "Environment");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		form = managedForm.getForm();
		FormToolkit tk = managedForm.getToolkit();
		form.setText("Environment");
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(10, 8).applyTo(body);

		// two columns: the plane (trajectory, friction) at the left, time series (state, models) at the right
		Composite leftColumn = tk.createComposite(body), rightColumn = tk.createComposite(body);
		for (Composite c : new Composite[] { leftColumn, rightColumn }) {
			GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(c);
			GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
		}
		Section trajSection = tk.createSection(leftColumn, Section.TITLE_BAR | Section.DESCRIPTION);
		trajSection.setText("Trajectory");
		trajSection.setDescription("x–y path coloured by time. Space plays or pauses, ← → step, click the path to jump.");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(trajSection);
		Composite left = tk.createComposite(trajSection);
		trajSection.setClient(left);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 4).applyTo(left);
		canvas = new TrajectoryCanvas(left);
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).minSize(360, 320).hint(520, 460).applyTo(canvas);
		canvas.setToolTipText("Space: play/pause   ←/→: previous/next step   Home/End: first/last step   click: jump to the nearest step");
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
				e.doit = false; // the arrows step the replay
			} else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		canvas.onPick(row -> position(row, true));
		Exports.addContextMenu(canvas);

		play = tk.createButton(left, "▶ Play", SWT.PUSH);
		play.setToolTipText("Play or pause the replay (Space)");
		play.addListener(SWT.Selection, e -> togglePlay());
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(play);
		slider = new Scale(left, SWT.HORIZONTAL);
		tk.adapt(slider, true, true);
		slider.setToolTipText("Replay position: drag to scrub over the run's steps");
		slider.addListener(SWT.Selection, e -> {
			clock.pause();
			position(slider.getSelection(), true);
		});
		slider.addListener(SWT.KeyDown, e -> {
			if (e.character == ' ') {
				togglePlay();
				e.doit = false;
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(slider);
		Label speedLabel = tk.createLabel(left, "Speed:");
		speedLabel.setToolTipText("Replay speed in steps per second");
		speed = new Combo(left, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (int s : ReplayClock.SPEEDS) {
			speed.add(s + " steps/s");
		}
		speed.select(indexOfSpeed(ReplayClock.DEFAULT_SPEED));
		speed.setToolTipText("Replay speed in steps per second");
		speed.addListener(SWT.Selection, e -> clock.speed(ReplayClock.SPEEDS[speed.getSelectionIndex()]));
		readout = tk.createLabel(left, "", SWT.WRAP);
		readout.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, SWT.DEFAULT).applyTo(readout);

		Section stateSection = tk.createSection(rightColumn, Section.TITLE_BAR);
		stateSection.setText("State and actions over time");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(stateSection);
		Composite right = tk.createComposite(stateSection);
		stateSection.setClient(right);
		GridLayoutFactory.fillDefaults().applyTo(right);
		states = new CursorChart(right, "Observation", "x, y (left)", "state");
		GridDataFactory.fillDefaults().grab(true, true).minSize(300, 140).hint(400, 200).applyTo(states.chart());
		actions = new CursorChart(right, "Action", "ax, ay", "actions");
		GridDataFactory.fillDefaults().grab(true, true).minSize(300, 110).hint(400, 150).applyTo(actions.chart());
		noSeries = tk.createLabel(right, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(noSeries);
		noSeries.setVisible(false);
		menu(states);
		menu(actions);

		Section muSection = tk.createSection(leftColumn, Section.TITLE_BAR | Section.DESCRIPTION);
		muSection.setText("Hidden friction μ");
		muSection.setDescription("The session's hidden μ (▼) on the shaded range [0.02, 0.25] it is drawn from. The models never see it.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(muSection);
		gauge = new MuGauge(muSection);
		muSection.setClient(gauge);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gauge);
		Exports.addContextMenu(gauge);

		Section errSection = tk.createSection(rightColumn, Section.TITLE_BAR);
		errSection.setText("Models against the truth");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(errSection);
		Composite errBody = tk.createComposite(errSection);
		errSection.setClient(errBody);
		GridLayoutFactory.fillDefaults().applyTo(errBody);
		Composite viewRow = tk.createComposite(errBody);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(viewRow);
		tk.createLabel(viewRow, "Show:");
		errorsView = new Combo(viewRow, SWT.READ_ONLY | SWT.DROP_DOWN);
		errorsView.setItems(ERRORS_VIEWS);
		errorsView.select(0);
		errorsView.setToolTipText("The per-step errors the run recorded, or the predictions of the models that can be recomputed"
				+ " faithfully (base, session_start) over the true trajectory");
		errorsView.addListener(SWT.Selection, e -> showErrorsView());
		errorsNote = tk.createLabel(errBody, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(errorsNote);
		errors = new CursorChart(errBody, "Per-step prediction error", "MSE", "model_errors");
		GridDataFactory.fillDefaults().grab(true, true).minSize(300, 150).hint(400, 220).applyTo(errors.chart());
		menu(errors);

		editor.focus().addListener(focusListener);
		editor.addRefreshListener(refreshListener);
		form.addDisposeListener(e -> {
			editor.focus().removeListener(focusListener);
			editor.removeRefreshListener(refreshListener);
			clock.pause();
		});
		show(editor.focus().run());
		RunFocus.Focus f = editor.focus().get();
		if (f.step() >= 0) {
			focusChanged(f);
		}
	}

	private static void menu(CursorChart chart) {
		Exports.addContextMenu(chart);
		chart.chart().getPlotArea().getControl().setMenu(chart.chart().getMenu());
	}

	private static int indexOfSpeed(int stepsPerSecond) {
		for (int i = 0; i < ReplayClock.SPEEDS.length; i++) {
			if (ReplayClock.SPEEDS[i] == stepsPerSecond) {
				return i;
			}
		}
		return 0;
	}

	// --- what is shown ------------------------------------------------------------------------------------------------

	private void focusChanged(RunFocus.Focus f) {
		if (form == null || form.isDisposed() || publishing) {
			return;
		}
		if (f.run() != shown) {
			show(f.run());
		}
		if (data != null && f.step() >= 0) {
			clock.pause();
			position(data.indexOf(f.step()), false);
		}
	}

	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Run run = editor.focus().run();
		if (run != shown || data == null) {
			show(run); // a new run landed, or the store was re-read
		} else {
			showFriction(); // μ is per session and may be rewritten
		}
	}

	private void show(Run run) {
		clock.pause();
		shown = run;
		data = null;
		Session session = editor.session();
		String stem = (run == null ? editor.getSessionInput().sessionId() : run.getId());
		if (run == null) {
			message = "This session has no runs yet: run it to see a trajectory.";
		} else if (!ModelLoader.settled(run.getTrajectoryState()) || !ModelLoader.settled(run.getPerStepState())) {
			message = failed == run ? loadFailure : "Loading the trajectory and curves of run " + run.getId() + "…";
			startLoading(run);
		} else {
			Trajectory trajectory = run.getTrajectory();
			LoadState state = run.getTrajectoryState();
			if (trajectory != null && state == LoadState.LOADED && trajectory.getT().length > 0) {
				data = TrajectoryData.of(trajectory);
				message = null;
			} else if (state == LoadState.FAILED) {
				message = "The trajectory file of run " + run.getId() + " could not be read (File > Check Store says why).";
			} else if (state == LoadState.LOADED) {
				message = "Run " + run.getId() + " has an empty trajectory.";
			} else {
				message = "Run " + run.getId() + " has no trajectory.json: it was written by the Python reference, which"
						+ " does not save trajectories. Runs made with this workbench save one.";
			}
		}
		form.setMessage(message, message == null ? IMessageProvider.NONE : IMessageProvider.INFORMATION);
		canvas.show(data, message, stem + "_trajectory");
		clock = new ReplayClock(data == null ? 0 : data.size());
		clock.speed(ReplayClock.SPEEDS[Math.max(0, speed.getSelectionIndex())]);
		slider.setMinimum(0);
		slider.setMaximum(Math.max(1, data == null ? 1 : data.size() - 1));
		slider.setPageIncrement(Math.max(1, data == null ? 1 : data.size() / 20));
		slider.setIncrement(1);
		slider.setEnabled(data != null);
		play.setEnabled(data != null && data.size() > 1);
		showSeries(stem);
		showErrors(run, stem);
		friction = session == null ? null : FrictionThresholds.of(session.getMu(), session.getEnvMode());
		showFriction();
		position(0, false);
		updatePlayButton();
		form.reflow(true);
	}

	/** Reads the run's trajectory and curves off the UI thread; the page shows them when they are in the model. */
	private void startLoading(Run run) {
		if (loading == run || failed == run) {
			return; // a failure is not retried on every repaint: reopening the editor tries again
		}
		loading = run;
		ModelLoader.load(form, "trajectory and curves of " + run.getId(),
				List.of(editor.store().loader().trajectoryLoad(run), editor.store().loader().perStepLoad(run)), () -> {
					loading = null;
					if (shown == run) {
						show(run);
					}
				}, e -> {
					loading = null;
					failed = run;
					loadFailure = "The trajectory or curves of run " + run.getId() + " could not be read: " + e.getMessage();
					if (shown == run) {
						show(run);
					}
				});
	}

	private void showFriction() {
		Session session = editor.session();
		friction = session == null ? null : FrictionThresholds.of(session.getMu(), session.getEnvMode());
		gauge.show(friction, (session == null ? "session" : session.getId()) + "_mu");
	}

	private void showSeries(String stem) {
		boolean have = data != null;
		for (Control c : new Control[] { states.chart(), actions.chart() }) {
			c.setVisible(have);
			((org.eclipse.swt.layout.GridData) c.getLayoutData()).exclude = !have;
		}
		noSeries.setVisible(!have);
		((org.eclipse.swt.layout.GridData) noSeries.getLayoutData()).exclude = have;
		noSeries.setText(have ? "" : shown != null && loading == shown ? "Loading the trajectory of run " + shown.getId() + "…"
				: "No state or action series: " + (shown == null ? "no run." : "the run has no trajectory."));
		noSeries.getParent().layout(true, true);
		if (!have) {
			states.clear("Observation");
			actions.clear("Action taken");
			return;
		}
		double[] t = new double[data.size()];
		for (int i = 0; i < t.length; i++) {
			t[i] = data.t()[i];
		}
		states.clear("Observation");
		states.x(t);
		states.series("x", data.x(), C_X, LineStyle.SOLID);
		states.series("y", data.y(), C_Y, LineStyle.DASH);
		// velocities are two orders of magnitude below positions: their own axis at the right
		states.series("vx", data.vx(), C_VX, LineStyle.DOT, "vx, vy (right)");
		states.series("vy", data.vy(), C_VY, LineStyle.DASHDOT, "vx, vy (right)");
		states.fit();
		actions.clear("Action taken");
		actions.x(t);
		actions.series("ax", data.ax(), C_X, LineStyle.SOLID);
		actions.series("ay", data.ay(), C_Y, LineStyle.DASH);
		actions.fit();
	}

	private void showErrors(Run run, String stem) {
		curves = null;
		predictions = null;
		if (run != null) {
			curves = ModelLoader.settled(run.getPerStepState()) ? run.getPerStep() : null; // read by startLoading
		}
		if (curves != null && curves.getLength() == 0) {
			curves = null;
		}
		if (curves != null && data != null) {
			schedulePredictions(run);
		}
		showErrorsView();
	}

	private void schedulePredictions(Run run) {
		Session session = run.getSession();
		var layout = editor.store().layout();
		java.util.List<java.nio.file.Path> runs = session.getRuns().stream()
				.sorted(java.util.Comparator.comparingDouble((Run r) -> r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix())
						.thenComparing(Run::getId))
				.map(r -> layout.runDir(session.getId(), r.getId())).toList();
		var start = ttt.workbench.analysis.environment.StartWeights.of(runs, layout.runDir(session.getId(), run.getId()),
				session.getParentId() == null);
		double[] startMse = curves.getSessionNoUpdateMse();
		new PredictionJob(run.getId(), layout.baseCheckpoint(), start, data, curves.getBaseMse().clone(),
				startMse == null || startMse.length == 0 ? null : startMse.clone(), canvas.getDisplay(), outcome -> {
					if (!form.isDisposed() && shown != null && shown.getId().equals(outcome.runId())) {
						predictions = outcome;
						showErrorsView();
					}
				}).schedule();
	}

	/** Fills the last chart with what the view combo asks for. */
	private void showErrorsView() {
		int view = errorsView.getSelectionIndex();
		double cursor = errors.cursor();
		if (view <= 0) {
			showErrorCurves();
		} else {
			showPredictions(view - 1);
		}
		errors.cursor(cursor);
		errorsNote.getParent().layout(true, true);
	}

	private void showErrorCurves() {
		errors.clear("Per-step prediction error");
		errors.chart().getAxisSet().getYAxis(0).getTitle().setText("MSE (log)");
		if (curves == null) {
			errorsNote.setText(shown == null ? "No run." : loading == shown ? "Loading the curves of run " + shown.getId() + "…"
					: "Run " + shown.getId() + " has no readable per_step.csv.");
			return;
		}
		errorsNote.setText(ERRORS_NOTE);
		errorsNote.setToolTipText(null);
		double[] t = new double[curves.getLength()];
		for (int i = 0; i < t.length; i++) {
			t[i] = curves.getT()[i];
		}
		errors.x(t);
		errors.series("base", curves.getBaseMse(), C_BASE, LineStyle.DOT);
		if (curves.getSessionNoUpdateMse() != null && curves.getSessionNoUpdateMse().length == t.length) {
			errors.series("session_start", curves.getSessionNoUpdateMse(), C_START, LineStyle.DASH);
		}
		errors.series("adaptive", curves.getAdaptiveMse(), C_ADAPTIVE, LineStyle.SOLID);
		boolean log = allPositive(curves);
		errors.chart().getAxisSet().getYAxis(0).enableLogScale(log);
		// a log axis draws a grid line per minor tick: too dense to read at this height
		errors.chart().getAxisSet().getYAxis(0).getGrid().setStyle(log ? LineStyle.NONE : LineStyle.DOT);
		if (!log) {
			errors.chart().getAxisSet().getYAxis(0).getTitle().setText("MSE");
		}
		errors.fit();
	}

	private static final String[] COMPONENTS = { "x", "y", "vx", "vy" };

	private void showPredictions(int component) {
		String name = COMPONENTS[component];
		errors.clear("Prediction of " + name + " at t from step t−1");
		errors.chart().getAxisSet().getYAxis(0).enableLogScale(false);
		errors.chart().getAxisSet().getYAxis(0).getGrid().setStyle(LineStyle.DOT);
		errors.chart().getAxisSet().getYAxis(0).getTitle().setText(name);
		if (data == null) {
			errorsNote.setText("No trajectory: there is no truth to compare predictions with.");
			return;
		}
		if (predictions == null) {
			errorsNote.setText("Recomputing the predictions of base and session_start…");
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
			errors.series(r.model(), p, r.model().equals("base") ? C_BASE : C_START, r.model().equals("base") ? LineStyle.DOT : LineStyle.DASH);
		}
		errorsNote.setText(predictionSummary());
		errorsNote.setToolTipText(String.join("\n", predictions.notes()));
		errors.fit();
	}

	/** One or two lines: which models are shown and why the others are not (the tooltip has every model's note). */
	private String predictionSummary() {
		java.util.List<String> shownModels = predictedModels();
		String head = shownModels.isEmpty() ? "No model could be recomputed faithfully for this run."
				: String.join(" and ", shownModels) + ": recomputed from their fixed weights; their errors match per_step.csv.";
		return head + " adaptive is not: its weights changed at each commit and are not kept. Hover for details.";
	}

	/** The models whose predictions were recomputed faithfully for the shown run (null while the replay runs or without one). */
	public java.util.List<String> predictedModels() {
		return predictions == null ? null : predictions.trusted().stream().map(r -> r.model()).toList();
	}

	/** What the replay says about each model. */
	public java.util.List<String> predictionNotes() {
		return predictions == null ? java.util.List.of() : predictions.notes();
	}

	/** Selects a view of the last section (0: errors, 1–4: predictions of x, y, vx, vy). */
	public void showErrorsView(int view) {
		errorsView.select(view);
		showErrorsView();
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

	// --- replay -------------------------------------------------------------------------------------------------------

	private void key(Event e) {
		if (data == null) {
			return;
		}
		switch (e.keyCode) {
		case ' ' -> togglePlay();
		case SWT.ARROW_LEFT -> step(-1);
		case SWT.ARROW_RIGHT -> step(1);
		case SWT.HOME -> step(-clock.rows());
		case SWT.END -> step(clock.rows());
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	private void step(int delta) {
		clock.step(delta);
		updatePlayButton();
		position(clock.index(), true);
	}

	void togglePlay() {
		if (clock.playing()) {
			clock.pause();
			updatePlayButton();
			publish();
			return;
		}
		if (clock.play()) {
			updatePlayButton();
			lastTick = System.nanoTime();
			canvas.getDisplay().timerExec(FRAME_MILLIS, this::tick);
		}
	}

	private void tick() {
		if (canvas.isDisposed() || !clock.playing()) {
			return;
		}
		long now = System.nanoTime();
		if (clock.tick((now - lastTick) / 1_000_000L)) {
			position(clock.index(), false);
		}
		lastTick = now;
		if (clock.playing()) {
			canvas.getDisplay().timerExec(FRAME_MILLIS, this::tick);
		} else {
			updatePlayButton();
			publish(); // reached the end
		}
	}

	private void updatePlayButton() {
		play.setText(clock.playing() ? "❚❚ Pause" : "▶ Play");
	}

	/** Moves the replay to {@code row}; {@code publish}: tell the other pages (only when paused). */
	private void position(int row, boolean publish) {
		if (data == null) {
			canvas.current(-1);
			slider.setSelection(0);
			readout.setText(message == null ? "" : "No trajectory to replay.");
			states.cursor(Double.NaN);
			actions.cursor(Double.NaN);
			errors.cursor(Double.NaN);
			return;
		}
		clock.seek(row);
		int i = clock.index();
		canvas.current(i);
		if (slider.getSelection() != i) {
			slider.setSelection(i);
		}
		int t = data.t()[i];
		readout.setText(readout(i));
		states.cursor(t);
		actions.cursor(t);
		errors.cursor(t);
		if (publish && !clock.playing()) {
			publish();
		}
	}

	private void publish() {
		if (data == null || shown == null) {
			return;
		}
		publishing = true;
		try {
			editor.focus().set(shown, data.t()[clock.index()]);
		} finally {
			publishing = false;
		}
	}

	private String readout(int i) {
		double speedNow = data.speed(i);
		String s = String.format(Locale.ROOT, "t = %d / %d    x = %.4f   y = %.4f%nvx = %.4f   vy = %.4f   |v| = %.4f    action ax = %.3f   ay = %.3f",
				data.t()[i], data.t()[data.size() - 1], data.x()[i], data.y()[i], data.vx()[i], data.vy()[i], speedNow,
				data.ax()[i], data.ay()[i]);
		if (friction != null && friction.nonlinear()) {
			s += String.format(Locale.ROOT, "\nfriction of this step: %s, μ_eff = %.4f (|v| %s 2μ = %.4f)", friction.regime(speedNow),
					friction.effectiveMu(speedNow), speedNow < friction.speedThreshold() ? "<" : "≥", friction.speedThreshold());
		}
		return s;
	}

	// --- for tests ----------------------------------------------------------------------------------------------------

	TrajectoryCanvas canvas() {
		return canvas;
	}

	public Control trajectoryControl() {
		return canvas;
	}

	/** The replay row shown (-1 when there is no trajectory). */
	public int replayRow() {
		return data == null ? -1 : clock.index();
	}

	public boolean playing() {
		return clock.playing();
	}

	/** The message shown instead of a trajectory (null when one is shown). */
	public String message() {
		return message;
	}

	public Scale slider() {
		return slider;
	}

	public Button playButton() {
		return play;
	}

	public Label readout() {
		return readout;
	}

	/** Points of the painted path (one per trajectory row). */
	public int pathPointCount() {
		return canvas.pathPointCount();
	}

	/** The replay marker mapped back to data units {x, y} (null when none). */
	public double[] markerInData() {
		org.eclipse.swt.graphics.Point p = canvas.currentPixel();
		return p == null ? null : canvas.toData(p);
	}

	/** The pixel scale of the trajectory plot's one axis scale (data units per pixel), for tolerances. */
	public double dataPerPixel() {
		double[] a = canvas.toData(new org.eclipse.swt.graphics.Point(0, 0));
		double[] b = canvas.toData(new org.eclipse.swt.graphics.Point(1, 0));
		return a == null ? Double.NaN : Math.abs(b[0] - a[0]);
	}

	public FrictionThresholds gaugeFriction() {
		return gauge.friction();
	}

	/** The gauge's μ marker mapped back to a coefficient. */
	public double gaugeMarkerMu() {
		return gauge.muAt(gauge.muPixel());
	}

	public org.eclipse.swtchart.Chart stateChart() {
		return states.chart();
	}

	/** The state chart as its SVG export writes it. */
	public String stateChartSvg() {
		return ttt.workbench.ui.export.Exports.svg(states);
	}

	public org.eclipse.swtchart.Chart actionChart() {
		return actions.chart();
	}

	public org.eclipse.swtchart.Chart errorChart() {
		return errors.chart();
	}

	/** The vertical replay line's t on the state chart. */
	public double stateCursor() {
		return states.cursor();
	}

	public String svg() {
		return Exports.svg(canvas);
	}
}
