package ttt.workbench.ui.transfer;

import java.nio.file.Path;
import java.util.Map;

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

import ttt.workbench.store.io.SessionZipReader;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * The zip, the store and an optional rename suffix; every change is checked off the UI thread with
 * {@link SessionZipReader#preview}. A hostile or damaged zip, another base, or ids the store already has are the
 * page's error message (naming the entry and the problem; for a clash, how to resolve it), and Finish stays disabled.
 */
final class ImportZipPage extends WizardPage {

	private final Path initialStore;
	private final Runnable changedListener;
	private PathField zip;
	private PathField store;
	private Text suffix;
	private Table sessions;
	private Label notes;
	private BackgroundCheck check;
	private volatile SessionZipReader.Preview preview;

	ImportZipPage(Path initialStore, Runnable changedListener) {
		super("import.zip");
		this.initialStore = initialStore;
		this.changedListener = changedListener;
		setTitle("Import a session zip");
		setDescription("Sessions exported with their lineage (File ▸ Export ▸ TTT); the zip is checked whole before anything is written.");
		setImageDescriptor(TransferImages.banner(TransferImages.IMPORT_ZIP));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		zip = new PathField(c, "Session &zip:", "transfer.importZip.zip", PathField.Kind.OPEN_ZIP, this::changed);
		store = new PathField(c, "Into &store:", "transfer.importZip.store", PathField.Kind.FOLDER, this::changed);
		new Label(c, SWT.NONE).setText("&Rename suffix:");
		suffix = WidgetIds.name(new Text(c, SWT.BORDER), "transfer.importZip.suffix");
		suffix.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		suffix.setMessage("empty: keep the ids (needed only when the store has sessions with these ids)");
		suffix.addModifyListener(e -> changed());
		sessions = WidgetIds.name(new Table(c, SWT.BORDER | SWT.FULL_SELECTION), "transfer.importZip.sessions");
		sessions.setHeaderVisible(true);
		sessions.setLinesVisible(true);
		for (String name : new String[] { "Session in the zip", "Becomes", "" }) {
			new TableColumn(sessions, SWT.LEFT).setText(name);
		}
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		gd.heightHint = 140;
		gd.widthHint = 640;
		sessions.setLayoutData(gd);
		notes = WidgetIds.name(new Label(c, SWT.WRAP), "transfer.importZip.notes");
		GridData nd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		nd.widthHint = 640;
		notes.setLayoutData(nd);
		check = new BackgroundCheck(c);
		store.set(initialStore);
		setControl(c);
		setMessage("Choose a session zip.");
	}

	SessionZipReader.Preview preview() {
		return preview;
	}

	Path store() {
		return store.path();
	}

	String suffix() {
		String s = suffix.getText().trim();
		return s.isEmpty() ? null : s;
	}

	private void changed() {
		preview = null;
		setPageComplete(false);
		changedListener.run();
		if (sessions == null || suffix == null) {
			return;
		}
		sessions.removeAll();
		notes.setText("");
		Path from = zip.path();
		Path to = store.path();
		if (from == null || to == null) {
			check.invalidate();
			setErrorMessage(null);
			setMessage(from == null ? "Choose a session zip." : "Choose the store to import into.");
			return;
		}
		String s = suffix();
		setErrorMessage(null);
		setMessage("Checking " + from.getFileName() + "…");
		check.run(from.toString(), () -> SessionZipReader.preview(from, to, s), p -> {
			show(p);
			if (!p.clashes().isEmpty()) {
				setErrorMessage("The store already has " + String.join(", ", p.clashes())
						+ " with other contents: enter a rename suffix (for example \"-imported\").");
				return;
			}
			if (p.imported().isEmpty() && p.sweepTarget() == null) {
				setErrorMessage("The store already has everything this zip holds, identical.");
				return;
			}
			preview = p;
			setErrorMessage(null);
			setMessage("Ready: " + p.imported().size() + " session(s) to import" + (p.baseImported() ? " with the base." : "."));
			setPageComplete(true);
			changedListener.run();
		}, e -> setErrorMessage(e.getMessage() == null ? e.toString() : e.getMessage()));
	}

	private void show(SessionZipReader.Preview p) {
		for (Map.Entry<String, String> e : p.renames().entrySet()) {
			String state = p.identical().contains(e.getKey()) ? "already in the store (identical): skipped"
					: p.clashes().contains(e.getValue()) ? "CLASH: the store has another session with this id" : "new";
			new TableItem(sessions, SWT.NONE).setText(new String[] { e.getKey(), e.getValue(), state });
		}
		for (TableColumn col : sessions.getColumns()) {
			col.pack();
		}
		notes.setText(String.join("\n", p.notes()));
		notes.getParent().layout(true, true);
	}
}
