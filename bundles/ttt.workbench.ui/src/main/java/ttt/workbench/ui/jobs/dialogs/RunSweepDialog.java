package ttt.workbench.ui.jobs.dialogs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;

import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.spec.SpecProblem;
import ttt.workbench.sweep.spec.SweepSpec;

/**
 * Session ▸ Run Sweep…: write a sweep spec (prefilled with a commented example that is valid for the open store) or
 * load one (Browse…, the last folder remembered), see it checked as you type — each problem with its line and column
 * (click one to put the caret there), the number of points, how many are done already (a sweep resumes) and the
 * sessions it will create — choose how many points run at once, and start it.
 *
 * <p>Checking reads the store ({@link SweepPreview#check}), so it runs in a job, 300 ms after the last keystroke; a
 * newer keystroke makes an older result stale. OK is disabled while a check runs and while the spec has problems.
 */
public class RunSweepDialog extends ValidatingDialog {

	static final int DEBOUNCE_MILLIS = 300;
	private static final String SETTINGS = "RunSweepDialog";
	private static final String LAST_FOLDER = "lastFolder";
	/** The label problems name when the spec is not (yet) a file. */
	public static final String UNSAVED = "spec";

	private final Path storeRoot;
	private final String initialText;
	private Text specText;
	private Text file;
	private Spinner parallel;
	private org.eclipse.swt.widgets.List problemList;
	private Label summary;
	private Table preview;
	/** The text (and file label) the preview is for; a newer edit makes it stale. */
	private int generation;
	private int previewGeneration = -1;
	private SweepPreview result;
	private SweepSpec spec;
	private int parallelPoints;
	private Path savedTo;

	/**
	 * @param storeRoot   the open store (the spec is checked against it)
	 * @param initialText the spec the text area starts with
	 */
	public RunSweepDialog(Shell parent, Path storeRoot, String initialText) {
		super(parent, "Run Sweep", "Many sessions from one spec: a grid, random samples and seeds. Checked as you type against the open store ("
				+ storeRoot.getFileName() + ").", "&Run Sweep");
		this.storeRoot = storeRoot;
		this.initialText = initialText;
	}

	@Override
	protected Point getInitialSize() {
		Point p = super.getInitialSize();
		return new Point(Math.max(p.x, 940), Math.max(p.y, 860));
	}

