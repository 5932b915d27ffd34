package ttt.workbench.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.store.files.AtomicFiles;

/** Writing what a view shows to PNG, SVG and CSV files and to the clipboard; the context menu that offers it. */
public final class Exports {

	/** Widget data key under which {@link #addContextMenu} leaves the exportable on its control (UI tests export through it). */
	public static final String EXPORTABLE_KEY = "ttt.export.exportable";

	private Exports() {
	}

	/** A capture of the control as it is painted now. */
	public static void png(Control control, Path file) throws IOException {
		Point size = control.getSize();
		Image image = new Image(control.getDisplay(), Math.max(1, size.x), Math.max(1, size.y));
		try {
			GC gc = new GC(image);
			try {
				control.print(gc);
			} finally {
				gc.dispose();
			}
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			loader.save(bytes, SWT.IMAGE_PNG);
			AtomicFiles.write(file, bytes.toByteArray());
		} finally {
			image.dispose();
		}
	}

	/** The exportable's vector rendering at its control's current size. */
	public static String svg(Exportable exportable) {
		Point size = exportable.control().getSize();
		SvgDrawing svg = new SvgDrawing(Math.max(1, size.x), Math.max(1, size.y));
		exportable.paint(svg, Math.max(1, size.x), Math.max(1, size.y));
		return svg.toSvg();
	}

	public static void svg(Exportable exportable, Path file) throws IOException {
		AtomicFiles.write(file, svg(exportable).getBytes(StandardCharsets.UTF_8));
	}

	public static void csv(CsvTable table, Path file) throws IOException {
		table.write(file);
	}

	public static void copy(Control control, String text) {
		Clipboard clipboard = new Clipboard(control.getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Adds Export as PNG… / SVG… / CSV… and Copy Values to the control's context menu (creating one if it has none).
	 */
	public static void addContextMenu(Exportable exportable) {
		Control control = exportable.control();
		control.setData(EXPORTABLE_KEY, exportable);
		Menu menu = control.getMenu();
		if (menu == null) {
			menu = new Menu(control);
			control.setMenu(menu);
		} else {
			new MenuItem(menu, SWT.SEPARATOR);
		}
		item(menu, "Export as &PNG...", () -> save(exportable, "png", f -> png(control, f)));
		if (exportable.hasVector()) {
			item(menu, "Export as &SVG...", () -> save(exportable, "svg", f -> svg(exportable, f)));
		}
		item(menu, "Export Data as &CSV...", () -> save(exportable, "csv", f -> csv(exportable.data(), f)));
		item(menu, "Copy &Values", () -> copy(control, exportable.data().toTsv()));
	}

	private static void item(Menu menu, String text, Runnable action) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private interface FileWrite {
		void write(Path file) throws IOException;
	}

	private static void save(Exportable exportable, String extension, FileWrite write) {
		FileDialog dialog = new FileDialog(exportable.control().getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(exportable.suggestedName() + "." + extension);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			write.write(Path.of(chosen));
		} catch (IOException | RuntimeException e) {
			ILog.of(Exports.class).error("Export to " + chosen + " failed", e);
			MessageDialog.openError(exportable.control().getShell(), "Export failed",
					"Could not write " + chosen + ":\n" + e.getMessage());
		}
	}
}
