package ttt.workbench.analysis.session;

import java.util.ArrayList;
import java.util.List;

import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.analysis.live.LiveRun;

/**
 * What the Overview's MSE chart draws for one run: the step numbers, the three curves (the adaptive one may be
 * shorter while a live run fills in), the per-step update flags and the update attempts to mark.
 * {@code sessionStart} is null for a Phase 0 run (no session-start pass).
 */
public record OverviewCurves(String title, double[] t, double[] base, double[] sessionStart, double[] adaptive,
		boolean[] didUpdate, boolean[] updateOk, List<UpdateMark> marks, boolean live) {

	/**
	 * A stored run: its per-step curves and its update events. When the run has no events (a log lost), the marks come
	 * from the per_step.csv flags, with no losses to tell.
	 */
	public static OverviewCurves ofRun(String title, PerStepCurves curves, List<UpdateEvent> events) {
		int n = curves.getLength();
		double[] t = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = curves.getT()[i];
		}
		List<UpdateMark> marks = new ArrayList<>();
		if (!events.isEmpty()) {
			for (UpdateEvent e : events) {
				marks.add(new UpdateMark(e.getT(), e.isCommitted(), e.getStatus() == null ? "?" : e.getStatus().getLiteral(),
						e.getPreLoss(), e.getPostLoss()));
			}
		} else {
			for (int i = 0; i < n; i++) {
				if (curves.getDidUpdate()[i]) {
					boolean ok = curves.getUpdateOk()[i];
					marks.add(new UpdateMark(curves.getT()[i], ok, ok ? "commit" : "rollback", null, null));
				}
			}
		}
		marks.sort(java.util.Comparator.comparingInt(UpdateMark::t));
		return new OverviewCurves(title, t, curves.getBaseMse(), curves.isLegacyFormat() ? null : curves.getSessionNoUpdateMse(),
				curves.getAdaptiveMse(), curves.getDidUpdate(), curves.getUpdateOk(), List.copyOf(marks), false);
	}

	/** A run in progress: baselines complete, the adaptive curve as far as it got. */
	public static OverviewCurves ofLive(String title, LiveRun live) {
		int n = live.steps();
		double[] t = new double[n];
		for (int i = 0; i < n; i++) {
			t[i] = i;
		}
		boolean[] did = new boolean[n];
		boolean[] ok = new boolean[n];
		List<UpdateMark> marks = new ArrayList<>();
		for (int i = 0; i < live.updateSteps().length; i++) {
			int step = live.updateSteps()[i];
			boolean c = live.updateCommitted()[i];
			if (step >= 0 && step < n) {
				did[step] = true;
				ok[step] = c;
			}
			marks.add(new UpdateMark(step, c, c ? "commit" : "rollback", null, null));
		}
		return new OverviewCurves(title, t, toDouble(live.baseMse(), n), toDouble(live.sessionNoUpdateMse(), n),
				toDouble(live.adaptiveSoFar(), live.length()), did, ok, List.copyOf(marks), true);
	}

	private static double[] toDouble(float[] f, int n) {
		if (f == null) {
			return new double[0];
		}
		double[] d = new double[Math.min(n, f.length)];
		for (int i = 0; i < d.length; i++) {
			d[i] = f[i];
		}
		return d;
	}

	public int steps() {
		return t.length;
	}

	/** The index of the step nearest to {@code x} (−1 for an empty run). */
	public int indexNear(double x) {
		if (t.length == 0) {
			return -1;
		}
		int lo = 0;
		int hi = t.length - 1;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (t[mid] < x) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo > 0 && Math.abs(t[lo - 1] - x) <= Math.abs(t[lo] - x) ? lo - 1 : lo;
	}

	/** The update attempt at step {@code step}, if any. */
	public UpdateMark markAt(int step) {
		for (UpdateMark m : marks) {
			if (m.t() == step) {
				return m;
			}
		}
		return null;
	}

	/** The figures of the cards (for a live run: of what exists so far). */
	public OverviewFigures figures() {
		int committed = (int) marks.stream().filter(UpdateMark::committed).count();
		return OverviewFigures.of(base, sessionStart, adaptive, marks.size(), committed);
	}
}
