package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.Command;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.ui.check.CheckStoreHandler;
import ttt.workbench.ui.store.ActiveStore;

/** File ▸ Check Store on a store an interrupted writer left a temporary folder in: reported, then repaired. */
public class CheckStoreUITest {

	@TempDir
	Path tmp;

	@Test
	public void checkReportsALeftoverAndRepairRemovesIt() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		Path leftover = root.resolve("sessions/s1/runs/.tmp-s1_1768690000_seed3-abc");
		Files.createDirectories(leftover);
		Files.writeString(leftover.resolve("per_step.csv"), "t,base_mse");

		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		Shell shell = window.getShell();
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display).join();
		waitFor(display, () -> ActiveStore.get().store() != null && ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()));

		Command command = window.getService(ICommandService.class).getCommand(CheckStoreHandler.COMMAND_ID);
		assertEquals("Check Store", command.getName(), "the command is registered");
		List<List<String>> reports = new ArrayList<>();
		List<String> titles = new ArrayList<>();
		display.timerExec(200, new Runnable() {
			@Override
			public void run() {
				Shell dialog = Widgets.findShell(display, "Check Store");
				if (dialog == null) {
					display.timerExec(100, this);
					return;
				}
				Table table = Widgets.find(dialog, Table.class);
				List<String> rows = new ArrayList<>();
				for (TableItem item : table.getItems()) {
					rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
				}
				reports.add(rows);
				titles.add(dialog.getText());
				Screenshots.ofShell(dialog, "check-store-" + reports.size());
				Button button = Widgets.findButton(dialog, reports.size() == 1 ? "&Repair" : IDialogConstants.CLOSE_LABEL);
				if (button == null) {
					// never leave a modal dialog open: the test's own timeout cannot fire inside its event loop
					reports.add(List.of("no such button in the dialog"));
					dialog.close();
					return;
				}
				button.notifyListeners(SWT.Selection, new Event());
				if (reports.size() < 2) {
					display.timerExec(300, this);
				}
			}
		});
		window.getService(IHandlerService.class).executeCommand(CheckStoreHandler.COMMAND_ID, null);
		waitFor(display, () -> reports.size() >= 2);

		assertTrue(reports.get(0).stream().anyMatch(r -> r.startsWith("warning | sessions/s1/runs/.tmp-s1_1768690000_seed3-abc")
				&& r.contains("left behind by an interrupted writer")), reports.get(0).toString());
		assertEquals(List.of(), reports.get(1), "after the repair the store checks clean");
		assertFalse(Files.exists(leftover), "the repair removed the leftover");
	}

	private static void waitFor(Display display, java.util.function.BooleanSupplier condition) {
		UiTestSupport.waitFor(display, condition, 30);
	}
}
