package ttt.workbench.ui.editors.overview;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
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

import ttt.workbench.analysis.live.LiveRun;
import ttt.workbench.analysis.live.LiveRuns;
import ttt.workbench.analysis.session.OverviewCurves;
import ttt.workbench.analysis.session.OverviewFigures;
import ttt.workbench.analysis.session.RunHistoryRow;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.SessionContext;
import ttt.workbench.ui.jobs.ModelLoader;
import ttt.workbench.ui.widgets.LineageBreadcrumb;

/**
 * The session editor's first page, a dashboard of the focused run: hero and learning cards, the three-line MSE chart,
 * the run history (which sets the editor's run focus) and the session's identity. Follows the editor's run focus,
 * refreshes in place when the store changes (keeping focus and zoom) and shows a run of this workbench filling in live.
 */
public class OverviewPage extends FormPage {

	public static final String ID = "ttt.workbench.ui.editors.overview";

	private final SessionContext editor;
	private final Consumer<RunFocus.Focus> focusListener = f -> showRun(f.run());
	private final Runnable refreshListener = this::refresh;
	private final Consumer<LiveRun> liveListener = this::live;
	private LocalResourceManager resources;
	private LineageBreadcrumb breadcrumb;
	private Label liveBanner;
	private OverviewCards cards;
	private MseChart chart;
	private RunHistorySection history;
	private IdentitySection identity;
	private Run shownRun;
	private boolean liveShown;
	/** The run whose curves are being read (one load at a time), and the last failure to read some. */
	private Run loading;
	private Run failed;
	private String loadFailure;
	private boolean followNewest;

