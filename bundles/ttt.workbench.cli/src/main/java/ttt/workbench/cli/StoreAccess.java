package ttt.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;

import ttt.workbench.store.ArtifactStore;

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

	private static void requireStore(CliContext context) throws IOException {
		if (!Files.isDirectory(context.artifactsRoot())) {
			throw new IOException("no artifact store at " + context.artifactsRoot().toAbsolutePath()
					+ " (run init_base first, or pass --artifacts_root)");
		}
	}
}
