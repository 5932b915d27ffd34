package ttt.workbench.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.sweep.spec.Distribution;
import ttt.workbench.sweep.spec.Parameter;
import ttt.workbench.sweep.spec.SpecException;
import ttt.workbench.sweep.spec.SpecProblem;
import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.sweep.spec.SweepSpec;

/**
 * Every kind of spec error is reported with its file, line and column, all at once, and nothing is written to the
 * store (its fingerprint is unchanged; there is no sweeps/ folder and no new session).
 */
class SweepSpecTest {

	@TempDir
	Path tmp;

	/** Reads the spec and prepares it against a fresh fixture store; returns the problems; asserts nothing was written. */
	private List<SpecProblem> problems(String text) throws Exception {
		return problems(SweepTestSupport.case1Store(tmp, "store"), text);
	}

	private List<SpecProblem> problems(Path store, String text) throws Exception {
		Path file = SweepTestSupport.writeSpec(tmp, "spec.yaml", text);
		Map<String, String> before = SweepTestSupport.fingerprint(store);
		SpecException e = assertThrows(SpecException.class, () -> Sweeps.prepare(store, SpecReader.read(file)));
		assertEquals(before, SweepTestSupport.fingerprint(store), "a refused spec must not change the store");
		assertTrue(!java.nio.file.Files.exists(store.resolve("sweeps")), "no sweeps/ folder for a refused spec");
		for (SpecProblem p : e.problems()) {
			assertEquals(file.toString(), p.file(), "every problem names the file");
		}
		return e.problems();
	}

	private static void assertAt(SpecProblem p, int line, int column, String words) {
		assertEquals(line, p.line(), () -> "line of " + p);
		assertEquals(column, p.column(), () -> "column of " + p);
		assertTrue(p.message().contains(words), () -> "'" + words + "' not in " + p);
	}

