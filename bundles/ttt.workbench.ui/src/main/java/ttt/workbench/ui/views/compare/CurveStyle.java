package ttt.workbench.ui.views.compare;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.ui.charts.ChartTheme;

/**
 * The look of the i-th compared curve: the i-th item colour of the preferred chart palette (by default Okabe–Ito,
 * which stays apart for colour-blind readers)
 * and, because colour must never be the only cue, a line style of its own and a marker in the legend.
 */
public record CurveStyle(RGB color, LineStyle lineStyle, boolean dashedInSvg) {

	private static final LineStyle[] STYLES = { LineStyle.SOLID, LineStyle.DASH, LineStyle.DOT, LineStyle.DASHDOT,
			LineStyle.DASHDOTDOT };

	public static CurveStyle of(int i) {
		LineStyle style = STYLES[i % STYLES.length];
		return new CurveStyle(ChartTheme.seriesRgb(i), style, style != LineStyle.SOLID);
	}
}
