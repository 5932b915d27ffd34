package ttt.workbench.ui.editors.overview;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.session.CurveSmoothing;
import ttt.workbench.ui.charts.MseChart;
import ttt.workbench.ui.editors.context.WidgetIds;

/** The focused run's three MSE curves with its update markers, with log scale, smoothing and zoom reset in the head. */
public final class MseChartSection extends SectionPart {

	private final MseChart chart;
	private final Button smoothToggle;
	private final Spinner smoothWindow;

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
		smoothToggle.setToolTipText("Trailing moving average over the window's last steps (tooltips keep the exact values)");
		smoothWindow = WidgetIds.name(new Spinner(tools, SWT.BORDER), "overview.smoothWindow");
		smoothWindow.setValues(CurveSmoothing.DEFAULT_WINDOW, 2, 500, 0, 1, 10);
		smoothWindow.setToolTipText("Moving-average window in steps");
		toolkit.adapt(smoothWindow);
		toolkit.createLabel(tools, "steps");
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
	}

	private void applySmoothing() {
		chart.setSmoothing(smoothToggle.getSelection() ? smoothWindow.getSelection() : 0);
	}

	/** The chart the page shows the focused run (or a live run) on. */
	public MseChart chart() {
		return chart;
	}
}
