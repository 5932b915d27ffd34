package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.architecture.ArchitectureDiagram;
import ttt.workbench.ui.editors.architecture.ArchitecturePage;
import ttt.workbench.ui.editors.architecture.DecayHistogramCanvas;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.store.ActiveStore;

/** The Architecture page on the fixture store: shapes and parameter counts from the base checkpoint, the decay histogram, the settings. */
public class ArchitecturePageUITest {

	@TempDir
	Path tmp;
	private IWorkbenchPage page;

	@AfterEach
	public void closeEditors() {
		if (page != null) {
			page.closeAllEditors(false);
		}
	}

	@Test
	public void showsShapesCountsDecayAndSettingsOfTheSession() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 1000);
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()), 30);
		Session s1b = ActiveStore.get().store().model().findSession("s1b");
		SessionEditor editor = SessionEditors.open(page, s1b);
		editor.setActivePage(ArchitecturePage.ID);
		ArchitecturePage arch = (ArchitecturePage) editor.findPage(ArchitecturePage.ID);
		UiTestSupport.waitFor(display, () -> arch.getPartControl() != null && parameterTable(arch).getItemCount() > 0, 30); // the checkpoint is read
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		Screenshots.settle(display, 600);

		BaseCheckpoint base = BaseCheckpoint.read(root.resolve("base/base_checkpoint.pt"));
		long plastic = 0;
		long frozen = 0;
		for (String name : List.of("W_u", "B", "W_o", "a_raw")) {
			FloatTensor t = base.modelState().get(name);
			TableItem row = Arrays.stream(parameterTable(arch).getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow();
			String shape = Arrays.toString(t.shape());
			assertEquals(shape, row.getText(1), name + " shape");
			assertEquals(Integer.toString(t.data().length), row.getText(2), name + " parameter count");
			if (name.equals("a_raw")) {
				frozen += t.data().length;
				assertEquals("frozen", row.getText(3));
			} else {
				plastic += t.data().length;
				assertEquals("plastic", row.getText(3));
				// the diagram's box for the tensor shows the same shape and count
				ArchitectureDiagram.Box box = diagram(arch).boxes().stream().filter(b -> b.title().equals(name)).findFirst().orElseThrow();
				assertTrue(box.text().contains(shape) && box.text().contains(t.data().length + " params"), box.text());
				assertEquals(ArchitectureDiagram.Kind.PLASTIC, box.kind());
			}
		}
		assertEquals(Long.toString(plastic), cell(arch, "total plastic", 2));
		assertEquals(Long.toString(frozen), cell(arch, "total frozen", 2));
		assertEquals(ArchitectureDiagram.Kind.FROZEN,
				diagram(arch).boxes().stream().filter(b -> b.title().startsWith("decay")).findFirst().orElseThrow().kind());

		int nState = ActiveStore.get().store().model().getBase().getModelConfig().getNState();
		assertEquals(nState, WidgetsById.find((Composite) arch.getPartControl(), "architecture.decay", DecayHistogramCanvas.class).histogram().total(), "the histogram counts every state channel once");
		String note = WidgetsById.find((Composite) arch.getPartControl(), "architecture.note", Label.class).getText();
		assertTrue(note.startsWith("All " + nState + " decay values lie in (0, 1)"), "every decay in (0, 1), and the page says so: " + note);

		// settings from s1b's meta (ns_steps 2) and the variant implied by torch 2.9.1
		assertEquals("2", setting(arch, "ns_steps"));
		assertEquals("0.005", setting(arch, "lr"));
		assertEquals("muon_torch", setting(arch, "optimizer variant"));
		assertEquals("32", setting(arch, "chunk"));

		String svg = Exports.svg(diagram(arch));
		assertTrue(svg.contains("W_u  (plastic)") && svg.contains("stroke-dasharray"), "SVG has the boxes, frozen ones dashed");
		File shot = Screenshots.ofShell(shell, "architecture-page");
		assertTrue(shot.length() > 10_000);
	}

	private static Table parameterTable(ArchitecturePage arch) {
		return WidgetsById.find((Composite) arch.getPartControl(), "architecture.parameters", Table.class);
	}

	private static ArchitectureDiagram diagram(ArchitecturePage arch) {
		return WidgetsById.find((Composite) arch.getPartControl(), "architecture.diagram", ArchitectureDiagram.class);
	}

	private static String cell(ArchitecturePage arch, String first, int column) {
		return Arrays.stream(parameterTable(arch).getItems()).filter(i -> i.getText(0).equals(first)).findFirst().orElseThrow().getText(column);
	}

	private static String setting(ArchitecturePage arch, String name) {
		return Arrays.stream(WidgetsById.find((Composite) arch.getPartControl(), "architecture.settings", Table.class).getItems()).filter(i -> i.getText(0).equals(name)).findFirst().orElseThrow().getText(1);
	}
}
