package ttt.workbench.ui.editors.transactions;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateVerdicts;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;

/**
 * Update transactions (SPEC §5.3): the update events of the focused run (or of every run of the session) in a
 * sortable, filterable table; a panel that says in plain words why the selected update was committed or rolled back,
 * judged with the engine's rule ({@link UpdateVerdicts}); the breakdown of outcomes; grad_norm, loss and max‖h‖ over t
 * with their thresholds, one {@code SectionPart} each. Selecting a row focuses the editor on that step; a focus set
 * elsewhere selects its row.
 */
public class TransactionsPage extends FormPage implements UpdatesSection.Listener {

	public static final String ID = "ttt.workbench.ui.editors.transactions";

	private final SessionContext editor;
	private final Consumer<RunFocus.Focus> focusListener = f -> showFocus();
	private final Runnable refreshListener = this::reload;
	private UpdatesSection updates;
	private VerdictSection verdict;
	private List<UpdateRow> scopeRows = List.of();

	public TransactionsPage(FormEditor formEditor, SessionContext editor) {
		super(formEditor, ID, "Transactions");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managed) {
		ScrolledForm form = managed.getForm();
		FormToolkit tk = managed.getToolkit();
		form.setText("Update transactions");
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		SashForm vertical = new SashForm(body, SWT.VERTICAL);
		// a small preferred size: the form then fills the editor instead of growing with the rows and scrolling
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 400).applyTo(vertical);
		updates = new UpdatesSection(vertical, tk, this, this::name);
		SashForm lower = new SashForm(vertical, SWT.HORIZONTAL);
		verdict = new VerdictSection(lower, tk);
		SectionPart charts = new ChartsSection(lower, tk, this::name);
		lower.setWeights(30, 70);
		vertical.setWeights(44, 56); // the upper pane holds the filter bar too: the table keeps its height
		for (SectionPart part : List.of(charts, verdict, updates)) {
			managed.addPart(part);
		}
		editor.focus().addListener(focusListener);
		editor.addRefreshListener(refreshListener);
		reload();
	}

	@Override
	public void selected(UpdateRow row, boolean byUser) {
		verdict.explain(row, gates(), editor.sessionId());
		Session s = editor.session();
		Run run = s == null || row.runId() == null ? null : s.findRun(row.runId());
		if (byUser && run != null) {
			editor.focus().set(run, row.t());
		}
	}

	@Override
	public void filtered() {
		if (scopeRows.isEmpty()) {
			verdict.say(emptyMessage());
		} else {
			showFocus();
		}
	}

	@Override
	public void scopeChanged() {
		reload();
	}

	private void reload() {
		if (updates == null || updates.getSection().isDisposed()) {
			return;
		}
		Session s = editor.session();
		Run run = editor.focus().run();
		scopeRows = s == null ? List.of() : updates.allRuns() ? SessionUpdates.ofSession(s) : SessionUpdates.ofRun(run);
		getManagedForm().setInput(new TransactionsInput(scopeRows, scopeLabel(), gates(), emptyMessage()));
	}

	private String emptyMessage() {
		Session s = editor.session();
		if (s == null) {
			return "The session was deleted from the store.";
		}
		if (s.getRuns().isEmpty()) {
			return "Session " + s.getId() + " has no runs yet: run it to see its update transactions.";
		}
		Run run = editor.focus().run();
		return updates.allRuns() ? "No run of session " + s.getId() + " attempted an update."
				: "Run " + (run == null ? "?" : run.getId()) + " attempted no update (runs update every "
						+ (s.getPlasticityConfig() == null ? "chunk" : s.getPlasticityConfig().getChunk())
						+ " steps once the buffer is full). Tick \"All runs of the session\" to see the other runs.";
	}

	/** Selects the row of the focused step, if shown; else explains the first selected or nothing. */
	private void showFocus() {
		if (updates == null || updates.getSection().isDisposed()) {
			return;
		}
		RunFocus.Focus f = editor.focus().get();
		if (!updates.allRuns() && (scopeRows.isEmpty() || f.run() == null || !f.run().getId().equals(scopeRows.get(0).runId()))) {
			// another run came into focus: this page follows it
			if (!SessionUpdates.ofRun(f.run()).equals(scopeRows)) {
				reload();
				return;
			}
		}
		if (!updates.select(f.run() == null ? null : f.run().getId(), f.step()) && !updates.hasSelection()) {
			verdict.say(updates.showsRows() ? "Select an update to see why it was committed or rolled back." : "No update matches the filter.");
		}
	}

	private Gates gates() {
		Session s = editor.session();
		return Gates.of(s == null ? null : s.getPlasticityConfig());
	}

	private String scopeLabel() {
		if (updates.allRuns()) {
			return "all " + (editor.session() == null ? 0 : editor.session().getRuns().size()) + " runs";
		}
		Run run = editor.focus().run();
		return run == null ? "no run" : "run " + run.getId();
	}

	private String name(String what) {
		return editor.sessionId() + "_transactions_" + what;
	}

	@Override
	public void dispose() {
		editor.focus().removeListener(focusListener);
		editor.removeRefreshListener(refreshListener);
		super.dispose();
	}
}
