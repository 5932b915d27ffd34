package ttt.workbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import ttt.workbench.store.io.SessionZip;
import ttt.workbench.store.io.SessionZipWriter;

/**
 * {@code export_zip (--session_id ID[,ID…] | --sweep NAME) --out FILE.zip}: writes the sessions (or the sweep's
 * sessions and folder) with every ancestor and the base into a zip that {@code import_zip} (or File ▸ Import ▸ TTT ▸
 * Session zip) reads into another store. The store is only read.
 */
public final class ExportZipCommand implements Command {

	@Override
	public String name() {
		return "export_zip";
	}

	@Override
	public String summary() {
		return "write sessions (or a sweep) with their lineage and base into a zip another store can import";
	}

	@Override
	public Options options() {
		return new Options(name()).string("session_id", null, "session(s) to export, comma-separated; their ancestors come along")
				.string("sweep", null, "a sweep to export (sweeps/NAME) with its sessions").required("out", "the zip file to write");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		if (!Files.isDirectory(context.artifactsRoot())) {
			throw new java.io.IOException("no artifact store at " + context.artifactsRoot().toAbsolutePath());
		}
		String ids = o.getString("session_id");
		String sweep = o.getString("sweep");
		if ((ids == null) == (sweep == null)) {
			throw new UsageException("give exactly one of --session_id and --sweep");
		}
		Path out = Path.of(o.getString("out"));
		SessionZip.Contents c = sweep != null ? SessionZipWriter.exportSweep(context.artifactsRoot(), sweep, out, SessionZipWriter.Monitor.NONE)
				: SessionZipWriter.exportSessions(context.artifactsRoot(), List.copyOf(Arrays.stream(ids.split(",")).map(String::trim)
						.filter(s -> !s.isEmpty()).toList()), out, SessionZipWriter.Monitor.NONE);
		context.out().printf("exported %d session(s) (%s)%s with the base to %s: %d files, %,d bytes%n", c.sessions().size(),
				String.join(", ", c.sessions()), c.sweep() == null ? "" : " of sweep " + c.sweep(), out.toAbsolutePath(), c.files().size(),
				c.totalBytes());
		return 0;
	}
}
