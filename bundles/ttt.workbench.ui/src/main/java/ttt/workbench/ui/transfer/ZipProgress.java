package ttt.workbench.ui.transfer;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.store.io.SessionZipWriter;

/**
 * A zip job's progress: each file written or read names itself in the progress view and advances the job's monitor by
 * its share of {@code scale} work units (an import keeps the rest for committing the sessions).
 */
final class ZipProgress implements SessionZipWriter.Monitor {

	private final SubMonitor progress;
	private final int scale;
	private final BooleanSupplier cancelled;
	private int reported;

	ZipProgress(SubMonitor progress, int scale, BooleanSupplier cancelled) {
		this.progress = progress;
		this.scale = scale;
		this.cancelled = cancelled;
	}

	@Override
	public void file(String path, int done, int total) {
		progress.subTask(path);
		int now = total == 0 ? scale : done * scale / total;
		progress.worked(now - reported);
		reported = now;
	}

	@Override
	public boolean cancelled() {
		return cancelled.getAsBoolean();
	}
}
