package ttt.workbench.ui.charts;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.ui.export.GcDrawing;

/** Small icons of the outcome markers, for table cells and legends; dispose with the widget that shows them. */
public final class MarkerIcons {

	private static final int SIZE = 12;
	private final Map<RollbackReason, Image> icons = new EnumMap<>(RollbackReason.class);
	private final Display display;

	public MarkerIcons(Display display) {
		this.display = display;
	}

	public Image get(RollbackReason r) {
		return icons.computeIfAbsent(r, this::make);
	}

	private Image make(RollbackReason r) {
		RGB transparent = new RGB(255, 255, 254);
		ImageData data = new ImageData(SIZE, SIZE, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		data.transparentPixel = data.palette.getPixel(transparent);
		Image scratch = new Image(display, data);
		GC gc = new GC(scratch);
		try {
			gc.setBackground(new Color(transparent));
			gc.fillRectangle(0, 0, SIZE, SIZE);
			Markers.draw(new GcDrawing(gc), r, SIZE / 2, SIZE / 2, SIZE - 4);
		} finally {
			gc.dispose();
		}
		ImageData painted = scratch.getImageData();
		scratch.dispose();
		painted.transparentPixel = painted.palette.getPixel(transparent);
		return new Image(display, painted);
	}

	public void dispose() {
		icons.values().forEach(Image::dispose);
		icons.clear();
	}
}
