package ttt.workbench.ui.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.ui.store.ActiveStore;

/**
 * New Store as a job: pretrains a base model into a new store folder ({@code init_base}), then opens the store in
 * the workbench. Cancel stops pretraining at the next optimizer step and writes nothing. Holds the store's
 * {@link StoreRule}.
 */
public final class NewStoreJob extends StoreJob {

	private final Path root;
	private final PretrainConfig config;
	private final String backend;
	private final boolean openWhenDone;
	private volatile InitBase.Result result;

	public NewStoreJob(Path root, PretrainConfig config, String backend, boolean openWhenDone) {
		super("Creating store " + root + " (pretraining the base, " + config.steps() + " steps)");
		this.root = root.toAbsolutePath().normalize();
		this.config = config;
		this.backend = backend;
		this.openWhenDone = openWhenDone;
		setRule(new StoreRule(this.root));
	}

	public InitBase.Result result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, config.steps()) + 1);
		List<String> warnings = new ArrayList<>();
		int[] done = { 0 };
		try {
			InitBase.Result r = InitBase.run(root, config, backend, (step, total, loss) -> {
				if (step > done[0]) {
					progress.worked(step - done[0]);
					done[0] = step;
				}
				if (step % 20 == 0 || step == total) {
					progress.subTask(String.format("pretraining step %d of %d, loss %.5g", step, total, loss));
				}
			}, () -> cancelRequested(monitor), warnings::add);
			result = r;
			if (!warnings.isEmpty()) {
				ILog.of(NewStoreJob.class).log(JobStatus.warnings("Pretraining the base of " + root, warnings));
			}
			if (openWhenDone) {
				progress.subTask("Opening " + root);
				ActiveStore.get().open(root, display);
			}
			progress.done();
			return Status.OK_STATUS;
		} catch (RunCancelledException e) {
			return Status.CANCEL_STATUS;
		} catch (Exception | LinkageError e) {
			if (cancelRequested(monitor)) {
				return Status.CANCEL_STATUS;
			}
			return JobStatus.error("Creating the store " + root, e);
		}
	}
}
