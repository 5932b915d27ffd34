package ttt.workbench.ui.transfer;

import java.nio.file.Path;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.store.io.Phase0Importer;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * Where from and where to: the Phase 0 run folder, the store and (optionally) the new session's id. Every change is
 * checked off the UI thread with {@link Phase0Importer#preview}; a refusal is the page's error message (it names the
 * file and the problem) and keeps Next and Finish disabled.
 */
final class Phase0SourcePage extends WizardPage {

	private final Path initialStore;
	private final Runnable previewChanged;
	private PathField folder;
	private PathField store;
	private Text sessionId;
	private BackgroundCheck check;
	private volatile Phase0Importer.Preview preview;

	Phase0SourcePage(Path initialStore, Runnable previewChanged) {
		super("phase0.source");
		this.initialStore = initialStore;
		this.previewChanged = previewChanged;
		setTitle("Import a Phase 0 run folder");
		setDescription("Choose a run folder of the Phase 0 tool (base_checkpoint.pt, per_step.csv, update_events.json, session/).");
		setImageDescriptor(TransferImages.banner(TransferImages.IMPORT_PHASE0));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		folder = new PathField(c, "Phase 0 run &folder:", "transfer.phase0.folder", PathField.Kind.FOLDER, this::changed);
		store = new PathField(c, "Into &store:", "transfer.phase0.store", PathField.Kind.FOLDER, this::changed);
		new Label(c, SWT.NONE).setText("Session &id:");
		sessionId = WidgetIds.name(new Text(c, SWT.BORDER), "transfer.phase0.sessionId");
		sessionId.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		sessionId.setMessage("empty: the Phase 0 meta's session_id, else the folder's name");
		sessionId.addModifyListener(e -> changed());
		Label hint = new Label(c, SWT.WRAP);
		hint.setText("Nothing is written until Finish. An empty or new store folder gets the run's base checkpoint as its base;"
				+ " a store with a base accepts the run only if it was made from that very checkpoint.");
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		gd.widthHint = 520;
		hint.setLayoutData(gd);
		check = new BackgroundCheck(c);
		store.set(initialStore);
		setControl(c);
		setMessage("Choose a Phase 0 run folder.");
	}

	/** The preview of the current fields, or {@code null} while checking or when refused. */
	Phase0Importer.Preview preview() {
		return preview;
	}

	Path folder() {
		return folder.path();
	}

	Path store() {
		return store.path();
	}

	String sessionId() {
		String s = sessionId.getText().trim();
		return s.isEmpty() ? null : s;
	}

	private void changed() {
		preview = null;
		setPageComplete(false);
		previewChanged.run();
		Path from = folder == null ? null : folder.path();
		Path to = store == null ? null : store.path();
		if (from == null || to == null || sessionId == null) {
			check.invalidate();
			setErrorMessage(null);
			setMessage(from == null ? "Choose a Phase 0 run folder." : "Choose the store to import into.");
			return;
		}
		String id = sessionId();
		setErrorMessage(null);
		setMessage("Checking " + from.getFileName() + "…");
		check.run(from.toString(), () -> Phase0Importer.preview(from, to, id), p -> {
			preview = p;
			setErrorMessage(null);
			setMessage("A Phase 0 run: session " + p.sessionId() + ", " + p.steps() + " steps, " + p.updateEvents() + " update events, "
					+ p.assumptions().size() + " assumptions (Next lists them).");
			setPageComplete(true);
			previewChanged.run();
		}, e -> {
			setErrorMessage(e.getMessage() == null ? e.toString() : e.getMessage());
			setPageComplete(false);
		});
	}
}
