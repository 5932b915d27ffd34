package ttt.workbench.ui.charts;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The key of a chart's {@link ChartBand}s, under the chart (SWTChart's legend lists series only): a swatch in the
 * band's colour, blended as it is drawn, and its label, so the fills are named in words as well as colours.
 */
final class BandKey {

	private BandKey() {
	}

	static Composite create(Composite parent, List<ChartBand> bands) {
		Composite key = new Composite(parent, SWT.NONE);
		key.setBackground(parent.getBackground());
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.center = true;
		layout.spacing = 6;
		layout.marginLeft = 60;
		key.setLayout(layout);
		key.setLayoutData(new GridData(SWT.CENTER, SWT.TOP, true, false));
		for (ChartBand band : bands) {
			swatch(key, band.color(), band.alpha(), band.label());
		}
		bands.stream().filter(b -> b.lossLabel() != null).findFirst()
				.ifPresent(b -> swatch(key, b.lossColor(), b.alpha(), b.lossLabel()));
		return key;
	}

	private static void swatch(Composite key, RGB rgb, int alpha, String text) {
		Label sw = new Label(key, SWT.BORDER);
		sw.setText("      ");
		sw.setBackground(new Color(key.getDisplay(), blend(rgb, alpha)));
		Label l = new Label(key, SWT.NONE);
		l.setText(text + "    ");
		l.setBackground(key.getBackground());
	}

	/** The colour over white at this alpha, as the plot shows it. */
	static RGB blend(RGB c, int alpha) {
		double a = alpha / 255.0;
		return new RGB((int) Math.round(c.red * a + 255 * (1 - a)), (int) Math.round(c.green * a + 255 * (1 - a)),
				(int) Math.round(c.blue * a + 255 * (1 - a)));
	}
}