	@Override
	protected void createFields(Composite body) {
		Label specLabel = label(body, "&Spec (YAML):", "The sweep spec: name, from, parameters (a list is a grid axis, a mapping a distribution), seeds, runs");
		specLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		specText = new Text(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		specText.setFont(JFaceResources.getTextFont());
		specText.setText(initialText);
		GridData sg = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		sg.heightHint = 230;
		sg.widthHint = 640;
		specText.setLayoutData(sg);
		specText.setToolTipText("Checked as you type; problems are listed below with their line and column");

		file = text(body, "Spec &file:", "", "Optional. Browse... loads a spec from a file; on Run the spec is saved to this file (the sweep "
				+ "always keeps a copy in <store>/sweeps/<name>/spec.yaml)", 1);
		file.setMessage("optional: the spec is always kept in sweeps/<name>/spec.yaml of the store");
		Button browse = new Button(body, SWT.PUSH);
		browse.setText("&Browse...");
		browse.setToolTipText("Load a spec (.yaml, .yml, .json) into the editor; the folder is remembered");
		browse.addListener(SWT.Selection, e -> browse());

		label(body, "&Parallel points:", "How many points are computed at once (threads of this workbench); default: every core");
		parallel = new Spinner(body, SWT.BORDER);
		int cores = LocalSweepEngine.defaultParallelism();
		parallel.setValues(cores, 1, Math.max(64, cores), 0, 1, 4);
		parallel.setToolTipText("How many points are computed at once (default: the " + cores + " cores of this machine)");
		Label coresLabel = new Label(body, SWT.NONE);
		coresLabel.setText("(this machine has " + cores + (cores == 1 ? " core)" : " cores)"));

		Label problemsLabel = label(body, "Problems:", "Every problem of the spec with its line and column; click one to go there");
		problemsLabel.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
		problemList = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData pg = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
		pg.heightHint = 62;
		problemList.setLayoutData(pg);
		problemList.setToolTipText("Click a problem to put the caret where it is");
		problemList.addListener(SWT.Selection, e -> goToProblem(problemList.getSelectionIndex()));
		problemList.addListener(SWT.DefaultSelection, e -> goToProblem(problemList.getSelectionIndex()));

		summary = new Label(body, SWT.NONE);
		summary.setFont(JFaceResources.getBannerFont());
		GridData sumg = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
		sumg.verticalIndent = 6;
		summary.setLayoutData(sumg);
		summary.setText("Checking the spec...");

		preview = new Table(body, SWT.BORDER | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.V_SCROLL);
		preview.setHeaderVisible(true);
		preview.setLinesVisible(true);
		GridData tg = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		tg.heightHint = 170;
		preview.setLayoutData(tg);
		preview.setToolTipText("The sessions the sweep will create (done: made by an earlier run of this sweep, skipped)");
		String[] titles = { "session id", "from", "parameters", "seed", "runs", "state" };
		int[] widths = { 150, 80, 330, 60, 80, 90 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn c = new TableColumn(preview, i == 3 ? SWT.RIGHT : SWT.LEFT);
			c.setText(titles[i]);
			c.setWidth(widths[i]);
		}
		preview.addListener(SWT.SetData, e -> {
			TableItem item = (TableItem) e.item;
			int index = preview.indexOf(item);
			if (result != null && index < result.rows().size()) {
				SweepPreview.Row r = result.rows().get(index);
				item.setText(new String[] { r.sessionId(), r.from(), r.parameters(), Long.toString(r.seed()), r.runs(),
						r.done() ? "done (skip)" : "to run" });
			}
		});

		specText.addModifyListener(e -> edited());
		file.addModifyListener(e -> edited());
		schedule(0);
	}

	// ---------------------------------------------------------------- checking

	private void edited() {
		generation++;
		schedule(DEBOUNCE_MILLIS);
		changed();
	}

	/** Checks the text as it is in {@code delay} ms, unless it changes again before. */
	private void schedule(int delay) {
		int gen = generation;
		String text = specText.getText();
		String label = file.getText().isBlank() ? UNSAVED : file.getText().trim();
		Runnable start = () -> {
			if (gen != generation || getShell() == null || getShell().isDisposed()) {
				return;
			}
			Job check = Job.create("Checking sweep spec", monitor -> {
				SweepPreview p = SweepPreview.check(text, label, storeRoot);
				Shell shell = getShell();
				if (shell != null && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> show(gen, p));
				}
			});
			check.setSystem(true);
			check.schedule();
		};
		if (delay == 0) {
			specText.getDisplay().asyncExec(start);
		} else {
			specText.getDisplay().timerExec(delay, start);
		}
	}

	private void show(int gen, SweepPreview p) {
		if (gen != generation || specText.isDisposed()) {
			return; // typed again meanwhile: a newer check is on its way
		}
		result = p;
		previewGeneration = gen;
		problemList.removeAll();
		for (SpecProblem problem : p.problems()) {
			problemList.add(SweepPreview.describe(problem));
		}
		if (p.problems().isEmpty()) {
			problemList.add("No problems.");
		}
		summary.setText(p.ok() ? p.summary() + "   ·   runs " + p.spec().runs() + " each" : p.summary() + (p.problems().size() == 1 ? ": the sweep cannot run until it is fixed" : ": the sweep cannot run until they are fixed"));
		preview.setItemCount(0);
		preview.clearAll();
		preview.setItemCount(p.rows().size());
		summary.getParent().layout(true, true);
		validate();
	}

