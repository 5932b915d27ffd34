package ttt.workbench.ui.views.compare;

import org.eclipse.swt.graphics.RGB;
import org.eclipse.swtchart.LineStyle;

/**
 * The look of the i-th compared curve: a colour from a palette that stays apart for colour-blind readers (Okabe–Ito)
 * and, because colour must never be the only cue, a line style of its own and a marker in the legend.
 */
public record CurveStyle(RGB color, LineStyle lineStyle, boolean dashedInSvg) {

	private static final RGB[] PALETTE = { new RGB(0, 114, 178), new RGB(213, 94, 0), new RGB(0, 158, 115),
			new RGB(204, 121, 167), new RGB(230, 159, 0), new RGB(86, 180, 233), new RGB(0, 0, 0), new RGB(240, 228, 66) };
	private static final LineStyle[] STYLES = { LineStyle.SOLID, LineStyle.DASH, LineStyle.DOT, LineStyle.DASHDOT,
			LineStyle.DASHDOTDOT };

	public static CurveStyle of(int i) {
		LineStyle style = STYLES[i % STYLES.length];
		return new CurveStyle(PALETTE[i % PALETTE.length], style, style != LineStyle.SOLID);
	}
}
