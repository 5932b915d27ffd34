package ttt.workbench.store.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks that hold across processes (the workbench, the CLI, a second CLI) and across threads of one
 * process: an OS file lock on {@code <store>/.locks/<name>.lock} plus an in-process lock, because the JVM refuses
 * to take the same file lock twice and file locks do not exclude threads of the owning process.
 *
 * <p>Lock files live in their own folder, never inside a session folder, so the reference sees no stray files.
 * Order to avoid deadlock: the store lock ({@link #STORE}) is always taken before a session lock.
 */
public final class StoreLocks {

	/** Name of the lock for changes that span sessions: the index, creating or deleting sessions, the base. */
	public static final String STORE = "store";
	public static final String LOCK_DIR = ".locks";

	/** The name of the lock of one session (one writer per session at a time). */
	public static String sessionLock(String sessionId) {
		return "session-" + sessionId;
	}

	/**
	 * In-process locks keyed by lock file, shared by every instance in this JVM: two {@code StoreLocks} on the same
	 * store (the workbench's and an importer's) must exclude each other, and the JVM throws instead of waiting when
	 * one process asks twice for the same file lock.
	 */
	private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL = new ConcurrentHashMap<>();

	private final Path lockDir;

	public StoreLocks(Path storeRoot) {
		this.lockDir = storeRoot.resolve(LOCK_DIR);
	}

	/** A held lock; closing releases it. */
	public interface Held extends AutoCloseable {
		@Override
		void close() throws IOException;
	}

	/**
	 * @param name {@link #STORE} or {@code "session-" + id} (ids are validated before they get here)
	 * @param timeout how long to wait for another holder; zero means try once
	 * @throws LockTimeoutException when someone else holds the lock for longer than {@code timeout}
	 */
	public Held acquire(String name, Duration timeout) throws IOException {
		long deadline = System.nanoTime() + timeout.toNanos();
		ReentrantLock threadLock = LOCAL.computeIfAbsent(lockDir.toAbsolutePath().normalize().resolve(name + ".lock"),
				n -> new ReentrantLock());
		try {
			if (!threadLock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new LockTimeoutException(name, "held by another task of this program");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for lock " + name, e);
		}
		if (threadLock.getHoldCount() > 1) {
			// re-entry by the same thread: the file lock is already ours
			return threadLock::unlock;
		}
		try {
			Files.createDirectories(lockDir);
			FileChannel channel = FileChannel.open(lockDir.resolve(name + ".lock"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock fileLock = waitForFileLock(channel, name, deadline);
			return () -> {
				try {
					fileLock.release();
					channel.close();
				} finally {
					threadLock.unlock();
				}
			};
		} catch (IOException | RuntimeException e) {
			threadLock.unlock();
			throw e;
		}
	}

	private static FileLock waitForFileLock(FileChannel channel, String name, long deadline) throws IOException {
		long pause = 5;
		while (true) {
			FileLock lock = channel.tryLock();
			if (lock != null) {
				return lock;
			}
			if (System.nanoTime() >= deadline) {
				channel.close();
				throw new LockTimeoutException(name, "held by another process (the workbench or a command line)");
			}
			try {
				Thread.sleep(pause);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				channel.close();
				throw new IOException("interrupted while waiting for lock " + name, e);
			}
			pause = Math.min(100, pause * 2);
		}
	}

	/** Thrown when a lock stays taken: the message says who is likely holding it. */
	public static final class LockTimeoutException extends IOException {
		private static final long serialVersionUID = 1L;

		LockTimeoutException(String name, String holder) {
			super("the store is busy: lock '" + name + "' is " + holder + "; try again when it has finished");
		}
	}
}
