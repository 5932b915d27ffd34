package ttt.workbench.engine.math;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Runs the independent tasks {@code 0 … tasks−1} of one {@link JvmBackend} call on the calling thread and, when there
 * are cores to spare, on a few shared daemon helper threads. Tasks are claimed from a counter, so the caller never waits
 * for a helper that has not started (a busy or missing helper only costs speed); the call returns when every task has
 * finished. Which thread runs which task does not matter to the result: each task writes only its own slot, and the
 * caller combines the slots in task order afterwards.
 *
 * <p>The helpers (one fewer than the available processors) are created on first use and end after a minute without
 * work, so an idle workbench keeps no threads.
 */
final class JvmParallel {

	/** Helper threads besides the caller. */
	static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

	private static final Object LOCK = new Object();
	private static ThreadPoolExecutor pool;

	private JvmParallel() {
	}

	/**
	 * Runs {@code body} for every task index, on at most {@code maxThreads} threads (the caller included).
	 *
	 * @throws RuntimeException or Error: the first failure of any task, after all tasks have ended
	 */
	static void forEach(int tasks, int maxThreads, IntConsumer body) {
		int helpers = Math.min(Math.min(HELPERS, maxThreads - 1), tasks - 1);
		if (helpers <= 0) {
			for (int t = 0; t < tasks; t++) {
				body.accept(t);
			}
			return;
		}
		AtomicInteger next = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(tasks);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Runnable worker = () -> {
			for (int t; (t = next.getAndIncrement()) < tasks;) {
				try {
					body.accept(t);
				} catch (Throwable e) {
					failure.compareAndSet(null, e);
				} finally {
					done.countDown();
				}
			}
		};
		ThreadPoolExecutor p = pool();
		for (int h = 0; h < helpers; h++) {
			try {
				p.execute(worker);
			} catch (RejectedExecutionException e) {
				break; // the caller does the work
			}
		}
		worker.run();
		boolean interrupted = false;
		while (true) {
			try {
				done.await();
				break;
			} catch (InterruptedException e) {
				interrupted = true; // the helpers still write into the caller's slots: wait for them
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		Throwable e = failure.get();
		if (e instanceof RuntimeException re) {
			throw re;
		}
		if (e instanceof Error err) {
			throw err;
		}
		if (e != null) {
			throw new IllegalStateException(e);
		}
	}

	private static ThreadPoolExecutor pool() {
		synchronized (LOCK) {
			if (pool == null) {
				AtomicInteger count = new AtomicInteger();
				pool = new ThreadPoolExecutor(HELPERS, HELPERS, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
					Thread t = new Thread(r, "ttt-jvm-backend-" + count.incrementAndGet());
					t.setDaemon(true);
					t.setContextClassLoader(JvmParallel.class.getClassLoader()); // not whatever the first caller had
					return t;
				});
				pool.allowCoreThreadTimeOut(true);
			}
			return pool;
		}
	}
}
