package ttt.workbench.cli;

import java.nio.file.Path;

import ttt.workbench.store.io.SessionZipReader;
import ttt.workbench.store.io.SessionZipWriter;

/**
 * {@code import_zip --zip FILE [--rename_suffix S] [--dry_run]}: reads a session zip ({@code export_zip}) into the
 * store named by {@code --artifacts_root} (an empty or missing folder gets the zip's base). A hostile or damaged zip,
 * another base or an id the store already has is refused with the entry and the problem named, nothing written.
 */
public final class ImportZipCommand implements Command {

	@Override
	public String name() {
		return "import_zip";
	}

	@Override
	public String summary() {
		return "import a session zip (export_zip) into the store; --rename_suffix resolves id clashes";
	}

	@Override
	public Options options() {
		return new Options(name()).required("zip", "the session zip to import")
				.string("rename_suffix", null, "append this to every imported session id (when the store has those ids)")
				.flag("dry_run", "check the zip against the store and list what would be imported; write nothing");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		Path zip = Path.of(o.getString("zip"));
		String suffix = o.getString("rename_suffix");
		SessionZipReader.Preview p = SessionZipReader.preview(zip, context.artifactsRoot(), suffix);
		var out = context.out();
		out.println("session zip: " + p.zip());
		out.printf("holds: %d session(s), %d files, %,d bytes%s%n", p.contents().sessions().size(), p.contents().files().size(),
				p.contents().totalBytes(), p.contents().sweep() == null ? "" : ", sweep " + p.contents().sweep());
		p.renames().forEach((from, to) -> out.printf("  %s -> %s%s%n", from, to,
				p.identical().contains(from) ? " (already in the store, identical: skipped)" : p.clashes().contains(to) ? " (CLASH)" : ""));
		p.notes().forEach(n -> out.println("  - " + n));
		if (o.getFlag("dry_run")) {
			out.println(p.clashes().isEmpty() ? "dry run: nothing was written" : "dry run: the import would be refused (id clash)");
			return p.clashes().isEmpty() ? 0 : 1;
		}
		SessionZipReader.Result r = SessionZipReader.importZip(zip, context.artifactsRoot(), suffix, null, SessionZipWriter.Monitor.NONE);
		r.notes().stream().filter(n -> n.startsWith("WARNING")).forEach(n -> context.err().println("ttt: warning: " + n.substring(9)));
		out.printf("imported %s into %s%s%n", String.join(", ", r.imported()), context.artifactsRoot().toAbsolutePath(),
				r.baseImported() ? " (with the base)" : "");
		return 0;
	}
}
