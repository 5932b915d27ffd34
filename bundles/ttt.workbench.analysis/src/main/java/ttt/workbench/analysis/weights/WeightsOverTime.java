package ttt.workbench.analysis.weights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.model.UpdateStatus;

/**
 * The plastic weights' size after every update attempt of a session, across all its runs: the Frobenius norms of
 * W_u, B and W_o (and of the three together) and their largest |w|, as this product's engine records them in each
 * event ({@code weight_fro_norms}, {@code weight_max_abs}; after the restore when the update was rolled back). Runs
 * are laid end to end, oldest first, so x is the global step: the run's offset (the steps of the runs before it) plus
 * the event's t. Events the reference wrote carry no norms and are left out (counted in {@link #withoutNorms}).
 *
 * @param points every event with norms, in x order
 * @param runs every run of the session, oldest first, with where it starts on x
 * @param withoutNorms events that carry no weight norms (written by the reference, or not attributed to a run)
 */
public record WeightsOverTime(String sessionId, List<Point> points, List<RunSpan> runs, int withoutNorms) {

	public static final String NORMS_KEY = "weight_fro_norms";
	public static final String MAX_ABS_KEY = "weight_max_abs";

	/**
	 * One update attempt.
	 *
	 * @param index the update's number across the session (0-based, counting every event, also those without norms)
	 * @param x the global step ({@code run offset + t})
	 * @param fro ‖W_u‖_F, ‖B‖_F, ‖W_o‖_F ({@link WeightSet#PLASTIC} order)
	 * @param froTotal the norm of the three together: {@code sqrt(Σ ‖W‖_F²)}
	 * @param maxAbs the largest |w| over the three matrices, NaN when the event does not record it
	 */
	public record Point(int index, long x, int t, String runId, int runIndex, UpdateStatus status, double[] fro, double froTotal,
			double maxAbs) {
	}

	/** A run on the x axis: it covers {@code [startX, startX + steps)}. */
	public record RunSpan(String runId, int runIndex, long startX, int steps) {
	}

	public static WeightsOverTime of(Session s) {
		List<Point> points = new ArrayList<>();
		List<RunSpan> runs = new ArrayList<>();
		long offset = 0;
		int index = 0;
		int without = 0;
		List<Run> ordered = SessionUpdates.runsOldestFirst(s);
		for (int r = 0; r < ordered.size(); r++) {
			Run run = ordered.get(r);
			List<UpdateEvent> events = new ArrayList<>(run.getEvents());
			events.sort(Comparator.comparingInt(UpdateEvent::getT));
			int last = events.isEmpty() ? -1 : events.get(events.size() - 1).getT();
			int steps = Math.max(run.getSteps(), last + 1);
			runs.add(new RunSpan(run.getId(), r, offset, steps));
			for (UpdateEvent e : events) {
				double[] fro = triple(e.getExtraJson(), NORMS_KEY);
				if (fro == null) {
					without++;
				} else {
					double[] max = triple(e.getExtraJson(), MAX_ABS_KEY);
					double maxAbs = max == null ? Double.NaN : Math.max(max[0], Math.max(max[1], max[2]));
					points.add(new Point(index, offset + e.getT(), e.getT(), run.getId(), r, e.getStatus(), fro,
							Math.sqrt(fro[0] * fro[0] + fro[1] * fro[1] + fro[2] * fro[2]), maxAbs));
				}
				index++;
			}
			offset += steps;
		}
		without += (int) s.getEvents().stream().filter(e -> e.getRun() == null).count();
		return new WeightsOverTime(s.getId(), List.copyOf(points), List.copyOf(runs), without);
	}

	/** {@code {"W_u": a, "B": b, "W_o": c}} under {@code key} as {a, b, c}, or null when absent or incomplete. */
	private static double[] triple(JsonNode extra, String key) {
		JsonNode n = extra == null ? null : extra.get(key);
		if (n == null || !n.isObject()) {
			return null;
		}
		double[] out = new double[3];
		for (int i = 0; i < 3; i++) {
			JsonNode v = n.get(WeightSet.PLASTIC.get(i));
			if (v == null || !v.isNumber()) {
				return null;
			}
			out[i] = v.doubleValue();
		}
		return out;
	}

	public boolean isEmpty() {
		return points.isEmpty();
	}

	/** Whether any point records max |w|. */
	public boolean hasMaxAbs() {
		return points.stream().anyMatch(p -> !Double.isNaN(p.maxAbs()));
	}

	public double[] x() {
		return points.stream().mapToDouble(Point::x).toArray();
	}

	public double[] froTotal() {
		return points.stream().mapToDouble(Point::froTotal).toArray();
	}

	/** ‖W‖_F of one plastic matrix (0 = W_u, 1 = B, 2 = W_o) at every point. */
	public double[] fro(int matrix) {
		return points.stream().mapToDouble(p -> p.fro()[matrix]).toArray();
	}

	public double[] maxAbs() {
		return points.stream().mapToDouble(Point::maxAbs).toArray();
	}

	/** The points of one outcome, for its markers. */
	public List<Point> withStatus(UpdateStatus status) {
		return points.stream().filter(p -> p.status() == status).toList();
	}

	/** The point nearest to global step {@code x}, or null when there is none. */
	public Point nearest(double x) {
		Point best = null;
		for (Point p : points) {
			if (best == null || Math.abs(p.x() - x) < Math.abs(best.x() - x)) {
				best = p;
			}
		}
		return best;
	}

	/** Every point as a table: what the chart's CSV export writes. */
	public ttt.workbench.analysis.export.CsvTable table() {
		ttt.workbench.analysis.export.CsvTable t = new ttt.workbench.analysis.export.CsvTable(List.of("update", "run_id", "t", "global_step",
				"status", "fro_all", "fro_W_u", "fro_B", "fro_W_o", "max_abs"));
		for (Point p : points) {
			t.row(List.of(p.index() + 1, p.runId(), p.t(), p.x(), p.status() == null ? "" : p.status().getLiteral(), p.froTotal(), p.fro()[0],
					p.fro()[1], p.fro()[2], Double.isNaN(p.maxAbs()) ? "" : p.maxAbs()));
		}
		return t;
	}

	/** One line for a hover or a test: where the update is and what its weights measured. */
	public static String describe(Point p) {
		return String.format(java.util.Locale.ROOT, "update %d · run %s · step %d (global %d) · %s · ‖W‖_F %.5g (W_u %.5g, B %.5g, W_o %.5g)%s",
				p.index() + 1, p.runId(), p.t(), p.x(), p.status() == null ? "?" : p.status().getLiteral(), p.froTotal(), p.fro()[0],
				p.fro()[1], p.fro()[2], Double.isNaN(p.maxAbs()) ? "" : String.format(java.util.Locale.ROOT, " · max |w| %.5g", p.maxAbs()));
	}
}
