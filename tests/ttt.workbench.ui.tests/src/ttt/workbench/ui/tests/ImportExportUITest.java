package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.io.Phase0Importer;
import ttt.workbench.store.io.StoreReader;
import ttt.workbench.store.model.Store;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.transfer.ExportZipWizard;
import ttt.workbench.ui.transfer.ImportZipWizard;
import ttt.workbench.ui.transfer.Phase0ImportWizard;

/**
 * File ▸ Import ▸ TTT and File ▸ Export ▸ TTT as a user meets them: the Phase 0 wizard on a valid folder (the preview
 * lists the files and every assumption, Finish adds the session to the tree) and on refused folders (the page's error
 * names the file, Finish is disabled); the export wizard writes a zip that the import wizard reads into another store.
 */
public class ImportExportUITest {

	@TempDir
	Path tmp;
	private WizardDialog dialog;

	@AfterEach
	public void closeDialog() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	private IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		window.getShell().setBounds(0, 0, 1400, 1000);
		return window;
	}

	private Path openStore(IWorkbenchWindow window) throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store")).toAbsolutePath().normalize();
		Display display = window.getShell().getDisplay();
		ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null && ActiveStore.get().store().root().equals(root), 30);
		return root;
	}

	private WizardDialog open(IWorkbenchWindow window, Wizard wizard) {
		dialog = new WizardDialog(window.getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.create();
		dialog.getShell().setSize(900, 720);
		dialog.open();
		Screenshots.settle(window.getShell().getDisplay(), 200);
		return dialog;
	}

	private Shell shell() {
		return dialog.getShell();
	}

	private void type(String id, String text) {
		Text field = WidgetsById.find(shell(), id, Text.class);
		assertNotNull(field, id);
		field.setText(text);
	}

	private Button button(String label) {
		return Widgets.findButton(shell(), label);
	}

	private static void waitForChecks(Display display) {
		Screenshots.settle(display, 400);
		UiTestSupport.waitFor(display, () -> Arrays.stream(Job.getJobManager().find(null)).noneMatch(j -> j.getName().startsWith("Checking")), 30);
		Screenshots.settle(display, 200);
	}

	/** A Phase 0 run folder made from the fixture's s1, as the old tool wrote it. */
	private Path phase0Folder(String name) throws Exception {
		Path store = Path.of(System.getProperty("ttt.fixtures.dir")).resolve("torch291-store");
		Path run = store.resolve("sessions/s1/runs/s1_1768677462_seed2");
		Path dir = Files.createDirectories(tmp.resolve(name).resolve("session"));
		Path folder = dir.getParent();
		Files.copy(store.resolve("base/base_checkpoint.pt"), folder.resolve("base_checkpoint.pt"));
		Files.copy(store.resolve("sessions/s1/plastic_state.pt"), dir.resolve("plastic_state.pt"));
		Files.copy(store.resolve("sessions/s1/optim_state.pt"), dir.resolve("optim_state.pt"));
		Files.copy(run.resolve("update_events.json"), folder.resolve("update_events.json"));
		StringBuilder csv = new StringBuilder("t,baseline_mse,adaptive_mse,did_update,update_ok\n");
		Files.readAllLines(run.resolve("per_step.csv")).stream().skip(1).map(l -> l.split(","))
				.forEach(c -> csv.append(String.join(",", c[0], c[1], c[3], c[4], c[5])).append('\n'));
		Files.writeString(folder.resolve("per_step.csv"), csv);
		Files.writeString(dir.resolve("meta.json"), "{\"session_id\": \"legacy\", \"mu\": 0.12, \"env_mode\": \"linear\", \"seed\": 7}");
		Files.writeString(dir.resolve("metrics.json"), "{\"seed\": 7, \"steps\": 96}");
		for (File f : folder.toFile().listFiles()) {
			f.setWritable(true);
		}
		return folder;
	}

	@Test
	public void thePhase0WizardPreviewsFilesAndAssumptionsAndFinishAddsTheSessionToTheTree() throws Exception {
		IWorkbenchWindow window = window();
		Display display = window.getShell().getDisplay();
		Path root = openStore(window);
		Path folder = phase0Folder("phase0-run");
		Phase0Importer.Preview expected = Phase0Importer.preview(folder, root, null);

		Phase0ImportWizard wizard = new Phase0ImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		open(window, wizard);
		assertEquals(root.toString(), WidgetsById.find(shell(), "transfer.phase0.store", Text.class).getText(), "the open store");
		assertFalse(button("&Finish").isEnabled(), "nothing chosen yet");
		type("transfer.phase0.folder", folder.toString());
		waitForChecks(display);
		UiTestSupport.waitFor(display, wizard::canFinish, 30);
		IWizardPage source = dialog.getCurrentPage();
		assertEquals(null, source.getErrorMessage());
		assertTrue(((org.eclipse.jface.dialogs.DialogPage) source).getMessage().contains("session legacy, 96 steps, 3 update events"),
				((org.eclipse.jface.dialogs.DialogPage) source).getMessage());
		Screenshots.ofShell(shell(), "import-phase0-source");

		Widgets.click(button("&Next >"));
		Screenshots.settle(display, 300);
		Table files = WidgetsById.find(shell(), "transfer.phase0.files", Table.class);
		assertEquals(expected.files().stream().map(Phase0Importer.FoundFile::path).toList(),
				Arrays.stream(files.getItems()).map(i -> i.getText(0)).toList(), "every file read, in order");
		Text assumptions = WidgetsById.find(shell(), "transfer.phase0.assumptions", Text.class);
		List<String> shown = Arrays.stream(assumptions.getText().split("\n")).map(l -> l.substring("• ".length())).toList();
		assertEquals(expected.assumptions(), shown, "every assumption of the importer, in its words");
		assertTrue(shown.stream().anyMatch(a -> a.contains("SPEC defaults")), shown.toString());
		String summary = WidgetsById.find(shell(), "transfer.phase0.summary", org.eclipse.swt.widgets.Label.class).getText();
		assertTrue(summary.contains("Session legacy") && summary.contains("the store's own"), summary);
		Screenshots.ofShell(shell(), "import-phase0-preview");

		Widgets.click(button("&Finish"));
		assertNotNull(wizard.job());
		wizard.job().join(30_000, null);
		assertEquals(IStatus.OK, wizard.job().getResult().getSeverity(), String.valueOf(wizard.job().getResult()));
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store().model().findSession("legacy") != null
				&& TreeParts.canvas(window) != null && TreeParts.canvas(window).getTree().box("legacy").isPresent(), 30);
		assertTrue(TreeParts.canvas(window).getTree().box("legacy").isPresent(), "the tree shows the imported session");
		Screenshots.settle(display, 300);
		Screenshots.ofShell(window.getShell(), "import-phase0-tree");
	}

	@Test
	public void refusedFoldersShowTheFileAndTheProblemAndFinishStaysDisabled() throws Exception {
		IWorkbenchWindow window = window();
		Display display = window.getShell().getDisplay();
		Path root = openStore(window);
		Phase0ImportWizard wizard = new Phase0ImportWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		open(window, wizard);

		Path phase1Run = root.resolve("sessions/s1/runs/s1_1768677462_seed2");
		type("transfer.phase0.folder", phase1Run.toString());
		waitForChecks(display);
		UiTestSupport.waitFor(display, () -> dialog.getCurrentPage().getErrorMessage() != null, 30);
		String error = dialog.getCurrentPage().getErrorMessage();
		assertTrue(error.startsWith(phase1Run.resolve("per_step.csv").toString()) && error.contains("Phase 1"), error);
		assertFalse(button("&Finish").isEnabled());
		assertFalse(button("&Next >").isEnabled());
		Screenshots.ofShell(shell(), "import-phase0-refused");

		type("transfer.phase0.folder", root.toString());
		waitForChecks(display);
		UiTestSupport.waitFor(display, () -> String.valueOf(dialog.getCurrentPage().getErrorMessage()).contains("artifact store"), 30);
		assertFalse(button("&Finish").isEnabled());

		Path hostile = phase0Folder("bad-csv");
		Files.writeString(hostile.resolve("per_step.csv"), "t,baseline_mse,adaptive_mse,did_update,update_ok\n0,1.0,=cmd|' /C calc'!A0,0,0\n");
		type("transfer.phase0.folder", hostile.toString());
		waitForChecks(display);
		UiTestSupport.waitFor(display, () -> String.valueOf(dialog.getCurrentPage().getErrorMessage()).startsWith(hostile.resolve("per_step.csv").toString()), 30);
		assertFalse(button("&Finish").isEnabled());
		assertFalse(Files.exists(root.resolve("sessions/legacy")), "nothing imported");
	}

	@Test
	public void theExportWizardWritesAZipThatTheImportWizardReadsIntoAnotherStore() throws Exception {
		IWorkbenchWindow window = window();
		Display display = window.getShell().getDisplay();
		Path root = openStore(window);
		Path zip = tmp.resolve("out/s1b-with-lineage.zip");

		ExportZipWizard export = new ExportZipWizard();
		export.init(PlatformUI.getWorkbench(), new StructuredSelection(ActiveStore.get().store().model().findSession("s1b")));
		open(window, export);
		type("transfer.export.zip", zip.toString());
		Screenshots.settle(display, 300);
		String contents = WidgetsById.find(shell(), "transfer.export.contents", org.eclipse.swt.widgets.Label.class).getText();
		assertTrue(contents.contains("s1 → s1b"), "the lineage is named: " + contents);
		assertTrue(button("&Finish").isEnabled());
		Screenshots.ofShell(shell(), "export-zip");
		Widgets.click(button("&Finish"));
		export.job().join(30_000, null);
		assertEquals(IStatus.OK, export.job().getResult().getSeverity(), String.valueOf(export.job().getResult()));
		assertTrue(Files.isRegularFile(zip));

		// into the same store: everything is there already, identical; with a suffix it is a copy
		ImportZipWizard same = new ImportZipWizard();
		same.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		open(window, same);
		type("transfer.importZip.zip", zip.toString());
		waitForChecks(display);
		UiTestSupport.waitFor(display, () -> String.valueOf(dialog.getCurrentPage().getErrorMessage()).contains("already has everything"), 30);
		assertFalse(button("&Finish").isEnabled());
		type("transfer.importZip.suffix", "-copy");
		waitForChecks(display);
		UiTestSupport.waitFor(display, same::canFinish, 30);
		Table sessions = WidgetsById.find(shell(), "transfer.importZip.sessions", Table.class);
		assertEquals(List.of("s1-copy", "s1b-copy"), Arrays.stream(sessions.getItems()).map(i -> i.getText(1)).toList());
		Screenshots.ofShell(shell(), "import-zip");
		Widgets.click(button("&Finish"));
		same.job().join(30_000, null);
		assertEquals(IStatus.OK, same.job().getResult().getSeverity(), String.valueOf(same.job().getResult()));
		UiTestSupport.waitFor(display, () -> TreeParts.canvas(window).getTree().box("s1b-copy").isPresent(), 30);

		// into an empty folder: the base comes along and the files are the source's, byte for byte
		Path fresh = tmp.resolve("fresh-store");
		ImportZipWizard other = new ImportZipWizard();
		other.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		open(window, other);
		type("transfer.importZip.store", fresh.toString());
		type("transfer.importZip.zip", zip.toString());
		waitForChecks(display);
		UiTestSupport.waitFor(display, other::canFinish, 30);
		Widgets.click(button("&Finish"));
		other.job().join(30_000, null);
		assertEquals(IStatus.OK, other.job().getResult().getSeverity(), String.valueOf(other.job().getResult()));
		Store imported = StoreReader.read(fresh);
		assertEquals("s1", imported.findSession("s1b").getParent().getId());
		for (String f : List.of("base/base_checkpoint.pt", "sessions/s1b/meta.json", "sessions/s1/runs/s1_1768677462_seed2/per_step.csv")) {
			assertArrayEquals(Files.readAllBytes(root.resolve(f)), Files.readAllBytes(fresh.resolve(f)), f);
		}
	}
}
