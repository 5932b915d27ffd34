package ttt.workbench.cli;

import java.nio.file.Path;

import ttt.workbench.engine.bench.SyntheticStore;

/**
 * {@code generate_store --sessions N --out DIR [--seed S]}: a developer command that writes a valid store of N
 * sessions (a real base, a few real runs, the rest forks in a random forest) to measure and test scale. Not part of
 * the reference's command set.
 */
final class GenerateStoreCommand implements Command {

	@Override
	public String name() {
		return "generate_store";
	}

	@Override
	public String summary() {
		return "(developer) write a synthetic store of N sessions for scale tests and benchmarks";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("sessions", 10_000, "how many sessions (a few roots, the rest forks up to 12 deep)")
				.required("out", "a new or empty folder for the store").integer("seed", 1, "the same seed gives the same store");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		int n = options.getInt("sessions");
		if (n < 1) {
			throw new UsageException("argument --sessions: must be positive, got " + n);
		}
		SyntheticStore.Result r = SyntheticStore.generate(Path.of(options.getString("out")), n, options.getInt("seed"));
		context.out().printf("generated %d sessions (%d runs, forks up to %d deep) in %s in %.1f s%n", r.sessions(), r.runs(),
				r.maxDepth(), r.root().toAbsolutePath(), r.seconds());
		return 0;
	}
}
