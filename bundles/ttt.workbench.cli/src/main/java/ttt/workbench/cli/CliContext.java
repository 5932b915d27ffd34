package ttt.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** What every command gets: where the store is, where to print, and whether to draw progress bars. */
public record CliContext(Path artifactsRoot, PrintStream out, PrintStream err, boolean progress, boolean terminal) {

	public ProgressBar progressBar(String label, long total) {
		return new ProgressBar(progress ? err : new PrintStream(java.io.OutputStream.nullOutputStream()), label, total, terminal);
	}
}
