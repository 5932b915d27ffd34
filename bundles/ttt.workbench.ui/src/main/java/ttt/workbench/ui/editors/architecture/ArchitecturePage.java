package ttt.workbench.ui.editors.architecture;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import ttt.workbench.analysis.weights.ArchitectureSummary;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The Architecture tab: the model's data flow with shapes (plastic vs frozen), parameter counts, the frozen decay as a
 * histogram, and the session's Muon settings and update gates. Everything comes from the base checkpoint (read off the
 * UI thread) and the session's meta; this page lays the diagram and the three {@code SectionPart}s out and hands them
 * what they show as the managed form's input.
 */
public final class ArchitecturePage extends FormPage {

	public static final String ID = "ttt.workbench.ui.editors.architecture";

	private final SessionContext context;
	private final Runnable refreshListener = this::refresh;
	private ScrolledForm form;
	private Label note;
	private ArchitectureDiagram diagram;
	private boolean loading;
	private String loadFailure;

	public ArchitecturePage(FormEditor formEditor, SessionContext context) {
		super(formEditor, ID, "Architecture");
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		form.setText("Architecture");
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, false));
		note = WidgetIds.name(toolkit.createLabel(body, "", SWT.WRAP), "architecture.note");
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		diagram = WidgetIds.name(new ArchitectureDiagram(body), "architecture.diagram");
		diagram.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		Exports.addContextMenu(diagram);
		SectionPart parameters = new ParametersSection(body, toolkit);
		SectionPart decay = new DecaySection(body, toolkit);
		SectionPart settings = new SettingsSection(body, toolkit);
		((GridData) settings.getSection().getLayoutData()).horizontalSpan = 2;
		for (SectionPart part : List.of(parameters, decay, settings)) {
			managedForm.addPart(part);
		}
		context.addRefreshListener(refreshListener);
		refresh();
	}

	/** Reads the base checkpoint off the UI thread (once: a failure is shown, not retried on every repaint). */
	private void startLoading(Base base) {
		if (loading || loadFailure != null) {
			return;
		}
		loading = true;
		ModelLoader.load(form, "the base checkpoint", List.of(context.store().loader().tensorsLoad(base)), () -> {
			loading = false;
			refresh();
		}, e -> {
			loading = false;
			loadFailure = "The base checkpoint (base/base_checkpoint.pt) could not be read: " + e.getMessage();
			ILog.of(ArchitecturePage.class).error("Reading the base checkpoint failed", e);
			refresh();
		});
	}

	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Session session = context.session();
		Base base = context.store().model().getBase();
		if (session == null || base == null) {
			note.setText(session == null ? "The session was deleted from the store." : "The store has no base checkpoint.");
			return;
		}
		form.setText("Architecture of " + session.getId() + " (DiagStableSSM)");
		ArchitectureSummary summary = null;
		if (!ModelLoader.settled(base.getTensorsState())) {
			note.setText(loadFailure != null ? loadFailure : "Loading the base checkpoint (base/base_checkpoint.pt)…");
			startLoading(base);
		} else if (base.getTensorsState() != LoadState.LOADED) {
			note.setText("The base checkpoint (base/base_checkpoint.pt) could not be read ("
					+ (base.getTensorsState() == LoadState.MISSING ? "missing" : "see File ▸ Check Store") + "): shapes and decay are not shown.");
		} else {
			summary = ArchitectureSummary.of(base.getModelConfig(), base.getTensors());
			note.setText(summary.decayInOpenUnitInterval()
					? "All " + summary.decay().length + " decay values lie in (0, 1) (" + ArchitectureDiagram.decayRange(summary) + "): the state forgets and the recurrence is stable."
					: "Warning: not every decay value lies in (0, 1) (" + ArchitectureDiagram.decayRange(summary) + "): the recurrence may not forget or may be unstable.");
		}
		diagram.setSummary(summary, session.getId() + "_architecture");
		getManagedForm().setInput(new ArchitectureInput(session, base, summary));
		form.reflow(true);
	}

	@Override
	public void dispose() {
		context.removeRefreshListener(refreshListener);
		super.dispose();
	}
}
