package ttt.workbench.ui.charts;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

/**
 * The MSE chart's look: white plot, dark bold title and axis titles (not SWTChart's blue), compact tick numbers, a light
 * solid grid and the legend below. Kept apart from the chart's data so that other charts can wear it too.
 */
final class ChartLook {

	private ChartLook() {
	}

	static void apply(Chart chart, String xTitle, String yTitle) {
		chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		chart.setBackgroundInPlotArea(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		Color ink = new Color(chart.getDisplay(), 50, 50, 50);
		chart.getTitle().setForeground(ink);
		chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
		chart.getLegend().setPosition(SWT.BOTTOM);
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		x.getTitle().setText(xTitle);
		y.getTitle().setText(yTitle);
		Color grid = new Color(chart.getDisplay(), 228, 228, 228);
		for (IAxis axis : new IAxis[] { x, y }) {
			axis.getTick().setFormat(new CompactNumberFormat());
			axis.getTitle().setForeground(ink);
			axis.getTitle().setFont(chart.getTitle().getFont());
			axis.getTick().setForeground(ink);
			axis.getGrid().setForeground(grid);
			axis.getGrid().setStyle(LineStyle.SOLID);
		}
	}
}
