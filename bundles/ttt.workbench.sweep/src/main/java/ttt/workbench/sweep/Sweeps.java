package ttt.workbench.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.engine.session.EngineException;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;
import ttt.workbench.sweep.spec.SpecException;
import ttt.workbench.sweep.spec.SpecProblem;
import ttt.workbench.sweep.spec.SweepSpec;

/**
 * Entry point of sweeps: {@link #prepare} checks a spec against the store and finds what is left to do;
 * {@link #run} prepares and runs it on an engine.
 *
 * <p><b>Resuming.</b> The sessions are the truth (the manifest is a cache of their {@code sweep} keys): a point whose
 * session {@code <name>-NNNN} exists with a {@code sweep} key naming this sweep, this point number and these
 * parameters (and the same {@code from}, optimizer choice and runs) is done and never recomputed; sessions only ever
 * appear whole (see {@link PointCommitter}), so an existing one is complete. A session of that id that is anything
 * else (no sweep key, another sweep, other parameters, or unreadable) is a problem of the spec, reported at its
 * {@code name}. Points that failed before are tried again. The spec in {@code sweeps/<name>/spec.yaml} is replaced by
 * the one given; a spec whose points differ from the sessions already made is refused point by point, so only specs
 * that add points at the end (e.g. a value appended to the first grid axis) extend a sweep.
 */
public final class Sweeps {

	private Sweeps() {
	}

	/**
	 * Checks {@code spec} against the store at {@code root} (base present and intact, {@code from} session present, no
	 * clashing ids) and plans it. Writes nothing (opening the store may rebuild a stale {@code index.json}, as every
	 * open does).
	 *
	 * @throws SpecException every problem, with file, line and column
	 * @throws IOException   when {@code root} is not a store folder
	 */
	public static SweepJob prepare(Path root, SweepSpec spec) throws SpecException, IOException {
		if (!Files.isDirectory(root)) {
			throw new IOException("no artifact store at " + root.toAbsolutePath() + " (run init_base first, or pass --artifacts_root)");
		}
		List<SpecProblem> problems = new ArrayList<>();
		try (ArtifactStore store = ArtifactStore.open(root)) {
			if (store.model().getBase() == null) {
				problems.add(new SpecProblem(spec.file(), 0, 0, "the store at " + store.root() + " has no base model (run init_base first)"));
			}
			if (spec.from() != null && store.model().findSession(spec.from()) == null) {
				problems.add(spec.location("from").problem("'from': no session \"" + spec.from() + "\" in the store at " + store.root()));
			}
			SweepPlan plan = SweepPlan.of(spec);
			Set<Integer> done = new TreeSet<>();
			List<SweepPoint> pending = new ArrayList<>();
			for (SweepPoint p : plan.points()) {
				Session s = store.model().findSession(p.sessionId());
				if (s != null) {
					JsonNode key = s.getExtraJson() == null ? null : s.getExtraJson().get(SweepPoint.META_KEY);
					if (p.matches(key)) {
						done.add(p.number());
					} else {
						problems.add(spec.location("name").problem("session \"" + p.sessionId() + "\" already exists and is not point "
								+ p.number() + " of this sweep (" + why(p, key) + "); choose another name"));
					}
				} else if (Files.exists(store.layout().sessionDir(p.sessionId()))) {
					problems.add(spec.location("name").problem("sessions/" + p.sessionId() + " exists but cannot be read as a session "
							+ "(ttt check says why); choose another name"));
				} else {
					pending.add(p);
				}
			}
			if (!problems.isEmpty()) {
				throw new SpecException(problems);
			}
			PointContext context;
			try {
				context = PointContext.load(store, spec.from());
			} catch (EngineException e) {
				throw new SpecException(List.of(spec.from() != null ? spec.location("from").problem(e.getMessage())
						: new SpecProblem(spec.file(), 0, 0, e.getMessage())));
			}
			return new SweepJob(store.root(), plan, context, pending, done,
					Manifest.previousFailures(Manifest.file(store.root(), spec.name()), plan));
		}
	}

	private static String why(SweepPoint p, JsonNode key) {
		if (key == null) {
			return "it is not part of a sweep";
		}
		String name = key.path("name").asText("?");
		if (!name.equals(p.sweep())) {
			return "it is point " + key.path("point").asText("?") + " of sweep \"" + name + "\"";
		}
		return "its sweep key records " + PythonJsonWriter.compact(key.path("parameters")) + " from "
				+ key.path("from").asText("?") + " with runs " + PythonJsonWriter.compact(key.path("runs")) + ", this spec plans "
				+ PythonJsonWriter.compact(SweepPoint.parametersJson(p.parameters(), p.seed())) + " from "
				+ (p.from() == null ? "base" : p.from()) + " with runs " + p.runs();
	}

	/** Prepares {@code spec} and runs it on {@code engine}. */
	public static SweepOutcome run(Path root, SweepSpec spec, SweepEngine engine, SweepListener listener,
			java.util.function.BooleanSupplier cancelled) throws SpecException, IOException {
		return engine.run(prepare(root, spec), listener, cancelled);
	}
}
