package ttt.workbench.ui.jobs.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.model.EnvMode;

/** Validation of the three dialogs' fields: the command line's defaults make valid requests; each bad field is named. */
class FormsTest {

	@TempDir
	Path tmp;

	@Test
	void runDefaultsAreTheCommandLines() {
		RunSessionForm.Outcome o = RunSessionForm.defaults("s1").validate();
		assertTrue(o.ok(), o.problem());
		RunSession.Request r = o.request();
		assertEquals("s1", r.sessionId());
		assertEquals(600, r.steps());
		assertEquals(1337L, r.seed());
		assertNull(r.actionsCsv());
		assertNull(r.chunk(), "blank keeps the session's chunk");
		assertNull(r.bufferLen());
		assertEquals("auto", r.backend());
	}

	@Test
	void runProblemsNameTheField() {
		RunSessionForm d = RunSessionForm.defaults("s1");
		assertEquals("Steps must be a positive whole number, not 0", with(d, "0", "1", "", "").validate().problem());
		assertEquals("Steps must be a whole number, not \"6o0\"", with(d, "6o0", "1", "", "").validate().problem());
		assertEquals("Steps is empty", with(d, " ", "1", "", "").validate().problem());
		assertEquals("Seed must be a whole number, not \"x\"", with(d, "60", "x", "", "").validate().problem());
		assertEquals("Chunk must be a positive whole number, not -3", with(d, "60", "1", "-3", "").validate().problem());
		assertEquals("Steps must be at most 1000000, not 6000000", with(d, "6000000", "1", "", "").validate().problem());
		RunSession.Request r = with(d, "60", "7", "4", "32").validate().request();
		assertEquals(60, r.steps());
		assertEquals(7L, r.seed());
		assertEquals(4, r.chunk());
		assertEquals(32, r.bufferLen());
	}

	@Test
	void replayNeedsAnExistingCsvAndIgnoresStepsAndSeed() throws Exception {
		RunSessionForm noFile = new RunSessionForm("s1", "junk", true, "junk", "", "", "", "auto");
		assertEquals("Choose the CSV file of actions to replay (header ax,ay)", noFile.validate().problem());
		Path missing = tmp.resolve("nope.csv");
		assertEquals("Actions file " + missing + " does not exist or is not a file",
				new RunSessionForm("s1", "", true, "", missing.toString(), "", "", "auto").validate().problem());
		Path csv = Files.writeString(tmp.resolve("a.csv"), "ax,ay\n0.1,0.2\n");
		RunSessionForm.Outcome o = new RunSessionForm("s1", "junk", true, "junk", csv.toString(), "", "", "auto").validate();
		assertTrue(o.ok(), o.problem());
		assertEquals(csv, o.request().actionsCsv());
	}

	private static RunSessionForm with(RunSessionForm d, String steps, String seed, String chunk, String buffer) {
		return new RunSessionForm(d.sessionId(), steps, false, seed, "", chunk, buffer, d.backend());
	}

	@Test
	void newSessionValidatesTheIdAndUsesTheDefaults() {
		Set<String> existing = Set.of("s1");
		NewSessionForm d = NewSessionForm.defaults();
		assertEquals("Enter an id for the new session", d.validate(existing::contains).problem());
		assertEquals("A session \"s1\" already exists in this store", withId(d, "s1").validate(existing::contains).problem());
		assertEquals("Session id must not contain white space", withId(d, "my run").validate(existing::contains).problem());
		assertEquals("Session id must not contain a path separator ('/')", withId(d, "a/b").validate(existing::contains).problem());
		assertEquals("Session id must not start with '.' (hidden files are reserved for the store)",
				withId(d, ".x").validate(existing::contains).problem());
		NewSessionForm.Outcome o = withId(d, "s2").validate(existing::contains);
		assertTrue(o.ok(), o.problem());
		NewSession.Request r = o.request();
		assertEquals("s2", r.sessionId());
		assertTrue(r.mu() < 0, "blank μ is drawn from the seed by the engine");
		assertEquals(EnvMode.LINEAR, r.envMode());
		assertEquals(1337L, r.seed());
		assertEquals(0.005, r.plasticity().getLr());
		assertEquals(0.95, r.plasticity().getMomentum());
		assertNull(r.optimizer());
	}

	@Test
	void newSessionNumbers() {
		NewSessionForm d = withId(NewSessionForm.defaults(), "s2");
		NewSessionForm mu = new NewSessionForm("s2", "0.1", "nonlinear", "5", d.lr(), d.momentum(), "8", "64");
		NewSession.Request r = mu.validate(id -> false).request();
		assertEquals(0.1, r.mu());
		assertEquals(EnvMode.NONLINEAR, r.envMode());
		assertEquals(8, r.plasticity().getChunk());
		assertEquals(64, r.plasticity().getBufferLen());
		assertEquals("μ (friction) must be 0 or more, not -0.1; leave it blank to draw it from the seed",
				new NewSessionForm("s2", "-0.1", "linear", "5", d.lr(), d.momentum(), "8", "64").validate(id -> false).problem());
		assertEquals("Momentum must be in [0, 1), not 1",
				new NewSessionForm("s2", "", "linear", "5", d.lr(), "1", "8", "64").validate(id -> false).problem());
		assertEquals("Learning rate must be greater than 0, not 0",
				new NewSessionForm("s2", "", "linear", "5", "0", d.momentum(), "8", "64").validate(id -> false).problem());
	}

	private static NewSessionForm withId(NewSessionForm d, String id) {
		return new NewSessionForm(id, d.mu(), d.envMode(), d.seed(), d.lr(), d.momentum(), d.chunk(), d.bufferLen());
	}

	@Test
	void newStoreWantsANewOrEmptyFolder() throws Exception {
		Path fresh = tmp.resolve("fresh");
		NewStoreForm.Outcome o = NewStoreForm.defaults(fresh.toString()).validate();
		assertTrue(o.ok(), o.problem());
		assertEquals(fresh, o.root());
		assertEquals(2000, o.config().steps());
		assertEquals(32, o.config().batch());
		assertEquals(32, o.config().seqLen());
		assertEquals(1337L, o.config().seed());
		assertEquals(16, o.config().uDim());
		assertEquals(32, o.config().nState());
		assertEquals(Dynamics.LINEAR, o.config().dynamics());
		assertEquals("auto", o.backend());

		Files.createDirectories(tmp.resolve("empty"));
		assertTrue(NewStoreForm.defaults(tmp.resolve("empty").toString()).validate().ok(), "an empty folder is fine");
		// tmp now holds the folder "empty"
		assertFalse(NewStoreForm.defaults(tmp.toString()).validate().ok());
		assertEquals(tmp + " is not empty; choose a new or empty folder (to open a store, use -store)",
				NewStoreForm.defaults(tmp.toString()).validate().problem());
		assertEquals("The store folder must be an absolute path", NewStoreForm.defaults("relative/store").validate().problem());
		assertEquals("Choose a folder for the new store", NewStoreForm.defaults(" ").validate().problem());
		NewStoreForm bad = new NewStoreForm(fresh.toString(), "0", "32", "32", "1", "linear", "16", "32", "auto");
		assertEquals("Pretraining steps must be a positive whole number, not 0", bad.validate().problem());
	}
}
