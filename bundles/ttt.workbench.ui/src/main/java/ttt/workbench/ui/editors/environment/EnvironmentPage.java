package ttt.workbench.ui.editors.environment;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The Environment page of the session editor: the focused run's x–y trajectory with replay, its state and action
 * series over t, the session's hidden μ on its range (with the stiction thresholds in the nonlinear mode) and each
 * model's per-step error, one {@code SectionPart} each. The page reads the focused run's files (off the UI thread) and
 * hands what it has to the sections as the managed form's input. The replay position and the editor's
 * {@link RunFocus} step follow each other: a step picked elsewhere moves the replay, and a paused replay publishes its
 * step.
 */
public final class EnvironmentPage extends FormPage {

	public static final String ID = "ttt.workbench.ui.editors.environment";

	private final SessionContext editor;
	private ScrolledForm form;
	private TrajectorySection trajectory;
	private SeriesSection series;
	private FrictionSection friction;
	private ModelErrorsSection errors;

	private Run shown;
	private boolean hasData;
	/** The run whose trajectory and curves are being read (one load at a time), and the last failure to read them. */
	private Run loading;
	private Run failed;
	private String loadFailure;
	private final Consumer<RunFocus.Focus> focusListener = this::focusChanged;
	private final Runnable refreshListener = this::refresh;

	public EnvironmentPage(FormEditor formEditor, SessionContext editor) {
		super(formEditor, ID, "Environment");
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
		trajectory = new TrajectorySection(leftColumn, tk, editor.focus(), t -> {
			series.cursor(t);
			errors.cursor(t);
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(trajectory.getSection());
		series = new SeriesSection(rightColumn, tk);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(series.getSection());
		friction = new FrictionSection(leftColumn, tk);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(friction.getSection());
		errors = new ModelErrorsSection(rightColumn, tk, editor);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(errors.getSection());
		// the trajectory last: its replay position draws the cursor on the charts the others have just filled
		for (var part : List.of(series, errors, friction, trajectory)) {
			managedForm.addPart(part);
		}

		editor.focus().addListener(focusListener);
		editor.addRefreshListener(refreshListener);
		form.addDisposeListener(e -> {
			editor.focus().removeListener(focusListener);
			editor.removeRefreshListener(refreshListener);
		});
		show(editor.focus().run());
		RunFocus.Focus f = editor.focus().get();
		if (f.step() >= 0) {
			focusChanged(f);
		}
	}

	private void focusChanged(RunFocus.Focus f) {
		if (form == null || form.isDisposed() || trajectory.publishing()) {
			return;
		}
		if (f.run() != shown) {
			show(f.run());
		}
		trajectory.seekStep(f.step());
	}

	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Run run = editor.focus().run();
		if (run != shown || !hasData) {
			show(run); // a new run landed, or the store was re-read
		} else { // μ is per session and may be rewritten
			FrictionThresholds thresholds = frictionOf(editor.session());
			friction.show(thresholds, editor.sessionId());
			trajectory.friction(thresholds);
		}
	}

	/** Reads what {@code run} has (starting a load when its files are not read yet) and hands it to the sections. */
	private void show(Run run) {
		shown = run;
		TrajectoryData data = null;
		String message;
		if (run == null) {
			message = "This session has no runs yet: run it to see a trajectory.";
		} else if (!ModelLoader.settled(run.getTrajectoryState()) || !ModelLoader.settled(run.getPerStepState())) {
			message = failed == run ? loadFailure : "Loading the trajectory and curves of run " + run.getId() + "…";
			startLoading(run);
		} else {
			Trajectory t = run.getTrajectory();
			LoadState state = run.getTrajectoryState();
			if (t != null && state == LoadState.LOADED && t.getT().length > 0) {
				data = TrajectoryData.of(t);
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
		hasData = data != null;
		form.setMessage(message, message == null ? IMessageProvider.NONE : IMessageProvider.INFORMATION);
		PerStepCurves curves = run != null && ModelLoader.settled(run.getPerStepState()) ? run.getPerStep() : null;
		if (curves != null && curves.getLength() == 0) {
			curves = null;
		}
		getManagedForm().setInput(new EnvironmentInput(run, run == null ? editor.sessionId() : run.getId(), data, curves, message,
				run != null && loading == run, editor.sessionId(), frictionOf(editor.session())));
		form.reflow(true);
	}

	private static FrictionThresholds frictionOf(Session session) {
		return session == null ? null : FrictionThresholds.of(session.getMu(), session.getEnvMode());
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
}
