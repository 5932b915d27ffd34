package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.TreeFingerprint;

/** {@code import_phase0}, {@code export_zip} and {@code import_zip} as a user runs them. */
class TransferCommandsTest {

	@TempDir
	Path tmp;

	/** A Phase 0 run folder made from the fixture's s1: its files, the Phase 0 per-step header, a Phase 0 meta. */
	private Path phase0() throws IOException {
		Path store = Fixtures.torch291Store();
		Path run = store.resolve("sessions/s1/runs/s1_1768677462_seed2");
		Path dir = Files.createDirectories(tmp.resolve("phase0/session"));
		Files.copy(store.resolve("base/base_checkpoint.pt"), dir.getParent().resolve("base_checkpoint.pt"));
		Files.copy(store.resolve("sessions/s1/plastic_state.pt"), dir.resolve("plastic_state.pt"));
		Files.copy(store.resolve("sessions/s1/optim_state.pt"), dir.resolve("optim_state.pt"));
		Files.copy(run.resolve("update_events.json"), dir.getParent().resolve("update_events.json"));
		StringBuilder csv = new StringBuilder("t,baseline_mse,adaptive_mse,did_update,update_ok\n");
		Files.readAllLines(run.resolve("per_step.csv")).stream().skip(1).map(l -> l.split(","))
				.forEach(c -> csv.append(String.join(",", c[0], c[1], c[3], c[4], c[5])).append('\n'));
		Files.writeString(dir.getParent().resolve("per_step.csv"), csv);
		Files.writeString(dir.resolve("meta.json"), "{\"session_id\": \"legacy\", \"mu\": 0.12, \"env_mode\": \"linear\"}");
		return dir.getParent();
	}

	@Test
	void importPhase0DryRunListsFilesAndAssumptionsAndWritesNothingThenImports() throws IOException {
		Path folder = phase0();
		Path root = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
		Map<String, String> before = TreeFingerprint.of(root);

		InProcessCli dry = InProcessCli.run("--artifacts_root", root.toString(), "import_phase0", "--run_dir", folder.toString(), "--dry_run");

		assertEquals(0, dry.code(), dry.err());
		assertEquals(before, TreeFingerprint.of(root), "a dry run writes nothing");
		for (String expected : new String[] { "files read:", "session/plastic_state.pt", "session: legacy (root), run legacy_",
				"96 steps, 3 update events", "base: the store's", "assumptions:", "  - session id \"legacy\" taken from meta.json",
				"SPEC defaults", "dry run: nothing was written" }) {
			assertTrue(dry.out().contains(expected), "'" + expected + "' in:\n" + dry.out());
		}

		InProcessCli real = InProcessCli.run("--artifacts_root", root.toString(), "import_phase0", "--run_dir", folder.toString());
		assertEquals(0, real.code(), real.err());
		assertTrue(real.out().contains("as session legacy"), real.out());
		assertTrue(Files.isRegularFile(root.resolve("sessions/legacy/meta.json")));

		InProcessCli again = InProcessCli.run("--artifacts_root", root.toString(), "import_phase0", "--run_dir", folder.toString());
		assertEquals(1, again.code());
		assertTrue(again.err().contains("already exists"), again.err());
	}

	@Test
	void importPhase0RefusesAStoreAsRunFolderNamingTheFile() throws IOException {
		Path root = tmp.resolve("empty");
		InProcessCli r = InProcessCli.run("--artifacts_root", root.toString(), "import_phase0", "--run_dir",
				Fixtures.torch291Store().toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains(Fixtures.torch291Store().toAbsolutePath().normalize() + ": is an artifact store"), r.err());
		assertFalse(Files.exists(root));
	}

	@Test
	void exportZipThenImportZipIntoAFreshStoreByteForByte() throws IOException {
		Path src = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("src"));
		Path zip = tmp.resolve("s1b.zip");
		InProcessCli export = InProcessCli.run("--artifacts_root", src.toString(), "export_zip", "--session_id", "s1b", "--out", zip.toString());
		assertEquals(0, export.code(), export.err());
		assertTrue(export.out().contains("exported 2 session(s) (s1, s1b)"), export.out());

		Path target = tmp.resolve("target");
		InProcessCli dry = InProcessCli.run("--artifacts_root", target.toString(), "import_zip", "--zip", zip.toString(), "--dry_run");
		assertEquals(0, dry.code(), dry.err());
		assertFalse(Files.exists(target), "a dry run writes nothing");
		InProcessCli imported = InProcessCli.run("--artifacts_root", target.toString(), "import_zip", "--zip", zip.toString());
		assertEquals(0, imported.code(), imported.err());
		assertTrue(imported.out().contains("imported s1, s1b"), imported.out());
		for (String f : new String[] { "base/base_checkpoint.pt", "sessions/s1b/plastic_state.pt", "sessions/s1/update_events.jsonl" }) {
			assertArrayEquals(Files.readAllBytes(src.resolve(f)), Files.readAllBytes(target.resolve(f)), f);
		}

		InProcessCli same = InProcessCli.run("--artifacts_root", target.toString(), "import_zip", "--zip", zip.toString());
		assertEquals(1, same.code());
		assertTrue(same.err().contains("nothing the store does not already have"), same.err());
		InProcessCli renamed = InProcessCli.run("--artifacts_root", target.toString(), "import_zip", "--zip", zip.toString(),
				"--rename_suffix", "-2");
		assertEquals(0, renamed.code(), renamed.err());
		assertTrue(Files.isRegularFile(target.resolve("sessions/s1b-2/meta.json")));
	}

	@Test
	void importZipRefusesAZipSlipEntryByName() throws IOException {
		Path src = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("src"));
		Path zip = tmp.resolve("good.zip");
		assertEquals(0, InProcessCli.run("--artifacts_root", src.toString(), "export_zip", "--session_id", "s1", "--out", zip.toString()).code());
		Path evil = tmp.resolve("evil.zip");
		try (ZipFile in = new ZipFile(zip.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(evil))) {
			for (ZipEntry e : java.util.Collections.list(in.entries())) {
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(in.getInputStream(e).readAllBytes());
			}
			out.putNextEntry(new ZipEntry("sessions/s1/../../../escaped.json"));
			out.write("{}".getBytes());
		}
		Path target = tmp.resolve("target");
		InProcessCli r = InProcessCli.run("--artifacts_root", target.toString(), "import_zip", "--zip", evil.toString());
		assertEquals(1, r.code());
		assertTrue(r.err().contains("entry 'sessions/s1/../../../escaped.json'") && r.err().contains("zip-slip"), r.err());
		assertFalse(Files.exists(tmp.resolve("escaped.json")));
		assertFalse(Files.exists(target.resolve("sessions")));
	}

	@Test
	void theCommandsAreListedWithTheirFlags() {
		InProcessCli help = InProcessCli.run("--help");
		assertTrue(help.out().contains("import_phase0") && help.out().contains("export_zip") && help.out().contains("import_zip"), help.out());
		InProcessCli usage = InProcessCli.run("import_phase0", "--help");
		assertTrue(usage.out().contains("--run_dir RUN_DIR") && usage.out().contains("[--dry_run]"), usage.out());
		InProcessCli bad = InProcessCli.run("import_phase0", "--run_dir", "x", "--dry_run=1");
		assertEquals(2, bad.code());
	}
}
