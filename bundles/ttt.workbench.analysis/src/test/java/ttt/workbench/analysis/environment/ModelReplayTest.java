package ttt.workbench.analysis.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.PlasticState;

/**
 * Replaying fixed weights over the reference's case1 run (600 steps, fresh session from the base, so base and
 * session_start share the base weights): the recomputed errors must reproduce per_step.csv, and weights that are not
 * the run's must be caught.
 */
class ModelReplayTest {

	private static final Path CASE1 = Path.of(System.getProperty("ttt.fixtures.dir", "../../../shared/fixtures"))
			.resolve("reference-run-case1");
	private static final Path RUN = CASE1.resolve("store_after/sessions/case1/runs/case1_1795287431_seed1");

	@TempDir
	Path tmp;

	/** The run's trajectory as the store reads it (base and sessions of case1 combined in a temporary store). */
	private TrajectoryData trajectory() throws IOException {
		Path root = tmp.resolve("store");
		copy(CASE1.resolve("store_before"), root);
		copy(CASE1.resolve("store_after"), root);
		try (ArtifactStore store = ArtifactStore.open(root)) {
			Run run = store.model().findSession("case1").findRun("case1_1795287431_seed1");
			return TrajectoryData.of(store.loader().trajectory(run));
		}
	}

	private static void copy(Path source, Path target) throws IOException {
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static PerStepTable perStep() throws IOException {
		Path csv = RUN.resolve("per_step.csv");
		return PerStepCsv.parse(Files.readAllBytes(csv), csv);
	}

	@Test
	void baseWeightsReproduceTheRecordedErrorsAndPredictTheNextObservation() throws IOException {
		BaseCheckpoint base = BaseCheckpoint.read(CASE1.resolve("store_before/base/base_checkpoint.pt"));
		TrajectoryData traj = trajectory();
		PerStepTable table = perStep();
		ModelReplay.Result r = ModelReplay.replay("base", PlasticWeights.fromBase(base), PlasticWeights.decay(base), traj, table.baseMse());
		assertEquals(599, r.compared(), "every step whose truth is in the trajectory");
		assertTrue(r.matchesRecord(), "worst " + r.worst() + ", mismatches " + r.mismatches());
		assertEquals(599, r.predictions().length);
		// the prediction's own error against the next row is the recorded error (mean over the 4 components)
		int t = 300;
		double sum = 0;
		double[] truth = { traj.x()[t + 1], traj.y()[t + 1], traj.vx()[t + 1], traj.vy()[t + 1] };
		for (int k = 0; k < 4; k++) {
			double d = r.predictions()[t][k] - truth[k];
			sum += d * d;
		}
		assertEquals(table.baseMse()[t], sum / 4, 2e-3 * table.baseMse()[t]);
	}

	@Test
	void otherWeightsAreCaught() throws IOException {
		BaseCheckpoint base = BaseCheckpoint.read(CASE1.resolve("store_before/base/base_checkpoint.pt"));
		// the session's weights after the run are not what session_start used: the replay must not match
		Weights after = PlasticWeights.fromPlasticState(PlasticState.read(CASE1.resolve("store_after/sessions/case1/plastic_state.pt")));
		ModelReplay.Result r = ModelReplay.replay("session_start", after, PlasticWeights.decay(base), trajectory(),
				perStep().sessionNoUpdateMse());
		assertFalse(r.matchesRecord());
		assertTrue(r.mismatches() > 100, "mismatches " + r.mismatches());
	}

	@Test
	void startWeightsAreThePreviousRunsEndOrTheBase() throws IOException {
		Path a = Files.createDirectories(tmp.resolve("runs/a")), b = Files.createDirectories(tmp.resolve("runs/b")),
				c = Files.createDirectories(tmp.resolve("runs/c"));
		Files.writeString(b.resolve("plastic_state.pt"), "x");
		List<Path> runs = List.of(a, b, c);
		assertTrue(StartWeights.of(runs, a, true).base());
		assertFalse(StartWeights.of(runs, a, false).available(), "a fork's first run");
		assertFalse(StartWeights.of(runs, b, true).available(), "a was written by the reference: no end weights");
		assertEquals(b.resolve("plastic_state.pt"), StartWeights.of(runs, c, true).plasticState());
	}
}
