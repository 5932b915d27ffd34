package ttt.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;

/** Opens the store named by {@code --artifacts_root} and reports its problems as warnings, once. */
public final class StoreAccess {
	private StoreAccess() {
	}

	public static ArtifactStore open(CliContext context) throws IOException {
		requireStore(context);
		ArtifactStore store = ArtifactStore.open(context.artifactsRoot());
		ListSessionsCommand.warnProblems(context, store.model().getProblems());
		return store;
	}

	/**
	 * Opens the store from its index ({@link ArtifactStore#openSummaries}): for commands that need the sessions'
	 * summaries only. Warns about the problems found on the way (the index, the base, sessions read from their files),
	 * not about files of sessions it did not read.
	 */
	public static ArtifactStore openSummaries(CliContext context) throws IOException {
		requireStore(context);
		ArtifactStore store = ArtifactStore.openSummaries(context.artifactsRoot());
		ListSessionsCommand.warnProblems(context, store.model().getProblems());
		return store;
	}

	/**
	 * The details of a session of a store opened as summaries, read now; the problems found on the way are warned
	 * about as {@link #open} would have. A session whose meta cannot be read is not in a full open's model at all, so
	 * it is refused as unknown, as there.
	 */
	public static Session loadDetails(CliContext context, ArtifactStore store, Session session) throws IOException {
		int before = store.model().getProblems().size();
		store.sessionLoader().ensureLoaded(session);
		ListSessionsCommand.warnProblems(context, List.copyOf(store.model().getProblems().subList(before, store.model().getProblems().size())));
		if (session.getDetailsState() != LoadState.LOADED) {
			throw new IOException("unknown session \"" + session.getId() + "\" in " + store.root() + " (its meta.json cannot be read)");
		}
		return session;
	}

	private static void requireStore(CliContext context) throws IOException {
		if (!Files.isDirectory(context.artifactsRoot())) {
			throw new IOException("no artifact store at " + context.artifactsRoot().toAbsolutePath()
					+ " (run init_base first, or pass --artifacts_root)");
		}
	}
}
