package ttt.workbench.cli.demo;

import java.nio.file.Path;

import ttt.workbench.cli.CliContext;
import ttt.workbench.cli.Command;
import ttt.workbench.cli.Options;

/**
 * {@code make_demo_store --out DIR [--seed N]}: the store the workbench opens on first use — a base and a handful of
 * sessions chosen to show what the product exists for (online learning that helps, online learning that hurts,
 * rollbacks of every kind, a fork that inherits persistent learning), each with a note that says so. Made with the
 * engine's own procedures ({@link DemoRecipe}), assembled in a sibling folder and renamed into place
 * ({@link StagedFolder}), so an interrupted creation never leaves half a demo. Not part of the reference's command set.
 */
public final class MakeDemoStoreCommand implements Command {

	@Override
	public String name() {
		return "make_demo_store";
	}

	@Override
	public String summary() {
		return "write the demo store: sessions where online learning helps, hurts, rolls back, and a fork that inherits";
	}

	@Override
	public Options options() {
		return new Options(name()).required("out", "a new or empty folder for the store")
				.integer("seed", (int) DemoRecipe.DEFAULT_SEED,
						"pretraining seed of the base (the same seed gives the same store; the settings were chosen for "
								+ DemoRecipe.DEFAULT_SEED + ")");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		Path out = Path.of(options.getString("out")).toAbsolutePath().normalize();
		long seed = options.getInt("seed");
		long started = System.nanoTime();
		DemoRecipe.Result result;
		try (StagedFolder staged = StagedFolder.beside(out)) {
			result = new DemoRecipe(seed, line -> {
				if (context.progress()) {
					context.err().println("demo store: " + line);
				}
			}).make(staged.path());
			staged.commit();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		for (String warning : result.warnings()) {
			context.err().println("ttt: warning: " + warning);
		}
		context.out().printf("demo store written to %s in %.1f s (%d sessions, %d runs):%n", out, seconds,
				result.sessions().size(), result.runs());
		for (DemoRecipe.Shown s : result.sessions()) {
			context.out().printf("  %-12s %s%n", s.sessionId(), s.note());
		}
		return 0;
	}
}
