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
		return "measure generating and opening a store of many sessions (prints a table)";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("sessions", 10_000, "sessions in the generated store");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		context.out().printf("machine: %d cores, Java %s, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.runtime.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
		new StoreBenchmarks(context.out()).run(options.getInt("sessions"));
		return 0;
	}
}
