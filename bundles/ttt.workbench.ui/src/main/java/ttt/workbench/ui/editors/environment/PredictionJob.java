package ttt.workbench.ui.editors.environment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.analysis.environment.ModelReplay;
import ttt.workbench.analysis.environment.StartWeights;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.PlasticState;

/**
 * Recomputes the predictions of {@code base} and {@code session_start} for one run in the background (reads the
 * weight files directly, never the EMF model) and hands the outcome to the UI thread. A few hundred 4×32 products per
 * step: milliseconds for a 600-step run.
 */
final class PredictionJob extends Job {

	/** What the page shows: the models that replayed faithfully, and one line per model saying what happened. */
	record Outcome(String runId, List<ModelReplay.Result> trusted, List<String> notes) {
	}

	private final String runId;
	private final Path baseCheckpoint;
	private final StartWeights.Source start;
	private final TrajectoryData trajectory;
	private final double[] baseMse, startMse;
	private final Display display;
	private final Consumer<Outcome> done;

	PredictionJob(String runId, Path baseCheckpoint, StartWeights.Source start, TrajectoryData trajectory, double[] baseMse,
			double[] startMse, Display display, Consumer<Outcome> done) {
		super("Recomputing predictions of " + runId);
		this.runId = runId;
		this.baseCheckpoint = baseCheckpoint;
		this.start = start;
		this.trajectory = trajectory;
		this.baseMse = baseMse;
		this.startMse = startMse;
		this.display = display;
		this.done = done;
		setSystem(true);
	}

	/**
	 * Recomputes the predictions for {@code run} of a store laid out as {@code layout}: the start weights come from the
	 * session's runs in the order they were made.
	 */
	static void schedule(StoreLayout layout, Run run, TrajectoryData data, PerStepCurves curves, Display display,
			Consumer<Outcome> done) {
		Session session = run.getSession();
		List<Path> runs = session.getRuns().stream()
				.sorted(Comparator.comparingDouble((Run r) -> r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix())
						.thenComparing(Run::getId))
				.map(r -> layout.runDir(session.getId(), r.getId())).toList();
		StartWeights.Source start = StartWeights.of(runs, layout.runDir(session.getId(), run.getId()), session.getParentId() == null);
		double[] startMse = curves.getSessionNoUpdateMse();
		new PredictionJob(run.getId(), layout.baseCheckpoint(), start, data, curves.getBaseMse().clone(),
				startMse == null || startMse.length == 0 ? null : startMse.clone(), display, done).schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<ModelReplay.Result> trusted = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		try {
			BaseCheckpoint base = BaseCheckpoint.read(baseCheckpoint);
			float[] decay = PlasticWeights.decay(base);
			Weights baseWeights = PlasticWeights.fromBase(base);
			judge(ModelReplay.replay("base", baseWeights, decay, trajectory, baseMse), "base weights", trusted, notes);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			if (startMse == null) {
				notes.add("session_start: this run's per_step.csv has no session_start column (a Phase 0 run).");
			} else if (!start.available()) {
				notes.add("session_start: not recomputed, " + start.why() + ".");
			} else {
				Weights w = start.base() ? baseWeights : PlasticWeights.fromPlasticState(PlasticState.read(start.plasticState()));
				judge(ModelReplay.replay("session_start", w, decay, trajectory, startMse), start.why(), trusted, notes);
			}
		} catch (Exception e) {
			notes.add("Predictions could not be recomputed: " + e.getMessage());
		}
		notes.add("adaptive: not recomputed, its weights changed at each commit and only the final ones are kept (see its error).");
		Outcome outcome = new Outcome(runId, trusted, notes);
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(outcome));
		}
		return Status.OK_STATUS;
	}

	private static void judge(ModelReplay.Result r, String from, List<ModelReplay.Result> trusted, List<String> notes) {
		if (r.matchesRecord()) {
			trusted.add(r);
			notes.add(String.format(Locale.ROOT, "%s: recomputed from %s; all %d errors match per_step.csv (to %.0e).",
					r.model(), from, r.compared(), r.worst()));
		} else {
			notes.add(String.format(Locale.ROOT, "%s: not shown, recomputing from %s gives errors that differ from per_step.csv at %d of %d steps.",
					r.model(), from, r.mismatches(), r.compared()));
		}
	}
}
