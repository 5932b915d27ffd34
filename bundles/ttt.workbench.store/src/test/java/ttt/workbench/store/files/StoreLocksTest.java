package ttt.workbench.store.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreLocksTest {

	@TempDir
	Path store;

	@Test
	void aLockHeldByAnotherProcessKeepsUsOutUntilItIsReleased() throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process other = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				LockHolderMain.class.getName(), store.toString(), "session-s1")).redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream()));
			assertEquals("locked", out.readLine(), "the second process must report that it holds the lock");
			StoreLocks locks = new StoreLocks(store);
			StoreLocks.LockTimeoutException busy = assertThrows(StoreLocks.LockTimeoutException.class,
					() -> locks.acquire("session-s1", Duration.ofMillis(300)));
			assertTrue(busy.getMessage().contains("another process"), busy.getMessage());
			// a different session is not blocked
			try (StoreLocks.Held other2 = locks.acquire("session-s2", Duration.ZERO)) {
				// held
			}
			other.getOutputStream().close(); // lets the other process release and exit
			assertTrue(other.waitFor(30, TimeUnit.SECONDS));
			try (StoreLocks.Held held = locks.acquire("session-s1", Duration.ofSeconds(5))) {
				// now ours
			}
		} finally {
			other.destroyForcibly();
		}
	}

	@Test
	void threadsOfOneProcessExcludeEachOther() throws Exception {
		StoreLocks locks = new StoreLocks(store);
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger maxInside = new AtomicInteger();
		CountDownLatch done = new CountDownLatch(4);
		for (int t = 0; t < 4; t++) {
			new Thread(() -> {
				try {
					for (int i = 0; i < 20; i++) {
						try (StoreLocks.Held held = locks.acquire(StoreLocks.STORE, Duration.ofSeconds(30))) {
							maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
							Thread.sleep(1);
							inside.decrementAndGet();
						}
					}
				} catch (Exception e) {
					throw new IllegalStateException(e);
				} finally {
					done.countDown();
				}
			}).start();
		}
		assertTrue(done.await(60, TimeUnit.SECONDS));
		assertEquals(1, maxInside.get(), "two threads held the store lock at once");
	}

	@Test
	void twoInstancesOnOneStoreInOneProcessWaitForEachOther() throws Exception {
		StoreLocks first = new StoreLocks(store);
		StoreLocks second = new StoreLocks(store);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread holder = new Thread(() -> {
			try (StoreLocks.Held h = first.acquire(StoreLocks.STORE, Duration.ZERO)) {
				held.countDown();
				release.await();
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		holder.start();
		assertTrue(held.await(10, TimeUnit.SECONDS));
		assertThrows(StoreLocks.LockTimeoutException.class, () -> second.acquire(StoreLocks.STORE, Duration.ofMillis(200)),
				"a second instance must wait (and time out), not throw OverlappingFileLockException");
		release.countDown();
		holder.join();
		try (StoreLocks.Held h = second.acquire(StoreLocks.STORE, Duration.ofSeconds(5))) {
			// free again
		}
	}

	@Test
	void theSameThreadMayReenter() throws Exception {
		StoreLocks locks = new StoreLocks(store);
		try (StoreLocks.Held outer = locks.acquire(StoreLocks.STORE, Duration.ZERO);
				StoreLocks.Held inner = locks.acquire(StoreLocks.STORE, Duration.ZERO)) {
			// both held
		}
		try (StoreLocks.Held again = locks.acquire(StoreLocks.STORE, Duration.ZERO)) {
			// released properly
		}
	}
}
