package ttt.workbench.analysis.environment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the weights a run started from ({@code session_start}) can be found: this product keeps each run's end
 * weights in its run folder, so a run starts from the previous run's {@code plastic_state.pt}; a session's first run
 * starts from the base when the session was made from it (new_session copies the base's plastic weights). A fork's
 * first run, or a run after one written by the reference, started from weights no file holds any more.
 */
public final class StartWeights {

	/** A file holding the start weights, or why there is none. */
	public record Source(Path plasticState, boolean base, String why) {
		public boolean available() {
			return base || plasticState != null;
		}
	}

	private StartWeights() {
	}

	/**
	 * @param runsOldestFirst the session's run folders, oldest first
	 * @param run this run's folder (one of them)
	 * @param fromBase whether the session was made from the base (no parent)
	 */
	public static Source of(List<Path> runsOldestFirst, Path run, boolean fromBase) {
		int i = runsOldestFirst.indexOf(run);
		if (i < 0) {
			return new Source(null, false, "the run is not one of the session's runs");
		}
		if (i == 0) {
			return fromBase ? new Source(null, true, "the base weights (a first run)")
					: new Source(null, false, "the session's first run started from its parent's weights at the fork, which are not stored");
		}
		Path previous = runsOldestFirst.get(i - 1).resolve("plastic_state.pt");
		if (Files.isRegularFile(previous)) {
			return new Source(previous, false, "the end weights of run " + previous.getParent().getFileName());
		}
		return new Source(null, false, "the previous run " + previous.getParent().getFileName()
				+ " was written by the reference, which does not keep a run's end weights");
	}
}
