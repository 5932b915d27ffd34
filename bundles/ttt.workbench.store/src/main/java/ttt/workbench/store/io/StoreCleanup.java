package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;

/**
 * What every writer does first, under the store lock: finish or drop what interrupted writers left behind, so that
 * leftovers of a killed writer last only until the next write, not until a repair. Removed are
 *
 * <ul>
 * <li>entries of the staging folder ({@link Staging}) whose owner is gone: each names the lock its writer holds, and
 * an entry is removed only when that lock can be taken at once (a live writer, in this process or another, holds
 * it, and its entry is left alone);</li>
 * <li>temporary files and folders ({@code .tmp-*}) of this and of earlier versions: at the top of the store, in
 * {@code sessions/} and {@code base/} (written under the store lock, which the caller holds), inside a session's
 * folder or its {@code runs/}, and in {@code .journal/} (written under that session's lock: removed only when it
 * can be taken at once).</li>
 * </ul>
 *
 * Interrupted run commits ({@link RunJournal}) are completed first, under their session's lock taken the same way,
 * and the index is rebuilt when one was (its {@code last_run_at_unix} changed). Besides, every writer rebuilds the
 * index from a fresh read before it lets go of the store lock, so a stale index does not outlive the next writer.
 */
public final class StoreCleanup {

	/** {@code .journal/.tmp-<session>.json-<hex>}: the temporary file of a journal entry. */
	private static final Pattern JOURNAL_TEMP = Pattern.compile(Pattern.quote(AtomicFiles.TEMP_PREFIX) + "(.+)\\.json-[0-9a-f]+");

	private StoreCleanup() {
	}

