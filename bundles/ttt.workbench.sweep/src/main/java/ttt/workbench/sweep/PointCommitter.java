package ttt.workbench.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.StoreCleanup;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;

/**
 * Writes finished points into the store, each whole or not at all (SPEC §2 "Other readers see whole things only"):
 * the point's session folder is assembled in the store's staging folder {@code <root>/.staging/} ({@link Staging}: same
 * file system, outside {@code sessions/}; the entry names the sweep's lock as its owner),
 * every file forced to disk, then renamed into {@code sessions/<id>} in one step under the store lock (a rename onto
 * an existing session fails, so a point never overwrites anything). The manifest ({@code sweeps/<name>/manifest.json})
 * and {@code index.json} are caches: they are brought up to date under the store lock at most once a second and at
 * {@link #close()} (a crash in between leaves them stale, which the next sweep and the next open of the store repair).
 *
 * <p>Opening a committer takes the sweep's own lock (one process runs a sweep at a time), cleans the store as every
 * writer does ({@link StoreCleanup}: staging entries of dead writers, an interrupted sweep's half points included), and
 * writes {@code sweeps/<name>/spec.yaml} (the spec as given) and the
 * manifest. Thread-safe: many threads may commit at once. The Spark engine uses it on the driver.
 */
public final class PointCommitter implements AutoCloseable {

	/** Where points are assembled before they are renamed into {@code sessions/} (the store's {@link Staging} folder). */
	public static final String STAGING_DIR = Staging.DIR;
	private static final String PREFIX = "sweep-";
	private static final long FLUSH_NANOS = 1_000_000_000L;

	private final Path root;
	private final SweepJob job;
	private final StoreLayout layout;
	private final StoreLocks locks;
	private final StoreLocks.Held sweepLock;
	private final Manifest manifest;
	private final Map<String, ObjectNode> unindexed = new LinkedHashMap<>();
	private final List<String> warnings = new ArrayList<>();
	private long lastFlush = System.nanoTime();
	private boolean indexStale;
	private boolean closed;

	private PointCommitter(SweepJob job, StoreLocks.Held sweepLock) {
		this.root = job.storeRoot();
		this.job = job;
		this.layout = new StoreLayout(root);
		this.locks = new StoreLocks(root);
		this.sweepLock = sweepLock;
		this.manifest = new Manifest(job.plan());
		for (int n : job.done()) {
			manifest.set(n, Manifest.State.DONE, null);
		}
		job.previousFailures().forEach((n, msg) -> {
			if (!job.done().contains(n)) {
				manifest.set(n, Manifest.State.FAILED, msg);
			}
		});
	}

	/**
	 * @throws IOException when another process is running this sweep, or the spec and manifest cannot be written
	 */
	public static PointCommitter open(SweepJob job) throws IOException {
		StoreLocks.Held sweepLock;
		try {
			sweepLock = new StoreLocks(job.storeRoot()).acquire(PREFIX + job.name(), Duration.ZERO);
		} catch (StoreLocks.LockTimeoutException e) {
			throw new IOException("sweep \"" + job.name() + "\" is being run by another program (" + e.getMessage() + ")", e);
		}
		PointCommitter c = new PointCommitter(job, sweepLock);
		try (StoreLocks.Held lock = c.locks.acquire(StoreLocks.STORE, ArtifactStore.LOCK_WAIT)) {
			StoreCleanup.underStoreLock(job.storeRoot()); // what killed writers (an interrupted sweep too) left behind
			Files.createDirectories(Manifest.dir(job.storeRoot(), job.name()));
			Path spec = Manifest.dir(job.storeRoot(), job.name()).resolve(Manifest.SPEC_FILE);
			AtomicFiles.writeString(spec, job.plan().spec().text());
			c.manifest.write(job.storeRoot());
		} catch (IOException | RuntimeException e) {
			sweepLock.close();
			throw e;
		}
		return c;
	}

	public Manifest manifest() {
		return manifest;
	}

