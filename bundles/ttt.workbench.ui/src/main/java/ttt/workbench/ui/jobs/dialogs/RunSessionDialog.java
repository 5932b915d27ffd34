package ttt.workbench.ui.jobs.dialogs;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * Run Session: the trajectory (random actions from a seed, or actions replayed from a CSV file), overrides of the
 * update schedule for this run only (blank keeps the session's value, shown as a hint), and the maths backend.
 */
public class RunSessionDialog extends ValidatingDialog {

	private final Session session;
	private Button random;
	private Button replay;
	private Text steps;
	private Text seed;
	private Text csv;
	private Button browse;
	private Text chunk;
	private Text bufferLen;
	private Combo backend;
	private RunSession.Request request;

	public RunSessionDialog(Shell parent, Session session) {
		super(parent, "Run Session " + session.getId(),
				"One run on a new trajectory: base vs session start vs adaptive. When it finishes, the session keeps its updated weights.",
				"&Run");
		this.session = session;
	}

	@Override
	protected void createFields(Composite body) {
		RunSessionForm d = RunSessionForm.defaults(session.getId(), WorkbenchPreferences.runSteps(), WorkbenchPreferences.seed(), WorkbenchPreferences.backend());
		random = new Button(body, SWT.RADIO);
		random.setText("Random actions from a &seed");
		random.setToolTipText("Gaussian actions drawn from the seed (run_session --seed); the same seed gives the same trajectory");
		random.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		random.setSelection(true);
		steps = text(body, "S&teps:", d.steps(), "Length of the trajectory (run_session --steps, default 600)", 2);
		seed = text(body, "S&eed:", d.seed(), "Seed of the actions (run_session --seed, default 1337); it also names the run", 2);

		replay = new Button(body, SWT.RADIO);
		replay.setText("Replay actions from a &CSV file");
		replay.setToolTipText("Exactly these actions, one row per step, header ax,ay (run_session --actions_csv); steps = rows");
		replay.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		csv = text(body, "&File:", "", "CSV file with header ax,ay", 1);
		browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.setToolTipText("Choose the CSV file of actions");
		browse.addListener(SWT.Selection, e -> {
			FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
			fd.setFilterExtensions(new String[] { "*.csv", "*" });
			String chosen = fd.open();
			if (chosen != null) {
				csv.setText(chosen);
			}
		});

		Label overrides = new Label(body, SWT.WRAP);
		overrides.setText("Overrides for this run only (blank keeps the session's value):");
		GridData og = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		og.verticalIndent = 8;
		overrides.setLayoutData(og);
		PlasticityConfig p = session.getPlasticityConfig();
		chunk = text(body, "C&hunk:", "", "Steps between update attempts (run_session --chunk)", 2);
		bufferLen = text(body, "Buffer &length:", "", "Transitions replayed per update (run_session --buffer_len)", 2);
		if (p != null) {
			chunk.setMessage(p.getChunk() + " (the session's)");
			bufferLen.setMessage(p.getBufferLen() + " (the session's)");
		}
		backend = combo(body, "B&ackend:", new String[] { "auto", "jvm", "nd4j" }, d.backend(),
				"Maths backend: auto picks by model size; jvm is pure Java; nd4j uses native BLAS");

		random.addListener(SWT.Selection, e -> {
			modeChanged();
			changed();
		});
		replay.addListener(SWT.Selection, e -> {
			modeChanged();
			changed();
		});
		modeChanged();
	}

	private void modeChanged() {
		boolean fromFile = replay.getSelection();
		steps.setEnabled(!fromFile);
		seed.setEnabled(!fromFile);
		csv.setEnabled(fromFile);
		browse.setEnabled(fromFile);
		validate();
	}

	/** The fields as they are now. */
	public RunSessionForm form() {
		if (steps == null || steps.isDisposed()) {
			return RunSessionForm.defaults(session.getId(), WorkbenchPreferences.runSteps(), WorkbenchPreferences.seed(), WorkbenchPreferences.backend());
		}
		return new RunSessionForm(session.getId(), steps.getText(), replay.getSelection(), seed.getText(), csv.getText(), chunk.getText(),
				bufferLen.getText(), backend.getText());
	}

	@Override
	protected String problem() {
		if (backend == null) {
			return null; // still building the fields
		}
		return form().validate().problem();
	}

	@Override
	protected void accept() {
		request = form().validate().request();
	}

	/** The run to start, after OK. */
	public RunSession.Request request() {
		return request;
	}
}
