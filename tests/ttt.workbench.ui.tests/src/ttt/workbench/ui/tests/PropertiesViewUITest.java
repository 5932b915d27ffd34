package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.jobs.StoreJob;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;
import ttt.workbench.ui.views.tree.SessionTreeView;
import ttt.workbench.ui.views.tree.TreeCanvas;

/**
 * The standard Properties view on the selected base, session and run (issue 18): rows from the item providers generated
 * from store.genmodel, values as the fixture's files hold them (read here with Jackson, sizes with Files.size), the
 * fork note editable through the undoable Edit Note operation, everything the reference's files own read-only.
 */
public class PropertiesViewUITest {

	private static final String FILES = "Files (on disk)/";
	private static final ObjectMapper JSON = new ObjectMapper();

	@TempDir
	Path tmp;

	private Path root;
	private IWorkbenchWindow window;
	private IWorkbenchPage page;
	private Shell shell;
	private Display display;
	private SessionTreeView treeView;
	private TreeCanvas canvas;
	private SessionEditor editor;

	@BeforeEach
	public void openFixtureStore() throws Exception {
		root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		page = window.getActivePage();
		shell = window.getShell();
		display = shell.getDisplay();
		shell.setBounds(0, 0, 1600, 1000);
		treeView = (SessionTreeView) page.showView(SessionTreeView.ID);
		page.showView(IPageLayout.ID_PROP_SHEET);
		Job open = ActiveStore.get().open(root, display);
		canvas = TreeParts.canvas(window);
		UiTestSupport.waitFor(display, () -> open.getResult() != null && ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()) && canvas.getTree() != null
				&& canvas.getTree().box("s1b").isPresent(), 60);
	}

	@AfterEach
	public void closeEditor() {
		page.setEditorAreaVisible(true);
		if (editor != null) {
			page.closeEditor(editor, false);
		}
		Job.getJobManager().cancel(StoreJob.FAMILY);
	}

	@Test
	public void theBaseShowsItsMetaModelConfigAndFiles() throws Exception {
		select(canvas.getBaseId());
		JsonNode meta = JSON.readTree(root.resolve("base/base_meta.json").toFile());
		Map<String, String> rows = rowsOnceShown(FILES + "base_checkpoint.pt");

		assertEquals(meta.get("torch_version").asText(), rows.get("Base model/Torch Version"));
		assertEquals(meta.get("base_ckpt_hash").asText(), rows.get("Base model/Base Ckpt Hash"));
		assertEquals(meta.get("model_signature").asText(), rows.get("Base model/Model Signature"));
		assertEquals(text(meta.get("schema_version")), rows.get("Identity/Schema Version"));
		assertEquals(text(meta.get("created_at_unix")), rows.get("Identity/Created At Unix"), "an integer, as the file writes it");
		assertEquals(utc(meta.get("created_at_unix").asLong()), rows.get("Identity/Created"));
		assertObject(meta.get("model_cfg"), rows, "Base model/Model Config/");
		assertTrue(rows.get("Base model/Model Config").contains("NState " + meta.get("model_cfg").get("n_state").asText()),
				"the folded row sums up model_cfg: " + rows.get("Base model/Model Config"));
		assertFiles(root.resolve("base"), rows);
		Screenshots.settle(display, 300);
		screenshotNextToTheTree("properties-base");
	}

	@Test
	public void aSessionShowsItsMetaSettingsAndFilesWithSizes() throws Exception {
		select("s1b");
		JsonNode meta = JSON.readTree(root.resolve("sessions/s1b/meta.json").toFile());
		Map<String, String> rows = rowsOnceShown(FILES + "meta.json");

		assertEquals("s1b", rows.get("Identity/Id"));
		assertEquals(text(meta.get("created_at_unix")), rows.get("Identity/Created At Unix"));
		assertEquals(meta.get("parent_session_id").asText(), rows.get("Lineage/Parent Id"));
		assertEquals(meta.get("root_session_id").asText(), rows.get("Lineage/Root Id"));
		assertEquals(meta.get("env_mode").asText(), rows.get("Settings/Env Mode"));
		assertEquals(text(meta.get("mu")), rows.get("Settings/Mu"));
		assertEquals(meta.get("base_ckpt_hash").asText(), rows.get("Base model/Base Ckpt Hash"));
		assertObject(meta.get("model_cfg"), rows, "Settings/Model Config/");
		assertObject(meta.get("plasticity_cfg"), rows, "Settings/Plasticity Config/");
		assertEquals("", rows.get("Note/Fork Note"), "no note yet");
		assertFiles(root.resolve("sessions/s1b"), rows);
		Screenshots.settle(display, 300);
		screenshotNextToTheTree("properties-session");

		// a session with runs: its runs/ folder as one row, every file under it counted
		select("s1");
		Map<String, String> s1 = rowsOnceShown(FILES + "runs/");
		assertFiles(root.resolve("sessions/s1"), s1);
	}

	@Test
	public void theRunInFocusOfTheSessionEditorShowsItsFiguresAndFiles() throws Exception {
		Session s1 = ActiveStore.get().store().model().findSession("s1");
		editor = SessionEditors.open(page, s1);
		Run run = s1.getRuns().get(0);
		editor.focus().set(run); // what selecting it in the Overview's run list does
		page.activate(editor);
		JsonNode metrics = JSON.readTree(root.resolve("sessions/s1/metrics.json").toFile()); // the session's last run
		assertEquals(metrics.get("run_id").asText(), run.getId());
		Map<String, String> rows = rowsOnceShown(FILES + "per_step.csv");

		assertEquals(metrics.get("run_id").asText(), rows.get("Identity/Id"));
		assertEquals(text(metrics.get("seed")), rows.get("Identity/Seed"));
		assertEquals(text(metrics.get("steps")), rows.get("Identity/Steps"));
		assertEquals(text(metrics.get("updates_committed")), rows.get("Metrics/Metrics/Updates Committed"));
		assertEquals(text(metrics.get("updates_rolled_back")), rows.get("Metrics/Metrics/Updates Rolled Back"));
		assertFiles(root.resolve("sessions/s1/runs").resolve(run.getId()), rows);
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "properties-run");
	}

	@Test
	public void editingTheNoteInThePropertiesViewWritesMetaJsonAndUndoRestoresIt() throws Exception {
		Path meta = root.resolve("sessions/s1b/meta.json");
		byte[] original = Files.readAllBytes(meta);
		select("s1b");
		rowsOnceShown(FILES + "meta.json");

		// the real cell editor: select the row, type, press Enter
		Tree tree = PropertiesRows.tree(page);
		TreeItem noteRow = PropertiesRows.find(page, "Note/Fork Note");
		assertNotNull(noteRow, "the note row: " + PropertiesRows.read(page).keySet());
		tree.setFocus();
		tree.setSelection(noteRow);
		Event click = new Event();
		click.item = noteRow;
		tree.notifyListeners(SWT.Selection, click);
		tree.notifyListeners(SWT.DefaultSelection, click); // Enter on the row opens its cell editor (as a click does)
		Screenshots.settle(display, 300);
		Text cell = cellEditor(tree);
		assertNotNull(cell, "a text cell editor on the note row; the tree holds " + Arrays.toString(tree.getChildren()));
		cell.setText("inherits the lr sweep's persistent learning");
		cell.notifyListeners(SWT.DefaultSelection, new Event());

		UiTestSupport.waitFor(display, () -> "inherits the lr sweep's persistent learning"
				.equals(ActiveStore.get().store().model().findSession("s1b").getForkNote()), 20);
		assertEquals("inherits the lr sweep's persistent learning", JSON.readTree(meta.toFile()).get("fork_note").asText(),
				"written to meta.json");
		UiTestSupport.waitFor(display, () -> "inherits the lr sweep's persistent learning"
				.equals(PropertiesRows.read(page).get("Note/Fork Note")), 10);
		screenshotNextToTheTree("properties-note-edited");

		var support = PlatformUI.getWorkbench().getOperationSupport();
		IOperationHistory history = support.getOperationHistory();
		assertEquals("Edit Note of s1b", history.getUndoOperation(support.getUndoContext()).getLabel(),
				"the same undoable operation as Edit Note (F2)");
		// Edit > Undo (Ctrl+Z) with the Properties view active
		page.activate(page.findView(IPageLayout.ID_PROP_SHEET));
		window.getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store().model().findSession("s1b").getForkNote() == null, 20);
		UiTestSupport.waitFor(display, () -> Job.getJobManager().find(StoreJob.FAMILY).length == 0, 20);
		assertArrayEquals(original, Files.readAllBytes(meta), "undo restores meta.json byte for byte");
		UiTestSupport.waitFor(display, () -> "".equals(PropertiesRows.read(page).get("Note/Fork Note")), 10);
	}

	@Test
	public void valuesOfTheReferencesFilesAreReadOnlyAndGreyedTheNoteIsEditable() throws Exception {
		// in the view: the rows of the reference's values are drawn in the disabled colour, the note is not
		select("s1b");
		rowsOnceShown(FILES + "meta.json");
		Color disabled = display.getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
		assertEquals(disabled, PropertiesRows.find(page, "Identity/Id").getForeground());
		assertEquals(disabled, PropertiesRows.find(page, "Base model/Base Ckpt Hash").getForeground());
		assertNotEquals(disabled, PropertiesRows.find(page, "Note/Fork Note").getForeground());

		Session s1b = ActiveStore.get().store().model().findSession("s1b");
		IPropertySource source = Adapters.adapt(s1b, IPropertySource.class);
		assertNotNull(source, "a session adapts to the Properties view");
		Map<String, IPropertyDescriptor> byName = Arrays.stream(source.getPropertyDescriptors())
				.collect(Collectors.toMap(d -> d.getCategory() + "/" + d.getDisplayName(), d -> d, (a, b) -> a));
		for (String readOnly : List.of("Identity/Id", "Settings/Mu", "Base model/Base Ckpt Hash", "Lineage/Parent Id",
				"Settings/Plasticity Config", FILES + "meta.json")) {
			IPropertyDescriptor d = byName.get(readOnly);
			assertNotNull(d, readOnly + " in " + byName.keySet());
			assertNull(d.createPropertyEditor(shell), readOnly + " cannot be edited");
			assertEquals(disabled, ((IColorProvider) d.getLabelProvider()).getForeground(null), readOnly + " is greyed");
		}
		IPropertyDescriptor note = byName.get("Note/Fork Note");
		var cellEditor = note.createPropertyEditor(shell);
		assertNotNull(cellEditor, "the product's own note is editable");
		cellEditor.dispose();
		assertNull(((IColorProvider) note.getLabelProvider()).getForeground(null), "and not greyed");
		// setting a read-only value through the source changes nothing
		source.setPropertyValue(byName.get("Settings/Mu").getId(), "0.5");
		assertEquals(0.12, s1b.getMu());
	}

	@Test
	public void aSummarySessionShowsTheIndexAndItsDetailsArriveWithoutBlocking() throws Exception {
		Path big = tmp.resolve("summaries");
		SyntheticStore.generate(big, 40, 3);
		for (IViewReference other : page.getViewReferences()) { // nothing else may ask for details here
			page.hideView(other);
		}
		ArtifactStore store = ArtifactStore.openSummaries(big);
		Session summary = store.model().getSessions().get(store.model().getSessions().size() - 1);
		assertFalse(SessionLoader.isLoaded(summary), "opened as a summary");
		activate(store);

		IPropertySource source = Adapters.adapt(summary, IPropertySource.class);
		Map<Object, Object> before = values(source);
		assertFalse(SessionLoader.isLoaded(summary), "asking for properties does not read the session on the UI thread");
		assertEquals(summary.getId(), before.get("Identity/Id"));
		assertEquals("", before.get("Settings/Plasticity Config"), "not in the index: empty until the details arrive");

		UiTestSupport.loadsDone(display);
		UiTestSupport.waitFor(display, () -> SessionLoader.isLoaded(summary), 30);
		Map<Object, Object> after = values(Adapters.adapt(summary, IPropertySource.class));
		JsonNode meta = JSON.readTree(big.resolve("sessions").resolve(summary.getId()).resolve("meta.json").toFile());
		assertEquals(meta.get("base_ckpt_hash").asText(), after.get("Base model/Base Ckpt Hash"), "the details were requested and arrived");
		assertTrue(((String) after.get("Settings/Plasticity Config")).contains("Lr " + text(meta.get("plasticity_cfg").get("lr"))),
				"the folded row sums up plasticity_cfg: " + after);
	}

	// ------------------------------------------------------------------ helpers

	private void select(String nodeId) {
		page.activate(treeView);
		canvas.setSelectedId(null); // the tree keeps a selected id across stores: select afresh, so the view follows
		canvas.setSelectedId(nodeId);
		UiTestSupport.waitFor(display, () -> nodeId.equals(canvas.getSelectedId()), 10);
	}

	/** The tree and the Properties view side by side (the empty editor area hidden, so the view has the full height). */
	private void screenshotNextToTheTree(String name) {
		page.setEditorAreaVisible(false);
		Screenshots.settle(display, 400);
		Screenshots.ofShell(shell, name);
	}

	/** The view's rows once {@code row} is among them (the files are listed off the UI thread). */
	private Map<String, String> rowsOnceShown(String row) {
		UiTestSupport.loadsDone(display);
		UiTestSupport.waitFor(display, () -> PropertiesRows.read(page).containsKey(row), 20);
		return PropertiesRows.read(page);
	}

	/** Every key of a JSON object against the rows under {@code prefix}, the key as EMF names the feature. */
	private static void assertObject(JsonNode object, Map<String, String> rows, String prefix) {
		for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			String name = emfLabel(e.getKey());
			assertEquals(text(e.getValue()), rows.get(prefix + name), prefix + name + " (" + e.getKey() + ") in " + rows.keySet());
		}
	}

	/** Every file of {@code dir} with its size, every sub-folder with the count and total size of its files. */
	private static void assertFiles(Path dir, Map<String, String> rows) throws IOException {
		try (Stream<Path> children = Files.list(dir)) {
			for (Path p : children.toList()) {
				String name = p.getFileName().toString();
				if (Files.isDirectory(p)) {
					List<Path> files;
					try (Stream<Path> all = Files.walk(p)) {
						files = all.filter(Files::isRegularFile).toList();
					}
					long bytes = 0;
					for (Path f : files) {
						bytes += Files.size(f);
					}
					assertEquals(files.size() + (files.size() == 1 ? " file, " : " files, ") + bytes(bytes), rows.get(FILES + name + "/"));
				} else {
					assertEquals(bytes(Files.size(p)), rows.get(FILES + name), name);
				}
			}
		}
	}

	/**
	 * The label EMF's generator gives the feature of a JSON key: words capitalised and separated by blanks, a
	 * one-letter word joined to the next ({@code n_state} → feature nState → "NState", {@code obs_dim} → "Obs Dim").
	 */
	private static String emfLabel(String key) {
		StringBuilder label = new StringBuilder();
		String[] words = key.split("_");
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			label.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
			if (i < words.length - 1 && w.length() > 1) {
				label.append(' ');
			}
		}
		return label.toString();
	}

	private static String bytes(long n) {
		return String.format(Locale.ROOT, "%,d bytes", n);
	}

	/** A JSON value as the view writes it: integers as integers (also 1.0), other numbers as Java does, null empty. */
	private static String text(JsonNode v) {
		if (v == null || v.isNull()) {
			return "";
		}
		if (v.isNumber() && !v.isIntegralNumber()) {
			double d = v.doubleValue();
			return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
		}
		return v.asText();
	}

	private static String utc(long seconds) {
		return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC)
				.format(Instant.ofEpochSecond(seconds));
	}

	/** "Category/Name" → the text the row shows. */
	private static Map<Object, Object> values(IPropertySource source) {
		Map<Object, Object> values = new java.util.HashMap<>();
		for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
			values.put(d.getCategory() + "/" + d.getDisplayName(), d.getLabelProvider().getText(editable(source.getPropertyValue(d.getId()))));
		}
		return values;
	}

	private static Object editable(Object value) {
		return value instanceof IPropertySource nested ? nested.getEditableValue() : value;
	}

	private static void activate(ArtifactStore store) throws Exception {
		var activate = ActiveStore.class.getDeclaredMethod("activate", ArtifactStore.class);
		activate.setAccessible(true);
		activate.invoke(ActiveStore.get(), store);
	}

	/** The text cell editor the Properties view opened on its tree, or null. */
	private static Text cellEditor(Tree tree) {
		for (Control c : tree.getChildren()) {
			if (c instanceof Text t && !t.isDisposed()) {
				return t;
			}
		}
		return null;
	}
}
