package ttt.workbench.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.ui.jobs.ModelLoader;

/** Helpers the UI tests share: a writable copy of a fixture store, and waiting while the event loop runs. */
final class UiTestSupport {
	private UiTestSupport() {
	}

	/** Copies {@code fixtures/<name>} to {@code target}: tests never change the fixtures themselves. */
	static Path copyFixtureStore(String name, Path target) throws IOException {
		Path source = Path.of(System.getProperty("ttt.fixtures.dir")).resolve(name);
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(p, dest);
					dest.toFile().setWritable(true);
				}
			}
		}
		return target;
	}

	/**
	 * Runs the event loop until the parts' loads ({@link ModelLoader}: files read on jobs, applied on the UI thread)
	 * are done and shown: what a user sees as "Loading…" turning into the chart.
	 */
	static void loadsDone(Display display) {
		Screenshots.settle(display, 150); // events already posted may start loads (a focus change reaches the pages later)
		waitFor(display, () -> Job.getJobManager().find(ModelLoader.FAMILY).length == 0, 60);
		Screenshots.settle(display, 150);
	}

	/** Runs the event loop until {@code condition} holds; fails after {@code seconds}. */
	static void waitFor(Display display, BooleanSupplier condition, int seconds) {
		long end = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out after " + seconds + " s waiting for the workbench");
			}
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(20);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