	/**
	 * Writes the point's session folder whole: assembled in {@code .staging/}, forced, renamed into place.
	 *
	 * @throws FileAlreadyExistsException when a session with that id appeared meanwhile (nothing is changed then)
	 */
	public void commit(PointResult result) throws IOException {
		// the entry names the sweep's lock, which this committer holds: another writer's clean-up leaves it alone while
		// the sweep lives and removes it once the sweep's process is gone
		Path staging = Staging.newEntry(root, PREFIX + job.name(), "sweep-point");
		try {
			Files.createDirectories(staging);
			List<Path> dirs = new ArrayList<>();
			dirs.add(staging);
			for (Map.Entry<String, byte[]> f : result.files().entrySet()) {
				Path file = staging.resolve(f.getKey()).normalize();
				if (!file.startsWith(staging) || file.equals(staging)) {
					throw new IOException("point " + result.number() + ": file name \"" + f.getKey() + "\" leaves the session folder");
				}
				Path parent = file.getParent();
				if (!dirs.contains(parent)) {
					Files.createDirectories(parent);
					dirs.add(parent);
				}
				write(file, f.getValue());
			}
			for (int i = dirs.size() - 1; i >= 0; i--) {
				AtomicFiles.forceDirectory(dirs.get(i));
			}
			byte[] metaBytes = result.files().get(StoreLayout.SESSION_META);
			Path target = layout.sessionDir(result.sessionId());
			Session session = SessionMetaCodec.read(PythonJsonReader.parse(metaBytes, target.resolve(StoreLayout.SESSION_META)),
					target.resolve(StoreLayout.SESSION_META), result.sessionId());
			try (StoreLocks.Held lock = locks.acquire(StoreLocks.STORE, ArtifactStore.LOCK_WAIT)) {
				if (Files.exists(target)) {
					throw new FileAlreadyExistsException(target.toString(), null, "a session with id \"" + result.sessionId()
							+ "\" already exists (created meanwhile by another program)");
				}
				Files.createDirectories(layout.sessionsDir());
				Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
				AtomicFiles.forceDirectory(layout.sessionsDir());
			}
			synchronized (this) {
				manifest.set(result.number(), Manifest.State.DONE, null);
				unindexed.put(session.getId(), IndexCodec.summary(session));
				warnings.addAll(result.warnings());
			}
			try {
				maybeFlush();
			} catch (IOException e) {
				// the point is in the store (the commit point was the rename); the caches catch up at the next flush
				synchronized (this) {
					warnings.add("the manifest or index.json could not be updated yet: " + e.getMessage());
				}
			}
		} finally {
			if (Files.exists(staging)) {
				FileTrees.delete(staging);
			}
		}
	}

	/** Records that a point failed (nothing of it is in the store). */
	public void failed(int point, String message) throws IOException {
		manifest.set(point, Manifest.State.FAILED, message);
		maybeFlush();
	}

	private void maybeFlush() throws IOException {
		boolean due;
		synchronized (this) {
			due = System.nanoTime() - lastFlush > FLUSH_NANOS;
		}
		if (due) {
			flush();
		}
	}

	/** Writes the manifest and adds the new sessions to {@code index.json}, under the store lock. */
	public synchronized void flush() throws IOException {
		lastFlush = System.nanoTime();
		try (StoreLocks.Held lock = locks.acquire(StoreLocks.STORE, ArtifactStore.LOCK_WAIT)) {
			manifest.write(root);
			if (!unindexed.isEmpty()) {
				Path index = layout.index();
				JsonNode parsed = null;
				if (Files.isRegularFile(index)) {
					try {
						parsed = PythonJsonReader.parse(Files.readAllBytes(index), index);
					} catch (IOException e) {
						parsed = null;
					}
				}
				if (parsed instanceof ObjectNode o && o.get("sessions") instanceof ObjectNode sessions) {
					unindexed.forEach(sessions::set);
					AtomicFiles.writeString(index, PythonJsonWriter.pretty(o));
				} else {
					indexStale = true; // rebuilt from every meta when the committer closes
				}
				unindexed.clear();
			}
		}
	}

	/** Warnings the committed points carried (e.g. a parent's optimizer state that had to be replaced). */
	public synchronized List<String> warnings() {
		return List.copyOf(warnings);
	}

	@Override
	public void close() throws IOException {
		synchronized (this) {
			if (closed) {
				return;
			}
			closed = true;
		}
		try {
			flush();
			if (indexStale) {
				ArtifactStore.open(root).close(); // rebuilds a missing or unreadable index.json from the metas
			}
		} finally {
			sweepLock.close();
		}
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			ByteBuffer buffer = ByteBuffer.wrap(bytes);
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			channel.force(true);
		}
	}

	SweepJob job() {
		return job;
	}
}
