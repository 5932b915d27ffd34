package ttt.workbench.store.files;

import java.nio.file.Path;
import java.time.Duration;

/** Second process for {@link StoreLocksTest}: takes a lock, says so on stdout, holds it until stdin closes. */
public final class LockHolderMain {
	private LockHolderMain() {
	}

	public static void main(String[] args) throws Exception {
		StoreLocks locks = new StoreLocks(Path.of(args[0]));
		try (StoreLocks.Held held = locks.acquire(args[1], Duration.ofSeconds(30))) {
			System.out.println("locked");
			System.out.flush();
			while (System.in.read() >= 0) {
				// hold the lock until the parent closes our stdin
			}
		}
	}
}
