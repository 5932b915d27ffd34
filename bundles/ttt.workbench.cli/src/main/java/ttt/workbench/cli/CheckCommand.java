package ttt.workbench.cli;

import java.nio.file.Files;

import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.StoreProblem;

/**
 * {@code check [--repair 1]}: validates a whole store like {@code git fsck} (every file read, every link checked);
 * with {@code --repair 1} first completes interrupted commits, removes abandoned temporary files and rebuilds the
 * index. Exit code 0 when the store is clean, 1 when problems remain.
 */
final class CheckCommand implements Command {

	@Override
	public String name() {
		return "check";
	}

	@Override
	public String summary() {
		return "validate the whole store (hashes, signatures, links, events, index); --repair 1 fixes what it safely can";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("repair", 0, "1: complete interrupted commits, remove leftovers, rebuild the index");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		if (!Files.isDirectory(context.artifactsRoot())) {
			throw new java.io.IOException("no artifact store at " + context.artifactsRoot().toAbsolutePath());
		}
		if (options.getInt("repair") != 0) {
			StoreCheck.Repairs repairs = StoreCheck.repair(context.artifactsRoot());
			repairs.done().forEach(line -> context.out().println("repaired: " + line));
			if (repairs.done().isEmpty()) {
				context.out().println("nothing to repair");
			}
		}
		StoreCheck.Report report = StoreCheck.check(context.artifactsRoot());
		for (ProblemSeverity severity : new ProblemSeverity[] { ProblemSeverity.ERROR, ProblemSeverity.WARNING, ProblemSeverity.INFO }) {
			for (StoreProblem p : report.problems()) {
				if (p.getSeverity() == severity) {
					context.out().println(severity.getLiteral() + ": " + p.getPath() + (p.getLine() > 0 ? ":" + p.getLine() : "") + ": "
							+ p.getMessage());
				}
			}
		}
		int sessions = report.store().getSessions().size();
		long runs = report.store().getSessions().stream().mapToLong(s -> s.getRuns().size()).sum();
		context.out().printf("%s: %d sessions, %d runs, %d errors, %d warnings%n", report.clean() ? "clean" : "problems found", sessions,
				runs, report.count(ProblemSeverity.ERROR), report.count(ProblemSeverity.WARNING));
		return report.clean() ? 0 : 1;
	}
}
