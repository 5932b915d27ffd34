package ttt.workbench.ui.transfer;

import java.util.function.Supplier;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.store.io.Phase0Importer;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * What will be migrated: the files read, the session and run they become, the base they map to, and every assumption
 * the importer makes, in its own words (the same list {@code ttt import_phase0 --dry_run} prints).
 */
final class Phase0PreviewPage extends WizardPage {

	/** Starts each assumption's line. */
	static final String BULLET = "• ";

	private final Supplier<Phase0Importer.Preview> preview;
	private Label summary;
	private Table files;
	private Text assumptions;

	Phase0PreviewPage(Supplier<Phase0Importer.Preview> preview) {
		super("phase0.preview");
		this.preview = preview;
		setTitle("What will be migrated");
		setDescription("The files read, what they become, and every value the import assumes or derives.");
		setImageDescriptor(TransferImages.banner(TransferImages.IMPORT_PHASE0));
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(1, false));
		summary = WidgetIds.name(new Label(c, SWT.WRAP), "transfer.phase0.summary");
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(c, SWT.NONE).setText("Files read:");
		files = WidgetIds.name(table(c, 160, "File", "Size"), "transfer.phase0.files");
		new Label(c, SWT.NONE).setText("Assumptions (everything the import assumes, derives, drops or migrates):");
		assumptions = WidgetIds.name(new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL),
				"transfer.phase0.assumptions");
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 260;
		gd.widthHint = 700;
		assumptions.setLayoutData(gd);
		setControl(c);
		refresh();
	}

	private static Table table(Composite parent, int height, String... columns) {
		Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String name : columns) {
			new TableColumn(t, SWT.LEFT).setText(name);
		}
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false);
		gd.heightHint = height;
		gd.widthHint = 700;
		t.setLayoutData(gd);
		return t;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			refresh();
		}
		super.setVisible(visible);
	}

	/** Shows the current preview (or that there is none). */
	void refresh() {
		if (summary == null || summary.isDisposed()) {
			return;
		}
		Phase0Importer.Preview p = preview.get();
		files.removeAll();
		assumptions.setText("");
		if (p == null) {
			summary.setText("Choose a Phase 0 run folder on the previous page.");
			setPageComplete(false);
			return;
		}
		summary.setText("Session " + p.sessionId() + " (a root session) with run " + p.runId() + ": " + p.steps() + " steps, "
				+ p.updateEvents() + " update events.\nBase: " + (p.baseCreated() ? "created in " + p.store() + " from base_checkpoint.pt"
						: "the store's own, which is this run's checkpoint") + " (SHA-256 " + p.baseCkptHash().substring(0, 12)
				+ "…, model signature " + p.modelSignature().substring(0, 12) + "…)."
				+ (p.ignored().isEmpty() ? "" : "\nNot imported: " + String.join(", ", p.ignored())));
		for (Phase0Importer.FoundFile f : p.files()) {
			new TableItem(files, SWT.NONE).setText(new String[] { f.path(), String.format("%,d bytes", f.bytes()) });
		}
		assumptions.setText(String.join("\n", p.assumptions().stream().map(a -> BULLET + a).toList()));
		for (TableColumn col : files.getColumns()) {
			col.pack();
		}
		files.deselectAll();
		((GridData) files.getLayoutData()).heightHint = files.getHeaderHeight() + files.getItemHeight() * p.files().size() + 4;
		summary.getParent().layout(true, true);
		setPageComplete(true);
	}
}
