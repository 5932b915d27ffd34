package ttt.workbench.ui.fork;

import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.engine.session.ForkSession;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.jobs.dialogs.DialogMemory;

/**
 * "Fork from here": the new child's id (validated as you type), whether it keeps the parent's optimizer momentum,
 * which state it starts from (the parent's current weights, or the end of one of its runs that kept its weights),
 * and an optional note stored in the child's session_meta.json.
 */
public class ForkDialog extends TitleAreaDialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	/** Dialog settings: the optimizer choice of the last fork, and the dialog's size. */
	static final String SETTINGS = "ForkDialog";
	static final String RESET_OPTIMIZER = "resetOptimizer";

	private final Session parent;
	private final Predicate<String> taken;
	private final StoreLayout layout;
	private final List<Run> runs = new ArrayList<>();
	private Text childId;
	private Button copyOptimizer;
	private Button resetOptimizer;
	private Combo from;
	private Text note;
	private ForkSession.Request request;

	/**
	 * @param taken  whether a session id exists in the store
	 * @param layout the store's layout, to tell which runs kept their end-of-run weights
	 */
	public ForkDialog(Shell shell, Session parent, Predicate<String> taken, StoreLayout layout) {
		super(shell);
		this.parent = parent;
		this.taken = taken;
		this.layout = layout;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Fork Session");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite area) {
		Composite parentArea = (Composite) super.createDialogArea(area);
		setTitle("Fork " + parent.getId());
		Composite c = new Composite(parentArea, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		c.setLayout(new GridLayout(2, false));

		label(c, "Parent:");
		Label parentLabel = new Label(c, SWT.NONE);
		parentLabel.setText(lineage(parent) + "   (μ " + parent.getMu() + ", " + parent.getEnvMode().getLiteral() + ")");
		parentLabel.setToolTipText("The child gets the parent's hidden μ, friction model and plasticity settings");

		label(c, "&Child id:");
		childId = new Text(c, SWT.BORDER);
		childId.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		childId.setText(ChildIds.suggest(parent.getId(), taken));
		childId.setToolTipText("Folder name of the new session under sessions/: no spaces, no path separators, unique in the store");
		childId.addListener(SWT.Modify, e -> validate());

		label(c, "&Start from:");
		from = new Combo(c, SWT.READ_ONLY);
		from.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		from.add("Current state of " + parent.getId() + " (after all its runs)");
		parent.getRuns().stream().sorted(Comparator.comparing((Run r) -> r.getCreatedAtUnix() == null ? 0 : r.getCreatedAtUnix()).reversed())
				.forEach(runs::add);
		for (Run r : runs) {
			from.add("End of run " + r.getId() + describe(r) + (keptWeights(r) ? "" : "  (weights not kept)"));
		}
		from.select(0);
		from.setToolTipText("Fork from the parent's latest weights, or from the weights as they were at the end of an earlier run"
				+ " (runs written by the Python reference do not keep them)");
		from.addListener(SWT.Selection, e -> validate());

		Group optimizer = new Group(c, SWT.NONE);
		optimizer.setText("Optimizer");
		optimizer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		optimizer.setLayout(new GridLayout(1, false));
		copyOptimizer = new Button(optimizer, SWT.RADIO);
		copyOptimizer.setText("C&opy the parent's optimizer state (keep Muon momentum)");
		copyOptimizer.setSelection(true);
		resetOptimizer = new Button(optimizer, SWT.RADIO);
		resetOptimizer.setText("&Reset the optimizer (fresh momentum)");
		IDialogSettings memory = DialogMemory.section(SETTINGS);
		boolean resetLastTime = memory != null && memory.getBoolean(RESET_OPTIMIZER); // the choice of the last fork
		copyOptimizer.setSelection(!resetLastTime);
		resetOptimizer.setSelection(resetLastTime);

		Label noteLabel = label(c, "&Note:");
		noteLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
		note = new Text(c, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, true);
		noteData.heightHint = 60;
		noteData.widthHint = 420;
		note.setLayoutData(noteData);
		note.setMessage("Optional: why this fork (stored as fork_note in session_meta.json)");
		note.setToolTipText("Stored as the top-level key fork_note of the child's session_meta.json");
		return parentArea;
	}

	@Override
	protected IDialogSettings getDialogBoundsSettings() {
		return DialogMemory.section(SETTINGS);
	}

	@Override
	protected void createButtonsForButtonBar(Composite bar) {
		createButton(bar, IDialogConstants.OK_ID, "&Fork", true);
		createButton(bar, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	private static Label label(Composite c, String text) {
		Label l = new Label(c, SWT.NONE);
		l.setText(text);
		return l;
	}

	private static String lineage(Session s) {
		List<String> ids = new ArrayList<>();
		for (Session a = s; a != null; a = a.getParent()) {
			ids.add(0, a.getId());
		}
		ids.add(0, "base");
		return String.join(" → ", ids);
	}

	private static String describe(Run r) {
		String when = r.getCreatedAtUnix() == null ? "" : ", " + WHEN.format(Instant.ofEpochSecond(r.getCreatedAtUnix().longValue()));
		return " (" + r.getSteps() + " steps" + when + ")";
	}

	private boolean keptWeights(Run r) {
		return Files.isRegularFile(layout.runDir(parent.getId(), r.getId()).resolve(StoreLayout.PLASTIC_STATE));
	}

	private Run chosenRun() {
		int i = from.getSelectionIndex();
		return i <= 0 ? null : runs.get(i - 1);
	}

	private void validate() {
		if (childId == null || getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		String problem = ChildIds.problem(childId.getText(), taken).map(ForkDialog::sentence).orElse(null);
		Run run = chosenRun();
		if (problem == null && run != null && !keptWeights(run)) {
			problem = "Run " + run.getId() + " kept no end-of-run weights (written by the Python reference): start from the current state";
		}
		if (problem != null) {
			setMessage(problem, IMessageProvider.ERROR);
		} else {
			setMessage("The child starts with " + (run == null ? parent.getId() + "'s current weights" : "the weights at the end of " + run.getId())
					+ " and appears under it in the Session Tree.", IMessageProvider.INFORMATION);
		}
		getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
	}

	private static String sentence(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	@Override
	protected void okPressed() {
		Run run = chosenRun();
		String text = note.getText().strip();
		request = new ForkSession.Request(parent.getId(), childId.getText(), copyOptimizer.getSelection(), run == null ? null : run.getId(),
				text.isEmpty() ? null : text);
		IDialogSettings memory = DialogMemory.section(SETTINGS);
		if (memory != null) {
			memory.put(RESET_OPTIMIZER, resetOptimizer.getSelection());
		}
		super.okPressed();
	}

	/** What the user asked for (after OK). */
	public ForkSession.Request request() {
		return request;
	}

	// for UI tests: the dialog's widgets
	public Text childIdField() {
		return childId;
	}

	public Combo fromCombo() {
		return from;
	}

	public Button resetOptimizerButton() {
		return resetOptimizer;
	}

	public Text noteField() {
		return note;
	}
}
