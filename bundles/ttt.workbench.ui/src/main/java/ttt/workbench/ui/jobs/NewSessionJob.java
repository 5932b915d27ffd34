package ttt.workbench.ui.jobs;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import ttt.workbench.engine.session.NewSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;

/** New Session as a job: a root session from the base; the live session is handed to {@link #whenDone} on the UI thread. */
public final class NewSessionJob extends StoreJob {

	private final ArtifactStore live;
	private final NewSession.Request request;
	private volatile Consumer<Session> whenDone;

	public NewSessionJob(ArtifactStore live, NewSession.Request request) {
		super("Creating session " + request.sessionId());
		this.live = live;
		this.request = request;
		setRule(new SessionRule(live.root(), request.sessionId()));
	}

	public NewSessionJob whenDone(Consumer<Session> callback) {
		this.whenDone = callback;
		return this;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		try {
			ArtifactStore working = ArtifactStore.unread(live.root()); // the procedure reads it once, under the store's lock
			progress.worked(1);
			if (progress.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			NewSession.run(working, request);
			progress.worked(1);
			mergeSessionIntoLive(live, working, request.sessionId(), () -> {
				Session created = live.model().findSession(request.sessionId());
				Consumer<Session> callback = whenDone;
				if (callback != null && created != null) {
					callback.accept(created);
				}
			});
			progress.done();
			return Status.OK_STATUS;
		} catch (Exception | LinkageError e) {
			return JobStatus.error("Creating session " + request.sessionId() + " in " + live.root(), e);
		}
	}
}