	/** Puts the caret where problem {@code index} is and gives the text the focus. */
	private void goToProblem(int index) {
		if (result == null || index < 0 || index >= result.problems().size()) {
			return;
		}
		SpecProblem p = result.problems().get(index);
		if (p.line() > 0) {
			int offset = SweepPreview.offset(specText.getText(), p.line(), p.column());
			specText.setFocus();
			specText.setSelection(offset);
			specText.showSelection();
		}
	}

	@Override
	protected boolean pending() {
		return previewGeneration != generation;
	}

	@Override
	protected String problem() {
		if (result == null) {
			return "Checking the spec...";
		}
		return result.ok() ? null : result.firstProblem();
	}

	@Override
	protected void accept() {
		spec = result.spec();
		parallelPoints = parallel.getSelection();
		if (!file.getText().isBlank()) {
			Path target = Path.of(file.getText().trim());
			try {
				if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(specText.getText())) {
					if (target.getParent() != null) {
						Files.createDirectories(target.getParent());
					}
					Files.writeString(target, specText.getText(), StandardCharsets.UTF_8);
				}
				savedTo = target;
			} catch (IOException | RuntimeException e) {
				ILog.of(RunSweepDialog.class).log(Status.warning("Saving the sweep spec to " + target + " failed: " + e.getMessage(), e));
				MessageDialog.openWarning(getShell(), "Run Sweep", "The spec could not be saved to " + target + " (" + e.getMessage()
						+ "). The sweep runs anyway and keeps the spec in the store's sweeps/" + spec.name() + "/spec.yaml.");
			}
		}
	}

	// ---------------------------------------------------------------- files

	private void browse() {
		IDialogSettings settings = settings();
		FileDialog fd = new FileDialog(getShell(), SWT.OPEN);
		fd.setText("Load a sweep spec");
		fd.setFilterExtensions(new String[] { "*.yaml;*.yml;*.json", "*" });
		fd.setFilterNames(new String[] { "Sweep specs (*.yaml, *.yml, *.json)", "All files" });
		String last = settings == null ? null : settings.get(LAST_FOLDER);
		fd.setFilterPath(last != null ? last : storeRoot.resolve("sweeps").toString());
		String chosen = fd.open();
		if (chosen != null) {
			load(Path.of(chosen));
		}
	}

	/** Loads {@code path} into the editor (as Browse... does) and remembers its folder. */
	public void load(Path path) {
		try {
			String text = Files.readString(path, StandardCharsets.UTF_8);
			file.setText(path.toString());
			specText.setText(text);
			IDialogSettings settings = settings();
			if (settings != null && path.toAbsolutePath().getParent() != null) {
				settings.put(LAST_FOLDER, path.toAbsolutePath().getParent().toString());
			}
		} catch (IOException | RuntimeException e) {
			setErrorMessage("Cannot read " + path + ": " + e.getMessage());
		}
	}

	private IDialogSettings settings() {
		try {
			IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(RunSweepDialog.class)).getDialogSettings();
			IDialogSettings section = all.getSection(SETTINGS);
			return section != null ? section : all.addNewSection(SETTINGS);
		} catch (RuntimeException e) {
			return null;
		}
	}

	// ---------------------------------------------------------------- results and accessors (tests)

	/** The spec to run, after OK. */
	public SweepSpec spec() {
		return spec;
	}

	/** Points computed at once, after OK. */
	public int parallelPoints() {
		return parallelPoints;
	}

	/** Where the spec was saved on OK, or null. */
	public Path savedTo() {
		return savedTo;
	}

	/** The latest check shown (null before the first); {@link #isChecking()} says whether it is for the text as it is. */
	public SweepPreview preview() {
		return result;
	}

	public boolean isChecking() {
		return pending();
	}

	public Text specText() {
		return specText;
	}

	public org.eclipse.swt.widgets.List problemList() {
		return problemList;
	}

	public Table previewTable() {
		return preview;
	}

	public Label summaryLabel() {
		return summary;
	}

	public Spinner parallelSpinner() {
		return parallel;
	}
}
