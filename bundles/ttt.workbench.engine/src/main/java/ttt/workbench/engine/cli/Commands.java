package ttt.workbench.engine.cli;

import java.util.List;

/** The commands the {@code ttt} command line offers, in the order its help lists them. */
final class Commands {
	private Commands() {
	}

	static List<Command> all() {
		return List.of(new InitBaseCommand(), new NewSessionCommand(), new ForkSessionCommand(), new RunSessionCommand(),
				new ListSessionsCommand(), new ShowSessionCommand(), new CheckCommand(), new BenchCommand(),
				new BenchStoreCommand(), new GenerateStoreCommand());
	}
}
