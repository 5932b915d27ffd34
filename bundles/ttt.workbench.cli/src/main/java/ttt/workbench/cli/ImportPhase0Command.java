package ttt.workbench.cli;

import java.nio.file.Path;

import ttt.workbench.store.io.Phase0Importer;

/**
 * {@code import_phase0 --run_dir PHASE0_FOLDER [--session_id ID] [--dry_run]}: migrates a run folder of the Phase 0
 * tool into the store named by {@code --artifacts_root} as a root session with one run (an empty or missing folder
 * becomes a store with the run's base). It first prints what it found and every assumption it makes — the same list
 * File ▸ Import ▸ TTT ▸ Phase 0 run folder shows — and with {@code --dry_run} stops there, writing nothing.
 */
public final class ImportPhase0Command implements Command {

	@Override
	public String name() {
		return "import_phase0";
	}

	@Override
	public String summary() {
		return "import a Phase 0 run folder as a root session; --dry_run lists what it would do and every assumption";
	}

	@Override
	public Options options() {
		return new Options(name())
				.required("run_dir", "the Phase 0 run folder (base_checkpoint.pt, per_step.csv, update_events.json, session/)")
				.string("session_id", null, "id of the new session (default: the Phase 0 meta's session_id, else the folder's name)")
				.flag("dry_run", "check the folder against the store and list what would be imported; write nothing");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		Path runDir = Path.of(o.getString("run_dir"));
		Phase0Importer.Preview p = Phase0Importer.preview(runDir, context.artifactsRoot(), o.getString("session_id"));
		print(context, p);
		if (o.getFlag("dry_run")) {
			context.out().println("dry run: nothing was written");
			return 0;
		}
		Phase0Importer.ImportResult r = Phase0Importer.importRun(runDir, context.artifactsRoot(), o.getString("session_id"));
		r.notes().stream().filter(n -> n.startsWith("WARNING") && !p.assumptions().contains(n))
				.forEach(n -> context.err().println("ttt: warning: " + n.substring("WARNING: ".length())));
		context.out().printf("imported %s as session %s (run %s) into %s%n", p.folder(), r.sessionId(), r.runId(), p.store());
		return 0;
	}

	/** The preview, in the order the wizard's page shows it. */
	static void print(CliContext context, Phase0Importer.Preview p) {
		var out = context.out();
		out.println("Phase 0 run folder: " + p.folder());
		out.println("files read:");
		p.files().forEach(f -> out.printf("  %-28s %,d bytes%n", f.path(), f.bytes()));
		if (!p.ignored().isEmpty()) {
			out.println("not imported: " + String.join(", ", p.ignored()));
		}
		out.printf("session: %s (root), run %s: %d steps, %d update events%n", p.sessionId(), p.runId(), p.steps(), p.updateEvents());
		out.printf("base: %s (checkpoint SHA-256 %s, model signature %s)%n",
				p.baseCreated() ? "created from the folder's base_checkpoint.pt" : "the store's, which is the folder's checkpoint", p.baseCkptHash(),
				p.modelSignature());
		out.println("assumptions:");
		p.assumptions().forEach(a -> out.println("  - " + a));
	}
}
