package ttt.workbench.analysis.experiment;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.io.StoreFiles;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * Where {@link GroupedCurves} gets the per-step MSEs of a run ({@code runs/<id>/per_step.csv}). Called off the UI
 * thread.
 */
@FunctionalInterface
public interface CurveSource {

	/**
	 * One run's curves, one value per step. {@code sessionStart} is all NaN for a Phase 0 file (no
	 * {@code session_no_update_mse} column).
	 */
	record Curves(double[] base, double[] sessionStart, double[] adaptive) {

		public int steps() {
			return adaptive.length;
		}

		static Curves of(PerStepTable t) {
			double[] ss = t.sessionNoUpdateMse();
			if (ss == null) {
				ss = new double[t.steps()];
				Arrays.fill(ss, Double.NaN);
			}
			return new Curves(t.baseMse(), ss, t.adaptiveMse());
		}
	}

	/**
	 * The run's curves, or null when it has none (no file: a reference run without per_step.csv).
	 *
	 * @throws IOException when the file cannot be read (the message names it)
	 */
	Curves curves(String sessionId, String runId) throws IOException;

	/** Whether {@link #curves} may be called from several threads at once ({@link GroupedCurves} then reads in parallel). */
	default boolean threadSafe() {
		return false;
	}

	/**
	 * Through the model's {@link LazyLoader} (the curves land in the model, {@link Run#getPerStep()}, where other views
	 * find them; a failure is also recorded as a store problem). The same thread rules as {@link LazyLoader}.
	 */
	static CurveSource of(Store model, LazyLoader loader) {
		Map<String, Session> sessions = new ConcurrentHashMap<>();
		model.getSessions().forEach(s -> sessions.put(s.getId(), s));
		return (sessionId, runId) -> {
			Session s = sessions.get(sessionId);
			if (s == null) {
				return null;
			}
			for (Run r : s.getRuns()) {
				if (r.getId().equals(runId)) {
					PerStepCurves c = loader.perStep(r);
					if (r.getPerStepState() == LoadState.FAILED) {
						throw new IOException(s.getId() + "/runs/" + runId + "/" + StoreLayout.RUN_PER_STEP + " cannot be read");
					}
					return c == null ? null : Curves.of(LazyLoader.toTable(c));
				}
			}
			return null;
		};
	}

	/**
	 * Straight from the files under {@code storeRoot}, cached by run; thread-safe (so {@link GroupedCurves} reads the
	 * files on every core) and leaves the model alone.
	 */
	static CurveSource files(Path storeRoot) {
		StoreLayout layout = new StoreLayout(storeRoot);
		Map<String, Curves> cache = new ConcurrentHashMap<>();
		return new CurveSource() {
			@Override
			public Curves curves(String sessionId, String runId) throws IOException {
				String key = sessionId + "/" + runId;
				Curves c = cache.get(key);
				if (c == null) {
					Path file = layout.runDir(sessionId, runId).resolve(StoreLayout.RUN_PER_STEP);
					try {
						c = Curves.of(PerStepCsv.parse(StoreFiles.read(storeRoot, file), file));
					} catch (NoSuchFileException e) {
						return null;
					}
					cache.put(key, c);
				}
				return c;
			}

			@Override
			public boolean threadSafe() {
				return true;
			}
		};
	}
}
