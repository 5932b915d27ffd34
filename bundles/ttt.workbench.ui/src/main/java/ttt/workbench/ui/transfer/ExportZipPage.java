package ttt.workbench.ui.transfer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionZipWriter;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.context.WidgetIds;

/**
 * What to export (a session, or a sweep) and where to: the page says which sessions the zip will hold (the chosen
 * one and its ancestors up to the root, from the open model) and that the base comes along.
 */
final class ExportZipPage extends WizardPage {

	private final ArtifactStore store;
	private final String initialSession;
	private Button sessionChoice;
	private Button sweepChoice;
	private Combo sessions;
	private Combo sweeps;
	private PathField zip;
	private Label contents;

	ExportZipPage(ArtifactStore store, String initialSession) {
		super("export.zip");
		this.store = store;
		this.initialSession = initialSession;
		setTitle("Export a session or a sweep with its lineage");
		setDescription("The zip holds the sessions with every ancestor up to the root and the base they need; another store imports it"
				+ " with File ▸ Import ▸ TTT ▸ Session zip.");
		setImageDescriptor(TransferImages.banner(TransferImages.EXPORT_ZIP));
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		sessionChoice = WidgetIds.name(new Button(c, SWT.RADIO), "transfer.export.bySession");
		sessionChoice.setText("A &session:");
		sessions = WidgetIds.name(new Combo(c, SWT.READ_ONLY), "transfer.export.session");
		sessions.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		sweepChoice = WidgetIds.name(new Button(c, SWT.RADIO), "transfer.export.bySweep");
		sweepChoice.setText("A s&weep:");
		sweeps = WidgetIds.name(new Combo(c, SWT.READ_ONLY), "transfer.export.sweep");
		sweeps.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		zip = new PathField(c, "&Zip file:", "transfer.export.zip", PathField.Kind.SAVE_ZIP, this::changed);
		contents = WidgetIds.name(new Label(c, SWT.WRAP), "transfer.export.contents");
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		gd.widthHint = 520;
		contents.setLayoutData(gd);
		setControl(c);
		if (store == null) {
			setErrorMessage("No store is open: open one with File ▸ Open Store first.");
			return;
		}
		List<String> ids = store.model().getSessions().stream().map(Session::getId).sorted().toList();
		sessions.setItems(ids.toArray(String[]::new));
		int at = initialSession == null ? -1 : ids.indexOf(initialSession);
		sessions.select(Math.max(0, at));
		sessionChoice.setSelection(true);
		sweepChoice.setEnabled(false);
		new BackgroundCheck(c).run("the store's sweeps", () -> SessionZipWriter.sweeps(store.root()), found -> {
			sweeps.setItems(found.toArray(String[]::new));
			sweeps.select(0);
			sweepChoice.setEnabled(!found.isEmpty());
			sweeps.setEnabled(!found.isEmpty());
		}, e -> sweepChoice.setEnabled(false));
		sweeps.setEnabled(false);
		for (var w : List.of(sessionChoice, sweepChoice, sessions, sweeps)) {
			w.addListener(SWT.Selection, e -> changed());
		}
		if (!ids.isEmpty()) {
			zip.set(Path.of(System.getProperty("user.home"), ids.get(Math.max(0, at)) + ".zip"));
		}
		changed();
	}

	boolean bySweep() {
		return sweepChoice.getSelection();
	}

	String session() {
		return sessions.getSelectionIndex() < 0 ? null : sessions.getItem(sessions.getSelectionIndex());
	}

	String sweep() {
		return sweeps.getSelectionIndex() < 0 ? null : sweeps.getItem(sweeps.getSelectionIndex());
	}

	Path zip() {
		return zip.path();
	}

	private void changed() {
		if (store == null || contents == null) {
			return;
		}
		setErrorMessage(null);
		Path target = zip.path();
		String text;
		if (bySweep()) {
			text = sweep() == null ? "This store has no sweeps." : "The zip will hold sweep " + sweep()
					+ " (its folder and manifest), its sessions with their ancestors, and the base.";
		} else if (session() == null) {
			text = "This store has no sessions.";
		} else {
			try {
				List<String> lineage = SessionZipWriter.withLineage(store.model(), List.of(session()), store.root());
				text = "The zip will hold " + String.join(" → ", lineage) + (lineage.size() > 1 ? " (the session and its ancestors)" : "")
						+ " and the base (checkpoint SHA-256 " + store.model().getBase().getBaseCkptHash().substring(0, 12) + "…).";
			} catch (Exception e) {
				setErrorMessage(e.getMessage());
				setPageComplete(false);
				return;
			}
		}
		contents.setText(text);
		contents.getParent().layout(true, true);
		if (target == null || !target.getFileName().toString().toLowerCase().endsWith(".zip")) {
			setErrorMessage(target == null ? null : target + ": a session zip's name ends in .zip");
			setMessage("Choose the zip file to write.");
			setPageComplete(false);
			return;
		}
		if (target.startsWith(store.root())) {
			setErrorMessage(target + ": is inside the store; write the zip outside it");
			setPageComplete(false);
			return;
		}
		setMessage(Files.exists(target) ? target.getFileName() + " exists and will be replaced." : null);
		setPageComplete(bySweep() ? sweep() != null : session() != null);
	}
}