	/**
	 * Cleans the whole store. The caller holds the store lock and has not yet staged anything of its own (it may
	 * hold one session's lock too: that session is cleaned like the others).
	 *
	 * @return what was done, one line each (empty when there was nothing to do)
	 */
	public static List<String> underStoreLock(Path root) throws IOException {
		List<String> done = new ArrayList<>();
		StoreLocks locks = new StoreLocks(root);
		StoreLayout layout = new StoreLayout(root);
		for (String sessionId : RunJournal.pendingSessions(root)) {
			try (StoreLocks.Held lock = locks.acquire(StoreLocks.sessionLock(sessionId), Duration.ZERO)) {
				Optional<RunJournal.Entry> entry = RunJournal.pending(root, sessionId);
				if (entry.isPresent()) {
					boolean landed = RunJournal.isCommitted(root, entry.get());
					RunJournal.rollForward(root, entry.get());
					done.add(landed ? "completed the commit of run " + entry.get().runId() + " to session " + sessionId
							: "dropped the intent of run " + entry.get().runId() + " of session " + sessionId + ", which never landed");
				}
			} catch (StoreLocks.LockTimeoutException busy) {
				done.add("left session " + sessionId + " alone: a writer is at work on it");
			}
		}
		if (!done.isEmpty() && done.stream().anyMatch(line -> line.startsWith("completed"))) {
			// a completed commit changed its session's last_run_at_unix: its index entry is part of the roll-forward
			IndexMaintenance.rebuild(StoreReader.read(root));
		}
		for (Path entry : children(Staging.dir(root), false)) {
			String owner = Staging.ownerLock(entry).orElse(StoreLocks.STORE);
			removeIfFree(root, locks, owner, List.of(entry), done);
		}
		for (Path dir : List.of(root, layout.sessionsDir(), layout.baseDir())) {
			removeIfFree(root, locks, StoreLocks.STORE, children(dir, true), done);
		}
		// every session folder and its runs/ are listed, on all cores (100,000 sessions are 200,000 folders to read);
		// what is found is removed in folder order, as a sequential sweep would
		List<Path> folders = children(layout.sessionsDir(), false);
		List<List<Path>> tempsPerFolder;
		try {
			tempsPerFolder = tempsPerSessionFolder(folders);
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		for (int i = 0; i < folders.size(); i++) {
			if (!tempsPerFolder.get(i).isEmpty()) {
				removeIfFree(root, locks, StoreLocks.sessionLock(folders.get(i).getFileName().toString()), tempsPerFolder.get(i), done);
			}
		}
		for (Path temp : children(root.resolve(RunJournal.DIR), true)) {
			Matcher m = JOURNAL_TEMP.matcher(temp.getFileName().toString());
			String owner = m.matches() && SessionIds.isValid(m.group(1)) ? StoreLocks.sessionLock(m.group(1)) : StoreLocks.STORE;
			removeIfFree(root, locks, owner, List.of(temp), done);
		}
		return done;
	}

	/** Per folder of {@code sessions/}: its and its runs' temporary entries (none for what is not a session folder). */
	private static List<List<Path>> tempsPerSessionFolder(List<Path> folders) {
		return folders.parallelStream().map(folder -> {
			String id = folder.getFileName().toString();
			if (!SessionIds.isValid(id) || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
				return List.<Path>of();
			}
			try {
				List<Path> temps = new ArrayList<>(children(folder, true));
				temps.addAll(children(folder.resolve(StoreLayout.RUNS_DIR), true));
				return temps;
			} catch (IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}).toList();
	}

	/**
	 * Whether the writer owning a leftover could still be at work: true when it lives in the staging folder or in a
	 * session's folder and the lock its writer holds is taken right now. The caller holds the store lock.
	 */
	static boolean ownerAtWork(Path root, StoreLocks locks, Path leftover) throws IOException {
		String owner = ownerLock(root, leftover);
		if (owner.equals(StoreLocks.STORE)) {
			return false;
		}
		try (StoreLocks.Held lock = locks.acquire(owner, Duration.ZERO)) {
			return false;
		} catch (StoreLocks.LockTimeoutException busy) {
			return true;
		}
	}

	/** The lock a leftover's writer held: the staging entry's, a session's for anything inside its folder, else the store's. */
	static String ownerLock(Path root, Path leftover) {
		Path staging = Staging.dir(root);
		if (leftover.startsWith(staging) && !leftover.equals(staging)) {
			return Staging.ownerLock(staging.resolve(staging.relativize(leftover).getName(0))).orElse(StoreLocks.STORE);
		}
		Path sessions = new StoreLayout(root).sessionsDir();
		if (leftover.startsWith(sessions) && sessions.relativize(leftover).getNameCount() > 1) {
			String id = sessions.relativize(leftover).getName(0).toString();
			if (SessionIds.isValid(id)) {
				return StoreLocks.sessionLock(id);
			}
		}
		return StoreLocks.STORE;
	}

	/** Deletes {@code paths} when their writer's lock ({@code owner}) can be taken at once (or is the store's, held). */
	private static void removeIfFree(Path root, StoreLocks locks, String owner, List<Path> paths, List<String> done) throws IOException {
		if (paths.isEmpty()) {
			return;
		}
		if (owner.equals(StoreLocks.STORE)) {
			delete(root, paths, done);
			return;
		}
		try (StoreLocks.Held lock = locks.acquire(owner, Duration.ZERO)) {
			delete(root, paths, done);
		} catch (StoreLocks.LockTimeoutException busy) {
			// its writer is at work: the entry is still in use
		}
	}

	private static void delete(Path root, List<Path> paths, List<String> done) throws IOException {
		for (Path p : paths) {
			FileTrees.delete(p);
			done.add("removed " + root.relativize(p) + " (left behind by an interrupted writer)");
		}
	}

	/** Entries of {@code dir} (none when it does not exist); with {@code tempOnly}, only {@code .tmp-*} ones. */
	private static List<Path> children(Path dir, boolean tempOnly) throws IOException {
		if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
			return List.of();
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path p : stream) {
				if (!tempOnly || p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)) {
					found.add(p);
				}
			}
		} catch (NoSuchFileException gone) {
			return List.of();
		}
		found.sort(null);
		return found;
	}
}
