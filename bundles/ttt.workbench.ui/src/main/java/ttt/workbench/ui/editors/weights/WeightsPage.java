package ttt.workbench.ui.editors.weights;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import ttt.workbench.analysis.weights.WeightSources;
import ttt.workbench.analysis.weights.WeightsOverTime;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;
import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The Weights tab: heatmaps of the plastic matrices W_u, B, W_o (or of their change against the parent session or the
 * base, with the largest changes outlined and listed), their norms after every update across the session's runs, their statistics over the session's weight states and their
 * singular values, one {@code SectionPart} each. The page reads the weights (off the UI thread), resolves them with
 * {@link WeightSources} and hands them to the sections as the managed form's input.
 */
public final class WeightsPage extends FormPage {

	public static final String ID = "ttt.workbench.ui.editors.weights";

	private final SessionContext context;
	private ScrolledForm form;
	private HeatmapsSection heatmaps;
	private WeightsOverTimeSection overTime;
	private Mode mode = Mode.WEIGHTS;
	private WeightSources sources;
	private boolean loading;
	private String loadFailure;
	private final Runnable refreshListener = this::refresh;
	private final Consumer<RunFocus.Focus> focusListener = f -> refresh();

	public WeightsPage(FormEditor formEditor, SessionContext context) {
		super(formEditor, ID, "Weights");
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		form.setText("Weights");
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		heatmaps = new HeatmapsSection(body, toolkit, form, context.sessionId(), this::setMode);
		SectionPart top = new TopChangesSection(body, toolkit);
		overTime = new WeightsOverTimeSection(body, toolkit, context.sessionId());
		SectionPart statistics = new StatisticsSection(body, toolkit, context.sessionId());
		for (SectionPart part : List.of(heatmaps, top, overTime, statistics)) {
			part.getSection().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			managedForm.addPart(part);
		}
		context.addRefreshListener(refreshListener);
		context.focus().addListener(focusListener);
		refresh();
	}

	private void setMode(Mode m) {
		mode = m;
		show();
	}

	/** Reads the weights off the UI thread, then shows them (a failure is shown, not retried on every repaint). */
	private void startLoading(Session session, List<LazyLoader.Load<?>> pending) {
		if (loading || loadFailure != null) {
			return;
		}
		loading = true;
		ModelLoader.load(form, "weights of " + session.getId(), pending, () -> {
			loading = false;
			refresh();
		}, e -> {
			loading = false;
			loadFailure = "The weights of " + session.getId() + " could not be read: " + e.getMessage();
			ILog.of(WeightsPage.class).error(loadFailure, e);
			refresh();
		});
	}

	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		Session session = context.session();
		if (session == null) {
			heatmaps.note("The session was deleted from the store.");
			return;
		}
		if (SessionLoader.isLoaded(session)) {
			overTime.show(WeightsOverTime.of(session)); // the events are in the model: reads nothing
		}
		Base base = context.store().model().getBase();
		Run focused = context.focus().run();
		List<LazyLoader.Load<?>> pending = WeightSources.pendingLoads(context.store().loader(), base, session, focused);
		if (!pending.isEmpty()) {
			heatmaps.note(loadFailure != null ? loadFailure : "Loading the weights of " + session.getId() + "…");
			startLoading(session, pending);
			return;
		}
		try {
			sources = WeightSources.resolve(null, base, session, focused); // everything is in the model: reads nothing
		} catch (RuntimeException e) {
			ILog.of(WeightsPage.class).error("Reading the weights of " + session.getId() + " failed", e);
			heatmaps.note("The weights of " + session.getId() + " could not be read: " + e.getMessage());
			return;
		}
		form.setText("Weights of " + session.getId() + sources.shown()
				.map(s -> s.label().startsWith("current") ? " (current, plastic_state.pt)" : " — " + s.label()).orElse(""));
		show();
	}

	/** Hands the weights in the chosen mode to the sections. */
	private void show() {
		if (sources == null) {
			return;
		}
		Session session = context.session();
		String parentName = session != null && session.getParent() != null ? session.getParent().getId() : "base";
		getManagedForm().setInput(WeightsInput.of(sources, mode, parentName));
		// titles, legends and the top-changes table change size with the mode: lay the whole page out again
		form.getBody().layout(true, true);
		form.reflow(true);
	}

	@Override
	public void dispose() {
		context.removeRefreshListener(refreshListener);
		context.focus().removeListener(focusListener);
		super.dispose();
	}
}
