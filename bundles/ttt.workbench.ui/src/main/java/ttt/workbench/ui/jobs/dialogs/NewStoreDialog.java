package ttt.workbench.ui.jobs.dialogs;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** New Store: a folder and the pretraining of its base model, with the command line's {@code init_base} defaults. */
public class NewStoreDialog extends ValidatingDialog {

	private final String suggestedFolder;
	private Text folder;
	private Text steps;
	private Text batch;
	private Text seqLen;
	private Text seed;
	private Combo envMode;
	private Text uDim;
	private Text nState;
	private Combo backend;
	private NewStoreForm.Outcome outcome;

	public NewStoreDialog(Shell parent, String suggestedFolder) {
		super(parent, "New Store",
				"An empty artifact store with a pretrained base model; it opens when pretraining is done (about a minute with the defaults).",
				"&Create");
		this.suggestedFolder = suggestedFolder;
	}

	@Override
	protected void createFields(Composite body) {
		NewStoreForm d = NewStoreForm.defaults(suggestedFolder);
		folder = text(body, "&Folder:", d.folder(), "A new or empty folder for the store (init_base --artifacts_root)", 1);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.setToolTipText("Choose the folder of the new store");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog dd = new DirectoryDialog(getShell());
			dd.setText("Folder of the new store");
			String chosen = dd.open();
			if (chosen != null) {
				folder.setText(chosen);
			}
		});
		steps = text(body, "Pretraining &steps:", d.steps(), "Optimizer steps of base pretraining (--pretrain_steps, default 2000)", 2);
		batch = text(body, "B&atch:", d.batch(), "Sequences per batch, each with its own μ (--pretrain_batch, default 32)", 2);
		seqLen = text(body, "Se&quence length:", d.seqLen(), "Steps per training sequence (--pretrain_seq, default 32)", 2);
		seed = text(body, "S&eed:", d.seed(), "Makes pretraining deterministic (--seed, default 1337)", 2);
		envMode = combo(body, "Friction &model:", new String[] { "linear", "nonlinear" }, d.envMode(),
				"Friction model of the pretraining environment (--env_mode)");
		uDim = text(body, "&u_dim:", d.uDim(), "Input projection size (--u_dim, default 16)", 2);
		nState = text(body, "&n_state:", d.nState(), "State size of the SSM (--n_state, default 32)", 2);
		backend = combo(body, "Bac&kend:", new String[] { "auto", "jvm", "nd4j" }, d.backend(),
				"Maths backend: auto picks by model size; jvm is pure Java; nd4j uses native BLAS");
	}

	public NewStoreForm form() {
		if (backend == null || backend.isDisposed()) {
			return NewStoreForm.defaults(suggestedFolder);
		}
		return new NewStoreForm(folder.getText(), steps.getText(), batch.getText(), seqLen.getText(), seed.getText(), envMode.getText(),
				uDim.getText(), nState.getText(), backend.getText());
	}

	@Override
	protected String problem() {
		return backend == null ? null : form().validate().problem();
	}

	@Override
	protected void accept() {
		outcome = form().validate();
	}

	/** Folder, pretraining and backend, after OK. */
	public NewStoreForm.Outcome outcome() {
		return outcome;
	}

	public Path root() {
		return outcome == null ? null : outcome.root();
	}
}
