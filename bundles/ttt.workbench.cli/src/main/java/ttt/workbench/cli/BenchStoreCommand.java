package ttt.workbench.cli;

import ttt.workbench.cli.bench.StoreBenchmarks;

/** {@code bench_store}: how long generating and opening a large store take (prints a table). */
final class BenchStoreCommand implements Command {

	@Override
	public String name() {
		return "bench_store";
	}

	@Override
	public String summary() {
		return "measure generating, opening (summaries and full), lazy loads and list_sessions on a store of many sessions";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("sessions", 10_000, "sessions in the generated store")
				.string("store", null, "measure this existing store instead of generating one (e.g. made by generate_store)")
				.integer("full_open", 1, "1: also time one full open (every session's files; slow on 100,000 sessions)");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		context.out().printf("machine: %d cores, Java %s, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.runtime.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
		StoreBenchmarks bench = new StoreBenchmarks(context.out());
		if (options.getString("store") != null) {
			bench.runOn(java.nio.file.Path.of(options.getString("store")), options.getInt("full_open") != 0);
		} else {
			bench.run(options.getInt("sessions"), options.getInt("full_open") != 0);
		}
		return 0;
	}
}
