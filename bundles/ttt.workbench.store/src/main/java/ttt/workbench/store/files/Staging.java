package ttt.workbench.store.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where writers assemble new folders (a session, a run, a base) and temporary files for {@code sessions/}: in
 * {@code <store>/.staging/}, on the store's own file system, outside {@code sessions/} and every {@code runs/}. The
 * reference's dashboard lists every folder of those two as a session or a run, so nothing may appear there before it
 * is complete, not even a hidden folder; a finished entry is renamed into place in one step.
 *
 * <p>An entry's name says which lock its writer holds while it exists ({@code <16 hex>.<purpose>.<lock>}, the lock
 * being {@link StoreLocks#STORE} or {@code session-<id>}). A later writer that can take that lock knows the owner is
 * gone (killed, crashed) and removes the entry ({@code StoreCleanup}); a live owner's entry is left alone.
 */
public final class Staging {

	public static final String DIR = ".staging";

	private static final Pattern NAME = Pattern.compile("[0-9a-f]{16}\\.([a-z0-9-]+)\\.(.+)");

	private Staging() {
	}

	public static Path dir(Path root) {
		return root.resolve(DIR);
	}

	/**
	 * A fresh, unused path in the staging folder (created if needed) for a writer that holds {@code ownerLock}.
	 * Nothing is created at the path itself.
	 *
	 * @param purpose lower-case letters, digits and '-' (what the entry becomes: "run", "session", "index", …)
	 */
	public static Path newEntry(Path root, String ownerLock, String purpose) throws IOException {
		if (!purpose.matches("[a-z0-9-]+")) {
			throw new IllegalArgumentException("purpose must be lower-case letters, digits or '-': " + purpose);
		}
		Path dir = dir(root);
		Files.createDirectories(dir);
		return dir.resolve(String.format("%016x", ThreadLocalRandom.current().nextLong()) + "." + purpose + "." + ownerLock);
	}

	/** The lock the writer of a staging entry holds while it exists; empty for a name this product does not write. */
	public static Optional<String> ownerLock(Path entry) {
		Matcher m = NAME.matcher(entry.getFileName().toString());
		return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
	}
}
