package ttt.workbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The commands the {@code ttt} command line offers, in the order its help lists them: the engine's own, then those
 * other bundles contribute as {@link Command} services (for example {@code sweep}, {@code sweep_report} and
 * {@code bench_sweep} from {@code ttt.workbench.sweep}), sorted by name.
 */
final class Commands {
	private Commands() {
	}

	static List<Command> all() {
		List<Command> all = new ArrayList<>(List.of(new InitBaseCommand(), new NewSessionCommand(), new ForkSessionCommand(),
				new RunSessionCommand(), new ListSessionsCommand(), new ShowSessionCommand(), new CheckCommand(), new BenchCommand(),
				new BenchStoreCommand(), new GenerateStoreCommand()));
		java.util.Set<String> builtIn = new java.util.HashSet<>();
		all.forEach(c -> builtIn.add(c.name()));
		contributed().stream().filter(c -> !builtIn.contains(c.name())).forEach(all::add);
		return all;
	}

	/** Commands found through {@link ServiceLoader} on the class path, sorted by name; a clash with a built-in is ignored. */
	static List<Command> contributed() {
		List<Command> found = new ArrayList<>();
		for (Command c : ServiceLoader.load(Command.class, Commands.class.getClassLoader())) {
			found.add(c);
		}
		found.sort(java.util.Comparator.comparing(Command::name));
		return found;
	}
}
