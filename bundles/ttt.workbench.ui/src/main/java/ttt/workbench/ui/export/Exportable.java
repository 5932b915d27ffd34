package ttt.workbench.ui.export;

import org.eclipse.swt.widgets.Control;
import ttt.workbench.analysis.export.CsvTable;

/**
 * Something on screen that can be exported: its control (PNG is a capture of it), a vector rendering at the control's
 * size (SVG) and its data (CSV, and tab-separated text for Copy Values). Charts and custom canvases implement it; tables
 * without a vector rendering return false from {@link #hasVector()}.
 */
public interface Exportable {

	/** The control on screen. */
	Control control();

	/** A file name stem for the save dialog, e.g. {@code s1_overview}. */
	String suggestedName();

	/** Whether {@link #paint} draws a vector rendering (false: only PNG and CSV are offered). */
	default boolean hasVector() {
		return true;
	}

	/** Paints what the control shows, at {@code width × height}, through {@code drawing}. */
	void paint(Drawing drawing, int width, int height);

	/** The numbers behind the picture. */
	CsvTable data();
}
