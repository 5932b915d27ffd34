package ttt.workbench.ui.charts;

import org.eclipse.swt.graphics.RGB;

import ttt.workbench.analysis.style.SeriesColor;

/** The workbench's one palette ({@link SeriesColor}) as SWT colour values. */
public final class Palette {

	private Palette() {
	}

	public static RGB rgb(SeriesColor c) {
		return new RGB(c.red(), c.green(), c.blue());
	}
}
