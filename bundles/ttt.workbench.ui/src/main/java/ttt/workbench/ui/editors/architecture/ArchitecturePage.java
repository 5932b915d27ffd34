package ttt.workbench.ui.editors.architecture;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.weights.ArchitectureSummary.TensorInfo;
import ttt.workbench.analysis.weights.ArchitectureSummary;
import ttt.workbench.analysis.weights.Histogram;
import ttt.workbench.engine.optim.OptimizerVariant;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The Architecture tab: the model's data flow with shapes (plastic vs frozen), parameter counts, the frozen decay as a
 * histogram, and the session's Muon settings and update gates. Everything comes from the base checkpoint and the
 * session's meta; this page lays it out.
 */
public final class ArchitecturePage extends FormPage {

	private boolean loading;
	private String loadFailure;

	public static final String ID = "ttt.workbench.ui.editors.architecture";
	public static final int DECAY_BINS = 20;

	private ScrolledForm form;
	private Label note;
	private ArchitectureDiagram diagram;
	private DecayHistogramCanvas histogram;
	private Table params;
	private Table settings;
	private ArchitectureSummary summary;
	private final Runnable refreshListener = this::refresh;

	private final SessionContext context;

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

		Section paramSection = section(toolkit, body, "Parameters", "Per tensor of the base checkpoint; plastic tensors change with every committed update.");
		params = WidgetIds.name(table(toolkit, (Composite) paramSection.getClient(), "Tensor", "Shape", "Parameters", "Kind"), "architecture.parameters");
		Section decaySection = section(toolkit, body, "Decay (frozen)", "Per state channel: h_{t+1} = decay ⊙ h_t + B u_t.");
		histogram = WidgetIds.name(new DecayHistogramCanvas((Composite) decaySection.getClient()), "architecture.decay");
		histogram.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Exports.addContextMenu(histogram);
		Section settingsSection = section(toolkit, body, "Plasticity settings of this session",
				"Muon optimiser and the gates an update must pass to be committed (SPEC §3).");
		((GridData) settingsSection.getLayoutData()).horizontalSpan = 2;
		settings = WidgetIds.name(table(toolkit, (Composite) settingsSection.getClient(), "Setting", "Value", "Meaning"), "architecture.settings");

		context.addRefreshListener(refreshListener);
		refresh();
	}

	private static Section section(FormToolkit toolkit, Composite body, String title, String description) {
		Section s = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
		s.setText(title);
		s.setDescription(description);
		s.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(s);
		client.setLayout(new GridLayout(1, false));
		s.setClient(client);
		return s;
	}

	private static Table table(FormToolkit toolkit, Composite parent, String... columns) {
		Table t = toolkit.createTable(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (String c : columns) {
			new TableColumn(t, SWT.LEFT).setText(c);
		}
		t.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return t;
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
		if (!ModelLoader.settled(base.getTensorsState())) {
			summary = null;
			note.setText(loadFailure != null ? loadFailure : "Loading the base checkpoint (base/base_checkpoint.pt)…");
			startLoading(base);
		} else if (base.getTensorsState() != LoadState.LOADED) {
			summary = null;
			note.setText("The base checkpoint (base/base_checkpoint.pt) could not be read ("
					+ (base.getTensorsState() == LoadState.MISSING ? "missing" : "see File ▸ Check Store") + "): shapes and decay are not shown.");
		} else {
			summary = ArchitectureSummary.of(base.getModelConfig(), base.getTensors());
			note.setText(summary.decayInOpenUnitInterval()
					? "All " + summary.decay().length + " decay values lie in (0, 1) (" + ArchitectureDiagram.decayRange(summary) + "): the state forgets and the recurrence is stable."
					: "Warning: not every decay value lies in (0, 1) (" + ArchitectureDiagram.decayRange(summary) + "): the recurrence may not forget or may be unstable.");
		}
		diagram.setSummary(summary, session.getId() + "_architecture");
		showParameters();
		Histogram h = summary == null ? null : summary.decayHistogram(DECAY_BINS);
		histogram.setHistogram(h, summary == null ? 0 : summary.decayMin(), summary == null ? 0 : summary.decayMax(),
				session.getId() + "_decay");
		showSettings(session, base);
		form.reflow(true);
	}

	private void showParameters() {
		params.removeAll();
		if (summary != null) {
			for (TensorInfo t : summary.tensors()) {
				row(params, t.name(), t.shapeText(), Long.toString(t.count()), t.plastic() ? "plastic" : "frozen");
			}
			row(params, "total plastic", "", Long.toString(summary.plasticCount()), "W_u + B + W_o");
			row(params, "total frozen", "", Long.toString(summary.frozenCount()), "a_raw");
			row(params, "total", "", Long.toString(summary.plasticCount() + summary.frozenCount()), "");
		}
		pack(params);
	}

	private void showSettings(Session session, Base base) {
		settings.removeAll();
		PlasticityConfig p = session.getPlasticityConfig();
		String variant;
		try {
			variant = OptimizerVariant.forSession(session.getOptimizerVariant(), base.getTorchVersion()).key();
		} catch (RuntimeException e) {
			variant = session.getOptimizerVariant() + " (unknown)";
		}
		String how = session.getOptimizerVariant() != null ? "recorded in the session's meta"
				: "implied by the base's torch " + base.getTorchVersion() + " (the reference recorded none)";
		row(settings, "optimizer variant", variant, how);
		if (p == null) {
			row(settings, "plasticity_cfg", "(missing)", "the session's meta.json has no plasticity_cfg");
			pack(settings);
			return;
		}
		row(settings, "lr", Numbers.short4(p.getLr()), "Muon learning rate");
		row(settings, "momentum", Numbers.short4(p.getMomentum()), "momentum of the update buffer");
		row(settings, "nesterov", Boolean.toString(p.isNesterov()), "Nesterov look-ahead");
		row(settings, "ns_steps", Integer.toString(p.getNsSteps()), "Newton–Schulz orthogonalisation steps");
		row(settings, "weight_decay", Numbers.short4(p.getWeightDecay()), "decoupled weight decay");
		row(settings, "adjust_lr_fn", p.getAdjustLrFn() == null ? "null" : p.getAdjustLrFn(), "learning-rate scaling by matrix shape");
		row(settings, "chunk", Integer.toString(p.getChunk()), "an update is attempted every chunk steps");
		row(settings, "buffer_len", Integer.toString(p.getBufferLen()), "transitions replayed for each update");
		row(settings, "rollback_tol", Numbers.short4(p.getRollbackTol()), "roll back when post_loss > pre_loss · (1 + tol)");
		row(settings, "grad_norm_max", Numbers.short4(p.getGradNormMax()), "roll back when the gradient norm exceeds it");
		row(settings, "state_norm_max", Numbers.short4(p.getStateNormMax()), "roll back when max ‖h‖₂ after the update exceeds it");
		pack(settings);
	}

	private static void row(Table t, String... values) {
		new TableItem(t, SWT.NONE).setText(values);
	}

	private static void pack(Table t) {
		for (TableColumn c : t.getColumns()) {
			c.pack();
		}
	}

	@Override
	public void dispose() {
		context.removeRefreshListener(refreshListener);
		super.dispose();
	}

	static List<String> columnTexts(Table t, int column) {
		return Arrays.stream(t.getItems()).map(i -> i.getText(column)).toList();
	}
}
