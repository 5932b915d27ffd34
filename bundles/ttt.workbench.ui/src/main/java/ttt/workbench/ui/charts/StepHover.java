package ttt.workbench.ui.charts;

import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ICustomPaintListener;

import ttt.workbench.analysis.session.OverviewCurves;

/**
 * Hovering the MSE chart: the step nearest the pointer gets a dotted vertical line and the tooltip of that step; leaving
 * the plot removes both.
 */
final class StepHover {

	private final Chart chart;
	private final Supplier<OverviewCurves> curves;
	private final IntFunction<String> tooltip;
	private int index = -1;

	StepHover(Chart chart, Supplier<OverviewCurves> curves, IntFunction<String> tooltip) {
		this.chart = chart;
		this.curves = curves;
		this.tooltip = tooltip;
		chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
			@Override
			public void paintControl(PaintEvent e) {
				paint(e);
			}
		});
		Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseMove, this::hover);
		plot.addListener(SWT.MouseExit, e -> {
			index = -1;
			plot.setToolTipText(null);
			chart.redraw();
		});
	}

	private void hover(Event e) {
		OverviewCurves c = curves.get();
		if (c == null || c.steps() == 0) {
			return;
		}
		int i = c.indexNear(chart.getAxisSet().getXAxis(0).getDataCoordinate(e.x));
		if (i == index) {
			return;
		}
		index = i;
		chart.getPlotArea().getControl().setToolTipText(tooltip.apply(i));
		chart.redraw();
	}

	private void paint(PaintEvent e) {
		OverviewCurves c = curves.get();
		if (c == null || index < 0 || index >= c.steps()) {
			return;
		}
		int px = chart.getAxisSet().getXAxis(0).getPixelCoordinate(c.t()[index]);
		e.gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_GRAY));
		e.gc.setLineStyle(SWT.LINE_DOT);
		e.gc.drawLine(px, 0, px, e.height > 0 ? e.height : chart.getPlotArea().getControl().getSize().y);
		e.gc.setLineStyle(SWT.LINE_SOLID);
	}
}
