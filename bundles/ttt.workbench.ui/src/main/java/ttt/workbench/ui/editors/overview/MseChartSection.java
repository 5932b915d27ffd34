package ttt.workbench.ui.editors.overview;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.session.Smoothing;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * The focused run's three MSE curves with its update markers, with log scale, smoothing and zoom reset in the head.
 * "Smooth" applies the smoothing chosen in the preferences (trailing window or EMA); the window spinner starts at the
 * preferred window and changes this chart only. Off by default, as before the preferences existed: the exact values
 * come first.
 */
public final class MseChartSection extends SectionPart {

	private final MseChart chart;
	private final Button smoothToggle;
	private final Spinner smoothWindow;
	private final Label smoothUnit;
	/** The smoothing preference this section last took its window and kind from. */
	private Smoothing shownPreference = WorkbenchPreferences.smoothing();

	MseChartSection(Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section section = getSection();
		section.setText("MSE per step");
		section.setDescription("Drag to zoom · wheel zooms the steps (Ctrl+wheel: MSE) · Shift+drag or middle-drag pans · "
				+ "double-click resets · hover for values · right-click to export");
		Composite tools = toolkit.createComposite(section);
		GridLayout tl = new GridLayout(5, false);
		tl.marginHeight = 0;
		tl.marginWidth = 0;
		tools.setLayout(tl);
		Button logToggle = WidgetIds.name(toolkit.createButton(tools, "Log scale", SWT.CHECK), "overview.log");
		logToggle.setToolTipText("Logarithmic MSE axis (log10)");
		smoothToggle = WidgetIds.name(toolkit.createButton(tools, "Smooth", SWT.CHECK), "overview.smooth");
		smoothToggle.setToolTipText("Smooth the curves as set in Window ▸ Preferences ▸ TTT Workbench (tooltips keep the exact values)");
		smoothWindow = WidgetIds.name(new Spinner(tools, SWT.BORDER), "overview.smoothWindow");
		smoothWindow.setValues(WorkbenchPreferences.smoothing().window(), 2, 10_000, 0, 1, 10);
		smoothWindow.setToolTipText("Moving-average window in steps");
		toolkit.adapt(smoothWindow);
		smoothUnit = WidgetIds.name(toolkit.createLabel(tools, "steps"), "overview.smoothUnit");
		Button reset = toolkit.createButton(tools, "Reset zoom", SWT.PUSH);
		reset.setToolTipText("Show the whole run (double-click the chart or press 0 does the same)");
		section.setTextClient(tools);

		Composite client = toolkit.createComposite(section);
		client.setLayout(new FillLayout());
		section.setClient(client);
		chart = new MseChart(client);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false);
		gd.heightHint = 400;
		gd.widthHint = 900;
		section.setLayoutData(gd);

		logToggle.addListener(SWT.Selection, e -> {
			chart.setLogScale(logToggle.getSelection());
			logToggle.setSelection(chart.isLogScale());
		});
		smoothToggle.addListener(SWT.Selection, e -> applySmoothing());
		smoothWindow.addListener(SWT.Modify, e -> {
			if (smoothToggle.getSelection()) {
				applySmoothing();
			}
		});
		reset.addListener(SWT.Selection, e -> chart.zoom().reset());
		showSmoothingKind();
		WorkbenchPreferences.onChange(tools, () -> {
			Smoothing preferred = WorkbenchPreferences.smoothing();
			if (preferred.equals(shownPreference)) {
				return; // another preference changed (e.g. the palette): keep this chart's own window
			}
			shownPreference = preferred;
			smoothWindow.setSelection(preferred.window());
			showSmoothingKind();
			applySmoothing();
		});
	}

	/** The smoothing this chart shows: the preferred one with this chart's window, or none when "Smooth" is off. */
	Smoothing smoothing() {
		Smoothing preferred = WorkbenchPreferences.smoothing();
		if (!smoothToggle.getSelection()) {
			return new Smoothing(Smoothing.Kind.NONE, 1, 0);
		}
		return new Smoothing(preferred.kind(), Math.max(1, smoothWindow.getSelection()), preferred.weight());
	}

	private void applySmoothing() {
		chart.setSmoothing(smoothing());
	}

	/** The spinner only means something for the trailing window; for EMA the head names α instead. */
	private void showSmoothingKind() {
		Smoothing preferred = WorkbenchPreferences.smoothing();
		boolean window = preferred.kind() == Smoothing.Kind.WINDOW;
		smoothWindow.setVisible(window);
		layoutData(smoothWindow).exclude = !window;
		smoothUnit.setText(window ? "steps" : preferred.kind() == Smoothing.Kind.EMA ? preferred.describe() : "(off in Preferences)");
		smoothUnit.getParent().layout(true);
		smoothUnit.getParent().getParent().layout(true);
	}

	private static GridData layoutData(Control c) {
		if (!(c.getLayoutData() instanceof GridData)) {
			c.setLayoutData(new GridData());
		}
		return (GridData) c.getLayoutData();
	}

	/** The chart the page shows the focused run (or a live run) on. */
	public MseChart chart() {
		return chart;
	}
}