	public OverviewPage(FormEditor formEditor, SessionContext editor) {
		super(formEditor, ID, "Overview");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Session " + editor.sessionId());
		toolkit.decorateFormHeading(form.getForm());
		resources = new LocalResourceManager(JFaceResources.getResources(), form);
		Font big = resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont()).setHeight(15).setStyle(SWT.BOLD));
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		Composite body = form.getBody();
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 14;
		layout.marginHeight = 10;
		layout.verticalSpacing = 12;
		body.setLayout(layout);

		// the lineage breadcrumb: a click on an ancestor opens its editor and selects it in the Session Tree
		Composite lineageSlot = toolkit.createComposite(body);
		lineageSlot.setLayout(new FillLayout());
		lineageSlot.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		breadcrumb = new LineageBreadcrumb(lineageSlot, SWT.NONE);
		toolkit.adapt(breadcrumb);
		breadcrumb.addNavigationListener(editor::navigate);

		liveBanner = toolkit.createLabel(body, "");
		liveBanner.setFont(bold);
		liveBanner.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN));
		liveBanner.setLayoutData(hidden(new GridData(SWT.FILL, SWT.TOP, true, false)));
		liveBanner.setVisible(false);

		cards = new OverviewCards(toolkit, body, big);
		MseChartSection chartSection = new MseChartSection(body, toolkit);
		chart = chartSection.chart();

		Composite bottom = toolkit.createComposite(body);
		GridLayout two = new GridLayout(2, false);
		two.marginWidth = 0;
		two.marginHeight = 0;
		two.horizontalSpacing = 12;
		bottom.setLayout(two);
		bottom.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		history = new RunHistorySection(toolkit, bottom, bold, run -> editor.focus().set(run));
		((GridData) bottom.getChildren()[0].getLayoutData()).widthHint = 700;
		identity = new IdentitySection(toolkit, bottom);
		GridData identityData = (GridData) bottom.getChildren()[1].getLayoutData();
		identityData.widthHint = 560; // a sha256 in full, the run history takes the rest
		identityData.grabExcessHorizontalSpace = false;
		for (SectionPart part : List.of(chartSection, history, identity)) {
			managedForm.addPart(part);
		}

		editor.focus().addListener(focusListener);
		editor.addRefreshListener(refreshListener);
		LiveRuns.get().addListener(liveListener);
		form.addDisposeListener(e -> {
			editor.focus().removeListener(focusListener);
			editor.removeRefreshListener(refreshListener);
			LiveRuns.get().removeListener(liveListener);
		});
		refresh();
		LiveRuns.get().of(editor.sessionId()).ifPresent(this::live);
	}

	private static GridData hidden(GridData gd) {
		gd.exclude = true;
		return gd;
	}

	/** Re-reads the session from the model: cards, identity, run history, the focused run's chart (zoom kept). */
	private void refresh() {
		if (getManagedForm() == null || getManagedForm().getForm().isDisposed()) {
			return;
		}
		Session session = editor.session();
		if (session == null) {
			getManagedForm().getForm().setText("Session " + editor.sessionId() + " was deleted from the store");
			chart.clear("The session is no longer in the store");
			return;
		}
		if (followNewest) {
			followNewest = false;
			List<RunHistoryRow> rows = RunHistoryRow.of(session);
			if (!rows.isEmpty()) {
				editor.focus().set(rows.get(0).run());
			}
		}
		breadcrumb.setSession(session);
		identity.show(session);
		history.show(RunHistoryRow.of(session), editor.focus().run());
		Run run = editor.focus().run();
		shownRun = null; // same run, maybe new data: redraw it, keeping the zoom
		showRun(run, true);
	}

	private void showRun(Run run) {
		showRun(run, false);
	}

	private void showRun(Run run, boolean keepZoom) {
		Session session = editor.session();
		if (session == null || chart == null || chart.chart().isDisposed()) {
			return;
		}
		history.focus(run);
		if (run == shownRun && run != null) {
			return;
		}
		boolean sameRun = shownRun == null && keepZoom;
		shownRun = run;
		if (run == null) {
			cards.show(session, null, null, now());
			cards.curves(null);
			if (!liveShown) {
				chart.clear("This session has no run yet: run it to see its curves");
			}
			relayout();
			return;
		}
		chart.setExportName(session.getId() + "_" + run.getId() + "_overview");
		OverviewCurves curves = load(run);
		OverviewFigures figures = curves != null ? curves.figures() : RunHistoryRow.of(run).figures();
		cards.show(session, figures, run.getId(), now());
		cards.curves(curves);
		if (!liveShown) {
			if (curves == null) {
				chart.clear(missingMessage(run));
			} else {
				if (!sameRun && chart.zoom().isZoomed()) {
					chart.zoom().reset();
				}
				chart.show(curves);
			}
		}
		relayout();
	}

	/** The run's curves when they are in the model; otherwise starts reading them and shows them when read. */
	private OverviewCurves load(Run run) {
		if (!ModelLoader.settled(run.getPerStepState())) {
			startLoading(run);
			return null;
		}
		try {
			PerStepCurves perStep = run.getPerStep();
			if (perStep == null || run.getPerStepState() != LoadState.LOADED) {
				return null;
			}
			return OverviewCurves.ofRun(run.getId() + "  ·  " + perStep.getLength() + " steps, seed " + run.getSeed() + ", "
					+ run.getEvents().size() + " update attempts", perStep, run.getEvents());
		} catch (RuntimeException e) {
			ILog.of(OverviewPage.class).error("Cannot show the curves of " + run.getId(), e);
			return null;
		}
	}

	private void startLoading(Run run) {
		if (loading == run || failed == run) {
			return; // a failure is not retried on every repaint: reopening the editor tries again
		}
		loading = run;
		ModelLoader.load(chart.chart(), "curves of " + run.getId(), List.of(editor.store().loader().perStepLoad(run)), () -> {
			loading = null;
			if (run == editor.focus().run()) {
				shownRun = null; // same run, now with its curves
				showRun(run, true);
			}
		}, e -> {
			loading = null;
			failed = run;
			loadFailure = run.getId() + ": the curves could not be read: " + e.getMessage();
			if (run == editor.focus().run() && !liveShown) {
				chart.clear(loadFailure);
			}
		});
	}

	private String missingMessage(Run run) {
		if (!ModelLoader.settled(run.getPerStepState())) {
			return failed == run ? loadFailure : "Loading the curves of " + run.getId() + "…";
		}
		return run.getPerStepState() == LoadState.MISSING ? run.getId() + " has no per_step.csv: no curves to show"
				: run.getId() + ": per_step.csv could not be read (see the store's problems)";
	}

	/** A run of this workbench in progress for this session: the chart fills in (zoom kept). */
	private void live(LiveRun snapshot) {
		if (chart == null || chart.chart().isDisposed() || !snapshot.sessionId().equals(editor.sessionId())) {
			return;
		}
		switch (snapshot.state()) {
		case BASELINES -> banner("● Live run: computing the base and session-start baselines…");
		case ADAPTIVE -> {
			banner("● Live run: adaptive pass, step " + snapshot.length() + " of " + snapshot.steps() + " ("
					+ snapshot.updateSteps().length + " update attempts so far)");
			liveShown = true;
			chart.show(OverviewCurves.ofLive("Live run of " + snapshot.sessionId() + " (step " + snapshot.length() + " / "
					+ snapshot.steps() + ")", snapshot));
		}
		case FINISHED, ABANDONED -> {
			banner(null);
			liveShown = false;
			followNewest = snapshot.state() == LiveRun.State.FINISHED;
			shownRun = null;
			showRun(editor.focus().run(), true);
		}
		}
	}

	private void banner(String text) {
		boolean show = text != null;
		liveBanner.setText(show ? text : "");
		liveBanner.setVisible(show);
		((GridData) liveBanner.getLayoutData()).exclude = !show;
		relayout();
	}

	private void relayout() {
		getManagedForm().getForm().reflow(true);
	}

	private static double now() {
		return System.currentTimeMillis() / 1000.0;
	}
}
