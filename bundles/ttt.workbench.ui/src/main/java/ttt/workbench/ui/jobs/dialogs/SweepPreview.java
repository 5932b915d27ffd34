package ttt.workbench.ui.jobs.dialogs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import ttt.workbench.sweep.SweepJob;
import ttt.workbench.sweep.SweepPlan;
import ttt.workbench.sweep.SweepPoint;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecException;
import ttt.workbench.sweep.spec.SpecProblem;
import ttt.workbench.sweep.spec.SpecReader;
import ttt.workbench.sweep.spec.SweepSpec;

/**
 * What the Run Sweep dialog shows for the spec as typed: its problems (each with line and column), or the points it
 * makes, how many are done already (a sweep resumes) and one preview row per point. SWT-free; {@link #check} reads
 * the store (it runs {@link Sweeps#prepare}, the very checks the sweep makes before it starts), so the dialog calls
 * it off the UI thread.
 *
 * @param spec        the parsed spec, or null when it has problems
 * @param problems    every problem found, in the order of the file (empty when the spec can run)
 * @param alreadyDone points whose sessions exist already (they are skipped)
 * @param rows        one per point, in point order
 */
public record SweepPreview(SweepSpec spec, List<SpecProblem> problems, int total, int alreadyDone, List<Row> rows) {

	/** One session the sweep makes (or made: {@code done}). */
	public record Row(String sessionId, String from, String parameters, long seed, String runs, boolean done) {
	}

	public SweepPreview {
		problems = List.copyOf(problems);
		rows = List.copyOf(rows);
	}

	public boolean ok() {
		return spec != null && problems.isEmpty();
	}

	/** The first problem as one line ("line 3, column 5: …"), or null. */
	public String firstProblem() {
		return problems.isEmpty() ? null : describe(problems.get(0));
	}

	/** "line 3, column 5: message" (or only the message when the problem has no place). */
	public static String describe(SpecProblem p) {
		return p.line() > 0 ? "line " + p.line() + ", column " + p.column() + ": " + p.message() : p.message();
	}

	/** Parses {@code text} ({@code file} names it in problems) and checks it against the store at {@code root}. */
	public static SweepPreview check(String text, String file, Path root) {
		SweepSpec spec;
		try {
			spec = SpecReader.parse(text, file);
		} catch (SpecException e) {
			return invalid(e.problems());
		}
		SweepJob job;
		try {
			job = Sweeps.prepare(root, spec);
		} catch (SpecException e) {
			return invalid(e.problems());
		} catch (IOException | RuntimeException e) {
			return invalid(List.of(new SpecProblem(file, 0, 0, "cannot check the spec against the store: " + e.getMessage())));
		}
		SweepPlan plan = job.plan();
		List<Row> rows = new ArrayList<>(plan.size());
		for (SweepPoint p : plan.points()) {
			rows.add(new Row(p.sessionId(), p.from() == null ? "base" : p.from(), parameters(p.parameters()), p.seed(), p.runs().toString(),
					job.done().contains(p.number())));
		}
		return new SweepPreview(spec, List.of(), plan.size(), job.done().size(), rows);
	}

	private static SweepPreview invalid(List<SpecProblem> problems) {
		return new SweepPreview(null, problems, 0, 0, List.of());
	}

	/** {@code mu=0.05, env_mode=linear}: the point's settings (defaults of new_session for the others). */
	static String parameters(Map<String, Object> parameters) {
		List<String> parts = new ArrayList<>();
		parameters.forEach((k, v) -> parts.add(k + "=" + v));
		return parts.isEmpty() ? "(defaults)" : String.join(", ", parts);
	}

	/** "8 points · 2 already done (skipped) · 6 to run" */
	public String summary() {
		if (!ok()) {
			return problems.size() == 1 ? "1 problem" : problems.size() + " problems";
		}
		return total + (total == 1 ? " point" : " points") + " · " + alreadyDone + " already done (skipped) · " + (total - alreadyDone)
				+ " to run";
	}

	/** The caret offset of 1-based {@code line} and {@code column} in {@code text} (clamped to the text). */
	public static int offset(String text, int line, int column) {
		int offset = 0;
		for (int l = 1; l < line; l++) {
			int nl = text.indexOf('\n', offset);
			if (nl < 0) {
				return text.length();
			}
			offset = nl + 1;
		}
		int end = text.indexOf('\n', offset);
		end = end < 0 ? text.length() : end;
		return Math.min(end, offset + Math.max(0, column - 1));
	}

	/** The first {@code sweep-N} (N = 1, 2, …) that is not {@code taken}. */
	public static String freeName(Predicate<String> taken) {
		for (int n = 1;; n++) {
			String name = "sweep-" + n;
			if (!taken.test(name)) {
				return name;
			}
		}
	}

	/**
	 * The spec the dialog starts with: commented, valid for any store with a base (8 points of 600 steps from the base),
	 * named {@code name}; {@code someSession} (may be null) is offered in a comment as a {@code from}.
	 */
	public static String example(String name, String someSession) {
		return """
				# A sweep makes one session per point (grid x samples x seeds): each point is a new
				# session from the base (or a fork of `from`), then runs each length in `runs`.
				name: %s          # folder-safe; its sessions are %s-0000, %s-0001, ...
				from: base              # or a session id%s: every point forks it (a fork keeps
				                        # mu, env_mode and Muon; it may vary chunk, buffer_len, rollback_tol...)
				env_mode: [linear, nonlinear]   # a list is a grid axis
				mu: [0.05, 0.2]                 # a single value is fixed
				# lr: {log_uniform: [1e-4, 1e-2]}   # a distribution is sampled: add samples: N
				seeds: [1, 2]           # one session per seed and configuration
				runs: [600]             # run lengths, in order
				""".formatted(name, name, name, someSession == null ? "" : " (e.g. " + someSession + ")");
	}
}
