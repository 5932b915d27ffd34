package ttt.workbench.ui.views.tree;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.part.ViewPart;

import ttt.workbench.ui.layout.TreeLayoutEngine;

/**
 * Session Tree view (walking-skeleton version): an ELK-laid-out lineage painted on a canvas above an SWTChart
 * chart, so the whole UI chain (ELK, SWT painting, SWTChart) runs. Until a store is opened it shows an example
 * lineage and says so.
 */
public class SessionTreeView extends ViewPart {

	public static final String ID = "ttt.workbench.ui.views.sessionTree";

	private Composite root;
	private TreeCanvas treeCanvas;
	private Chart chart;

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));

		Label hint = new Label(root, SWT.WRAP);
		hint.setText("Example lineage: no artifact store is open yet.");
		hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		SashForm sash = new SashForm(root, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		ScrolledComposite scroller = new ScrolledComposite(sash, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		treeCanvas = new TreeCanvas(scroller);
		treeCanvas.setTree(new TreeLayoutEngine(32).layout(SampleLineage.nodes()), SampleLineage.BASE_ID);
		treeCanvas.setToolTipText("Sessions fork like git branches: each node owns its own weights");
		scroller.setContent(treeCanvas);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(treeCanvas.computeSize(SWT.DEFAULT, SWT.DEFAULT));

		chart = createExampleChart(sash);
		sash.setWeights(3, 2);
	}

	/** Three example MSE curves in the styles of the Overview chart (base dashed grey, start dashed blue, adaptive green). */
	private static Chart createExampleChart(Composite parent) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText("Example: per-step MSE of base, session start and adaptive");
		chart.getAxisSet().getXAxis(0).getTitle().setText("step t");
		chart.getAxisSet().getYAxis(0).getTitle().setText("MSE");
		int steps = 200;
		double[] t = new double[steps];
		double[] base = new double[steps];
		double[] start = new double[steps];
		double[] adaptive = new double[steps];
		for (int i = 0; i < steps; i++) {
			t[i] = i;
			base[i] = 0.08 + 0.01 * Math.sin(i / 9.0);
			start[i] = 0.06 + 0.01 * Math.sin(i / 9.0);
			adaptive[i] = 0.06 * Math.exp(-i / 120.0) + 0.02 + 0.005 * Math.sin(i / 9.0);
		}
		addLine(chart, "base", t, base, 128, 128, 128, LineStyle.DASH, 1);
		addLine(chart, "session_start", t, start, 40, 90, 200, LineStyle.DASH, 2);
		addLine(chart, "adaptive", t, adaptive, 30, 150, 60, LineStyle.SOLID, 3);
		chart.getAxisSet().adjustRange();
		return chart;
	}

	private static void addLine(Chart chart, String name, double[] x, double[] y, int r, int g, int b, LineStyle style,
			int width) {
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setXSeries(x);
		series.setYSeries(y);
		series.setLineColor(new org.eclipse.swt.graphics.Color(r, g, b));
		series.setLineStyle(style);
		series.setLineWidth(width);
		series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
	}

	public TreeCanvas getTreeCanvas() {
		return treeCanvas;
	}

	public Chart getChart() {
		return chart;
	}

	@Override
	public void setFocus() {
		treeCanvas.setFocus();
	}
}
