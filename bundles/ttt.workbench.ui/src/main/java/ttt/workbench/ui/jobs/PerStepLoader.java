package ttt.workbench.ui.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.io.StoreActivity;
import ttt.workbench.store.io.StoreFiles;

/**
 * A run's per_step.csv as a table, for views that show curves of runs they name by id (the Session Tree's chart,
 * Compare) rather than through the model. Read through {@link ModelLoader}, like every other load: off the UI thread,
 * the table or the failure handed to the UI thread while {@code owner} is alive.
 */
public final class PerStepLoader {

	private PerStepLoader() {
	}

	public static void load(Control owner, Path storeRoot, String sessionId, String runId, Consumer<PerStepTable> whenRead,
			Consumer<Exception> whenFailed) {
		Path file = new StoreLayout(storeRoot).runDir(sessionId, runId).resolve(StoreLayout.RUN_PER_STEP);
		LazyLoader.Load<PerStepTable> read = () -> {
			StoreActivity.report(StoreActivity.Kind.PART_READ, file);
			try {
				PerStepTable table = PerStepCsv.parse(StoreFiles.read(storeRoot, file), file);
				return () -> table; // nothing of the model changes: the view keeps the table
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		};
		ModelLoader.load(owner, "curves of " + runId, read, whenRead,
				e -> whenFailed.accept(e instanceof UncheckedIOException u ? u.getCause() : e));
	}
}
