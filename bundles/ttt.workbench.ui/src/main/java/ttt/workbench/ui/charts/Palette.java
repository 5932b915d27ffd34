package ttt.workbench.ui.charts;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.style.SeriesColor;

/**
 * The colour of a role ({@link SeriesColor}) as an SWT colour value, in the palette chosen in the preferences
 * ({@link ChartTheme#palette()}); parts that keep colours re-read them in {@link ChartTheme#onChange}.
 */
public final class Palette {

	private Palette() {
	}

	public static RGB rgb(SeriesColor c) {
		return ChartTheme.roleRgb(c);
	}
}
