package ttt.workbench.cli.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ttt.workbench.store.files.FileTrees;

/**
 * The training run of the {@code ttt} launcher's ahead-of-time cache (JDK 25, JEPs 483/514/515): one JVM that runs
 * the usual commands on a scratch store, so that the classes they load and link, and the profiles of the methods
 * they run hot (pretraining, a run's steps and updates, writing its files, listing), are recorded and the next
 * {@code ttt} processes start with them: loaded and linked at once, and compiled by C2 early where the profiles
 * say so.
 *
 * <p>The command line's main class is named by the launcher ({@code args[0]}) and reached by reflection, so that
 * this class does not depend on the bundle that holds it. Everything it prints goes nowhere; a failing command
 * fails the training (exit code 1), and the launcher then keeps no cache.
 */
public final class AotTraining {

	private AotTraining() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("usage: AotTraining MAIN_CLASS_OF_THE_COMMAND_LINE");
			System.exit(2);
		}
		Object cli = Class.forName(args[0]).getMethod("standard").invoke(null);
		Method run = cli.getClass().getMethod("run", String[].class, PrintStream.class, PrintStream.class);
		PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
		Path store = Files.createTempDirectory("ttt-aot-training");
		int failed = 0;
		try {
			for (String[] command : commands(store)) {
				int code = (int) run.invoke(cli, command, nowhere, nowhere);
				if (code != 0) {
					System.err.println("ttt: AOT training: '" + String.join(" ", command) + "' exited with " + code);
					failed++;
				}
			}
		} finally {
			FileTrees.delete(store);
		}
		System.exit(failed == 0 ? 0 : 1);
	}

	/** What users run most: pretraining, sessions, runs short and long, a fork and its run, listings. */
	static List<String[]> commands(Path store) {
		String root = store.toString();
		List<String[]> c = new ArrayList<>();
		c.add(new String[] { "--no_progress", "--artifacts_root", root, "init_base", "--pretrain_steps", "400", "--seed", "3" });
		c.add(new String[] { "--artifacts_root", root, "new_session", "--session_id", "a", "--mu", "0.1" });
		c.add(new String[] { "--no_progress", "--artifacts_root", root, "run_session", "--session_id", "a", "--steps", "3000", "--seed", "1" });
		c.add(new String[] { "--artifacts_root", root, "fork_session", "--parent_session_id", "a", "--child_session_id", "b" });
		c.add(new String[] { "--no_progress", "--artifacts_root", root, "run_session", "--session_id", "b", "--seed", "2" });
		c.add(new String[] { "--artifacts_root", root, "list_sessions" });
		c.add(new String[] { "--artifacts_root", root, "show_session", "--session_id", "b" });
		return c;
	}
}
