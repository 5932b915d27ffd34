package ttt.workbench.ui.charts;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.FontRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.LineStyle;

import ttt.workbench.analysis.style.ChartPalette;
import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * The one look of every chart in the workbench: SWTChart charts through {@link #apply}, custom canvases (tree, heatmap,
 * parallel coordinates, timeline) through the fonts and colours below. Fonts and ink/grid colours are theme elements
 * (General ▸ Appearance ▸ Colors and Fonts ▸ TTT Workbench charts, contributed in plugin.xml); series colours come from
 * the palette chosen in the preferences. Both can change while parts are open: {@link #apply} re-styles its chart by
 * itself, and parts that colour series or paint canvases re-colour in {@link #onChange}.
 */
public final class ChartTheme {

	/** Theme element ids (plugin.xml org.eclipse.ui.themes). */
	public static final String TITLE_FONT = "ttt.workbench.ui.charts.titleFont";
	public static final String AXIS_FONT = "ttt.workbench.ui.charts.axisFont";
	public static final String INK = "ttt.workbench.ui.charts.ink";
	public static final String MUTED_INK = "ttt.workbench.ui.charts.mutedInk";
	public static final String GRID = "ttt.workbench.ui.charts.grid";

	/** The defaults, also used when the theme extension has not been read (plain SWT tests). */
	static final RGB DEFAULT_INK = new RGB(50, 50, 50);
	static final RGB DEFAULT_MUTED_INK = new RGB(110, 110, 110);
	static final RGB DEFAULT_GRID = new RGB(228, 228, 228);

	private static final String STYLED = "ttt.charts.themed";
	/** The palette a chart's series colours were last drawn in (chart data), to re-colour them when it changes. */
	private static final String PALETTE_SHOWN = "ttt.charts.palette";

	private ChartTheme() {
	}

	/**
	 * Styles a SWTChart chart: white plot, dark title and axis titles in the theme's fonts (never SWTChart's bold blue),
	 * compact tick numbers, a light solid grid, and the legend below the plot so that it never covers data. The chart
	 * follows later theme changes by itself.
	 */
	public static void apply(Chart chart, String xTitle, String yTitle) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		IAxis y = chart.getAxisSet().getYAxis(0);
		if (xTitle != null) {
			x.getTitle().setText(xTitle);
		}
		if (yTitle != null) {
			y.getTitle().setText(yTitle);
		}
		style(chart);
		if (chart.getData(STYLED) == null) {
			chart.setData(STYLED, Boolean.TRUE);
			chart.setData(PALETTE_SHOWN, palette());
			// once only, so that a chart may move its legend to the right (still outside the plot) and keep it there
			chart.getLegend().setPosition(SWT.BOTTOM);
			onChange(chart, () -> {
				style(chart);
				SeriesRecolouring.recolour(chart, (ChartPalette) chart.getData(PALETTE_SHOWN), palette());
				chart.setData(PALETTE_SHOWN, palette());
				chart.redraw();
			});
		}
	}

	private static void style(Chart chart) {
		Color white = chart.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		chart.setBackground(white);
		chart.setBackgroundInPlotArea(white);
		chart.getTitle().setForeground(ink());
		chart.getTitle().setFont(titleFont());
		chart.getLegend().setForeground(ink());
		chart.getLegend().setBackground(white);
		chart.getLegend().setFont(tickFont());
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTick().setFormat(new CompactNumberFormat());
			axis.getTitle().setForeground(ink());
			axis.getTitle().setFont(axisTitleFont());
			axis.getTick().setForeground(ink());
			axis.getTick().setFont(tickFont());
			axis.getGrid().setForeground(grid());
			axis.getGrid().setStyle(LineStyle.SOLID);
		}
	}

	/**
	 * Dresses a custom canvas (tree, heatmap, parallel coordinates, timeline): the theme's tick font as its font (what
	 * its GC draws text in), and a repaint whenever the palette or a chart font or colour changes.
	 */
	public static void applyToCanvas(Control canvas) {
		canvas.setFont(tickFont());
		onChange(canvas, () -> {
			canvas.setFont(tickFont());
			canvas.redraw();
		});
	}

	/** {@link #ink()} as a value, for painters that also draw SVG (defaults off the UI thread). */
	public static RGB inkRgb() {
		return rgbOf(INK, DEFAULT_INK);
	}

	public static RGB mutedInkRgb() {
		return rgbOf(MUTED_INK, DEFAULT_MUTED_INK);
	}

	public static RGB gridRgb() {
		return rgbOf(GRID, DEFAULT_GRID);
	}

	private static RGB rgbOf(String id, RGB fallback) {
		if (Display.getCurrent() == null) {
			return fallback; // JFace's registries live on the UI thread; a headless painter test draws the defaults
		}
		RGB rgb = colors().getRGB(id);
		return rgb == null ? fallback : rgb;
	}

	/** The palette chosen in the preferences. */
	public static ChartPalette palette() {
		return WorkbenchPreferences.palette();
	}

	/** The colour of the i-th of N comparable series (Compare view, Experiment editor) in the preferred palette. */
	public static Color seriesColor(int index) {
		return new Color(seriesRgb(index));
	}

	public static RGB seriesRgb(int index) {
		return rgb(palette().item(index));
	}

	/** The colour of a role (base, adaptive, commit …) in the preferred palette. */
	public static Color roleColor(SeriesColor role) {
		return new Color(roleRgb(role));
	}

	public static RGB roleRgb(SeriesColor role) {
		return rgb(palette().rgb(role));
	}

	/** Chart titles (bold of the theme's chart title font). */
	public static Font titleFont() {
		return fonts().getBold(TITLE_FONT);
	}

	/** Axis titles and captions of custom canvases (bold of the axis font). */
	public static Font axisTitleFont() {
		return fonts().getBold(AXIS_FONT);
	}

	/** Tick labels, legends and node labels. */
	public static Font tickFont() {
		return fonts().get(AXIS_FONT);
	}

	/** Text and axis lines. */
	public static Color ink() {
		return colors().get(INK);
	}

	/** Secondary text: captions, hints, hidden counts. */
	public static Color mutedInk() {
		return colors().get(MUTED_INK);
	}

	/** Grid lines. */
	public static Color grid() {
		return colors().get(GRID);
	}

	/**
	 * Runs {@code onChange} in the UI thread whenever the look changes (chart palette preference, or a chart font or
	 * colour in Colors and Fonts) until {@code owner} is disposed.
	 */
	public static void onChange(Control owner, Runnable onChange) {
		WorkbenchPreferences.onChange(owner, onChange);
		Display display = owner.getDisplay();
		IPropertyChangeListener listener = e -> {
			if (e.getProperty().startsWith("ttt.workbench.ui.charts.")) {
				display.asyncExec(() -> {
					if (!owner.isDisposed()) {
						onChange.run();
					}
				});
			}
		};
		fonts().addListener(listener);
		colors().addListener(listener);
		owner.addDisposeListener(e -> {
			fonts().removeListener(listener);
			colors().removeListener(listener);
		});
	}

	public static RGB rgb(int packed) {
		return new RGB(packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF);
	}

	/*
	 * The workbench's default theme keeps its fonts and colours in JFace's registries (the theme manager fills them from
	 * plugin.xml), so these are the registries the user edits in Colors and Fonts.
	 */
	private static FontRegistry fonts() {
		FontRegistry r = JFaceResources.getFontRegistry();
		for (String id : new String[] { TITLE_FONT, AXIS_FONT }) {
			if (!r.hasValueFor(id)) {
				r.put(id, JFaceResources.getDefaultFont().getFontData());
			}
		}
		return r;
	}

	private static ColorRegistry colors() {
		ColorRegistry r = JFaceResources.getColorRegistry();
		putIfMissing(r, INK, DEFAULT_INK);
		putIfMissing(r, MUTED_INK, DEFAULT_MUTED_INK);
		putIfMissing(r, GRID, DEFAULT_GRID);
		return r;
	}

	private static void putIfMissing(ColorRegistry r, String id, RGB rgb) {
		if (!r.hasValueFor(id)) {
			r.put(id, rgb);
		}
	}
}
