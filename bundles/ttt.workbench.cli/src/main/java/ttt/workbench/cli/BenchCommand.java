package ttt.workbench.cli;

import ttt.workbench.cli.bench.Benchmarks;

/** {@code bench}: prints the engine's figures (per-step cost, pretraining rate, memory) as a Markdown table. */
final class BenchCommand implements Command {

	@Override
	public String name() {
		return "bench";
	}

	@Override
	public String summary() {
		return "measure run and pretraining speed of both backends (prints a table)";
	}

	@Override
	public Options options() {
		return new Options(name()).integer("quick", 0, "1: fewer repetitions (a rough figure in under a minute)");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		context.out().printf("machine: %d cores, Java %s, %s %s%n%n", Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.runtime.version"), System.getProperty("os.name"), System.getProperty("os.arch"));
		new Benchmarks(context.out(), options.getInt("quick") != 0).runAll();
		return 0;
	}
}