	@Test
	void unknownKey() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10]\nlerning_rate: 0.1\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 3, 1, "unknown key 'lerning_rate'");
	}

	@Test
	void wrongTypes() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10, x]\nchunk: 32.5\nlr: fast\nreset_optimizer: 1\n");
		assertEquals(4, ps.size(), ps.toString());
		assertAt(ps.get(0), 5, 18, "'reset_optimizer' must be true or false");
		assertAt(ps.get(1), 2, 12, "'runs' must be an integer");
		assertAt(ps.get(2), 4, 5, "'lr' must be a number, found the string 'fast'");
		assertAt(ps.get(3), 3, 8, "'chunk' must be an integer");
	}

	@Test
	void outOfRange() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10, 0]\nmu: [0.1, 1.5]\nlr: -0.1\nbuffer_len: 0\nseeds: [1, -3]\n");
		assertEquals(5, ps.size(), ps.toString());
		assertAt(ps.get(0), 6, 12, "a seed must be from 0");
		assertAt(ps.get(1), 2, 12, "a run length must be from 1");
		assertAt(ps.get(2), 3, 11, "'mu' must be in (0, 1), found 1.5");
		assertAt(ps.get(3), 4, 5, "'lr' must be a finite number > 0");
		assertAt(ps.get(4), 5, 13, "'buffer_len' must be an integer from 1");
	}

	@Test
	void badDistributions() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10]\nsamples: 3\nlr: {normal: [0, 1]}\nmomentum: {log_uniform: [0, 0.5]}\n"
				+ "rollback_tol: {uniform: [0.3, 0.1]}\nchunk: {uniform: [8, 64]}\nmu: {uniform: [0.1]}\n");
		assertEquals(5, ps.size(), ps.toString());
		assertAt(ps.get(0), 8, 15, "uniform needs [low, high], found 1 values");
		assertAt(ps.get(1), 4, 6, "unknown distribution 'normal'");
		assertAt(ps.get(2), 5, 26, "log_uniform needs low > 0");
		assertAt(ps.get(3), 7, 9, "uniform is for real-valued parameters");
		assertAt(ps.get(4), 6, 25, "needs low < high");
	}

	@Test
	void samplesWithoutDistributionAndDistributionWithoutSamples() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10]\nsamples: 4\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 3, 10, "no parameter has a distribution");
		ps = problems(SweepTestSupport.case1Store(tmp, "store2"), "name: s1\nruns: [10]\nlr: {uniform: [0.001, 0.01]}\n");
		assertAt(ps.get(0), 3, 5, "needs 'samples'");
	}

	@Test
	void emptyGridAxis() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10]\nmu: []\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 3, 5, "empty grid axis");
	}

	@Test
	void nameNotFolderSafe() throws Exception {
		List<SpecProblem> ps = problems("name: ../evil\nruns: [10]\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 1, 7, "'name' must be folder-safe");
		ps = problems(SweepTestSupport.case1Store(tmp, "store2"), "runs: [10]\n");
		assertAt(ps.get(0), 1, 1, "missing key 'name'");
	}

	@Test
	void fromUnknownSession() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nfrom: nosuch\nruns: [10]\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 2, 7, "no session \"nosuch\"");
	}

	@Test
	void forkCannotSetInheritedSettings() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nfrom: case1\nruns: [10]\nmu: 0.1\nchunk: [16, 32]\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 4, 1, "'mu' cannot be set when forking");
	}

	@Test
	void duplicateKeysAndYamlSyntax() throws Exception {
		List<SpecProblem> ps = problems("name: s1\nruns: [10]\nname: s2\n");
		assertAt(ps.get(0), 3, 1, "duplicate key 'name'");
		ps = problems(SweepTestSupport.case1Store(tmp, "store2"), "name: s1\nruns: [10\nmu: 0.1\n");
		assertEquals(1, ps.size(), ps.toString());
		assertTrue(ps.get(0).line() >= 2 && ps.get(0).message().startsWith("not valid YAML"), ps.toString());
	}

	@Test
	void idsClashingWithExistingSessions() throws Exception {
		Path store = SweepTestSupport.case1Store(tmp, "store");
		try (ArtifactStore s = ArtifactStore.open(store)) {
			NewSession.run(s, new NewSession.Request("clash-0001", 0.1, EnvMode.LINEAR, 1, StoreFactory.eINSTANCE.createPlasticityConfig(), null));
		}
		List<SpecProblem> ps = problems(store, "# a comment line\nname: clash\nruns: [10]\nseeds: [1, 2, 3]\n");
		assertEquals(1, ps.size(), ps.toString());
		assertAt(ps.get(0), 2, 7, "session \"clash-0001\" already exists and is not point 1 of this sweep (it is not part of a sweep)");
	}

	@Test
	void allProblemsAtOnce() throws Exception {
		List<SpecProblem> ps = problems("name: a/b\nruns: []\nmu: 2\nfoo: 1\n");
		assertEquals(4, ps.size(), ps.toString());
	}

	@Test
	void validSpecAsInSpec6() throws Exception {
		SweepSpec spec = SpecReader.parse("name: mu-vs-lr\nfrom: base\nreset_optimizer: false\nenv_mode: [linear, nonlinear]\n"
				+ "mu: [0.05, 0.12, 0.2]\nlr: {log_uniform: [1e-4, 1e-2]}\nrollback_tol: 0.2\nseeds: [1, 2, 3]\nruns: [600, 600]\n"
				+ "samples: 20\nsample_seed: 7\nadjust_lr_fn: [null, original]\n", "s.yaml");
		assertEquals("mu-vs-lr", spec.name());
		assertEquals(null, spec.from());
		assertEquals(List.of(0.05, 0.12, 0.2), spec.grid().get(Parameter.MU));
		assertEquals(java.util.Arrays.asList(null, "original"), spec.grid().get(Parameter.ADJUST_LR_FN));
		assertEquals(new Distribution(Distribution.Type.LOG_UNIFORM, 1e-4, 1e-2, null), spec.sampled().get(Parameter.LR));
		assertEquals(0.2, spec.fixed().get(Parameter.ROLLBACK_TOL));
		assertEquals(List.of(600, 600), spec.runs());
		assertEquals(2 * 3 * 2 * 20 * 3, SweepPlan.of(spec).size());
	}
}
