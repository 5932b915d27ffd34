package ttt.workbench.ui.jobs.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import ttt.workbench.engine.session.RunSession;

/**
 * What the Run Session dialog's fields say, as typed, and whether they make a run request. Defaults are the command
 * line's ({@code run_session}): 600 steps, seed 1337, backend auto, the session's own chunk and buffer length.
 *
 * @param replayCsv replay the actions of a CSV file ({@code --actions_csv}) instead of drawing them from a seed; then
 *        the number of steps is the file's number of rows
 */
public record RunSessionForm(String sessionId, String steps, boolean replayCsv, String seed, String actionsCsv, String chunk,
		String bufferLen, String backend) {

	public static final int DEFAULT_STEPS = 600;
	public static final long DEFAULT_SEED = 1337;
	public static final Set<String> BACKENDS = Set.of("auto", "jvm", "nd4j");
	/** A guard against a typo like 6000000: that many steps take hours and a few GB. */
	public static final int MAX_STEPS = 1_000_000;

	/** The request, or the first problem in the order the fields appear. */
	public record Outcome(RunSession.Request request, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	public static RunSessionForm defaults(String sessionId) {
		return defaults(sessionId, DEFAULT_STEPS, DEFAULT_SEED, "auto");
	}

	/** The form preset with the researcher's defaults (Window ▸ Preferences ▸ TTT Workbench). */
	public static RunSessionForm defaults(String sessionId, int steps, long seed, String backend) {
		return new RunSessionForm(sessionId, Integer.toString(steps), false, Long.toString(seed), "", "", "", backend);
	}

	public Outcome validate() {
		try {
			int n = DEFAULT_STEPS;
			long s = DEFAULT_SEED;
			Path csv = null;
			if (replayCsv) {
				if (Fields.blank(actionsCsv)) {
					throw new Fields.Invalid("Choose the CSV file of actions to replay (header ax,ay)");
				}
				csv = Path.of(actionsCsv.trim());
				if (!Files.isRegularFile(csv)) {
					throw new Fields.Invalid("Actions file " + csv + " does not exist or is not a file");
				}
				if (!Files.isReadable(csv)) {
					throw new Fields.Invalid("Actions file " + csv + " cannot be read");
				}
			} else {
				n = Fields.positiveInt("Steps", steps);
				if (n > MAX_STEPS) {
					throw new Fields.Invalid("Steps must be at most " + MAX_STEPS + ", not " + n);
				}
				s = Fields.longValue("Seed", seed);
			}
			Integer c = Fields.optionalPositiveInt("Chunk", chunk);
			Integer b = Fields.optionalPositiveInt("Buffer length", bufferLen);
			if (!BACKENDS.contains(backend)) {
				throw new Fields.Invalid("Backend must be auto, jvm or nd4j");
			}
			// with a CSV the engine takes the steps from the file; the seed only names the run
			return new Outcome(new RunSession.Request(sessionId, n, s, csv, c, b, null, null, null, backend), null);
		} catch (Fields.Invalid e) {
			return new Outcome(null, e.getMessage());
		}
	}
}
