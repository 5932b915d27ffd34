package ttt.workbench.ui.tests;

import java.io.File;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import ttt.workbench.ui.jobs.ModelLoader;

/** Saves what is on the (X) screen under a shell as a PNG in {@code target/screenshots}, for a person to look at. */
final class Screenshots {
	private Screenshots() {
	}

	static File dir() {
		File dir = new File(System.getProperty("ttt.screenshot.dir", "target/screenshots"));
		dir.mkdirs();
		return dir;
	}

	/** Grabs the shell's screen area (frame included) from the display, as a user would see it. */
	static File ofShell(Shell shell, String name) {
		Display display = shell.getDisplay();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
		} finally {
			gc.dispose();
		}
		try {
			File file = new File(dir(), name + ".png");
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
			return file;
		} finally {
			image.dispose();
		}
	}

	/** Lets the event loop run for a while so layouts and paints settle before a screenshot or an assertion. */
	static void settle(Display display, long millis) {
		long end = System.currentTimeMillis() + millis;
		long latest = end + 30_000; // loads still running at the end are waited for: parts read their files on jobs
		while (System.currentTimeMillis() < end
				|| Job.getJobManager().find(ModelLoader.FAMILY).length > 0 && System.currentTimeMillis() < latest) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(15);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
		// a load that ended just now has posted its result to the UI thread: show it before returning
		long drain = System.currentTimeMillis() + 500;
		while (display.readAndDispatch() && System.currentTimeMillis() < drain) {
			// dispatching what is queued
		}
	}
}
