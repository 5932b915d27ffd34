package ttt.workbench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ttt}: the headless command line. Same commands, flag names and defaults as the Python reference
 * (SPEC §4) plus a few additions; exit code 0 on success, 1 when the work failed (with a message naming what and
 * why, the store untouched), 2 for a command line that cannot be understood.
 */
public final class CliMain {

	private final Map<String, Command> commands = new LinkedHashMap<>();

	CliMain(List<Command> commands) {
		for (Command c : commands) {
			this.commands.put(c.name(), c);
		}
	}

	/** The built-in commands plus those contributed through {@link java.util.ServiceLoader} (see {@link Command}). */
	public static CliMain standard() {
		return new CliMain(Commands.all());
	}

	public static void main(String[] args) {
		System.exit(standard().run(args, System.out, System.err));
	}

	/** @return the exit code */
	public int run(String[] args, PrintStream out, PrintStream err) {
		Path root = Path.of("artifacts");
		boolean progress = true;
		List<String> rest = new ArrayList<>();
		String commandName = null;
		try {
			for (int i = 0; i < args.length; i++) {
				String a = args[i];
				if (a.equals("--artifacts_root") || a.startsWith("--artifacts_root=")) {
					String value = a.contains("=") ? a.substring(a.indexOf('=') + 1) : (++i < args.length ? args[i] : null);
					if (value == null) {
						throw new UsageException("argument --artifacts_root: expected one argument");
					}
					root = Path.of(value);
				} else if (a.equals("--no_progress")) {
					progress = false;
				} else if (commandName == null && (a.equals("-h") || a.equals("--help"))) {
					out.print(overview());
					return 0;
				} else if (commandName == null && !a.startsWith("-")) {
					commandName = a;
				} else {
					rest.add(a);
				}
			}
			if (commandName == null) {
				throw new UsageException("a command is required (" + String.join(", ", commands.keySet()) + ")");
			}
			Command command = commands.get(commandName);
			if (command == null) {
				throw new UsageException("argument command: invalid choice: '" + commandName + "' (choose from "
						+ String.join(", ", commands.keySet()) + ")");
			}
			Options options = command.options();
			if (rest.contains("-h") || rest.contains("--help")) {
				out.print(options.usage());
				return 0;
			}
			options.parse(rest);
			CliContext context = new CliContext(root, out, err, progress, System.console() != null);
			return command.run(context, options);
		} catch (UsageException e) {
			Command c = commandName == null ? null : commands.get(commandName);
			err.print(c != null ? c.options().usage() : overview());
			err.println("ttt: error: " + e.getMessage());
			return 2;
		} catch (Exception e) {
			err.println("ttt: error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
			if (System.getenv("TTT_DEBUG") != null) {
				e.printStackTrace(err);
			}
			return 1;
		}
	}

	private String overview() {
		StringBuilder s = new StringBuilder("usage: ttt [--artifacts_root DIR] [--no_progress] COMMAND [flags]\n\ncommands:\n");
		for (Command c : commands.values()) {
			s.append(String.format("  %-16s %s%n", c.name(), c.summary()));
		}
		s.append("\n'ttt COMMAND --help' lists a command's flags. --artifacts_root defaults to ./artifacts\n");
		return s.toString();
	}
}
