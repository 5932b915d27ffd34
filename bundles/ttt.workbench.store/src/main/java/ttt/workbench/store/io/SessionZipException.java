package ttt.workbench.store.io;

import java.nio.file.Path;

import ttt.workbench.store.StoreFormatException;

/**
 * A session zip that {@link SessionZipReader} refuses, or a store it refuses to import it into. The message starts
 * with the zip (or the store file concerned), then names the entry and says what is wrong. When this is thrown the
 * store's sessions, base, sweeps and index are as they were.
 */
public final class SessionZipException extends StoreFormatException {

	private static final long serialVersionUID = 1L;

	private final String entry;

	/** @param entry the zip entry concerned, or {@code null} for the zip (or store) as a whole */
	public SessionZipException(Path file, String entry, String problem) {
		super(file, entry == null ? problem : "entry '" + printable(entry) + "' " + problem);
		this.entry = entry;
	}

	/** The entry concerned, or {@code null}. */
	public String entry() {
		return entry;
	}

	static String printable(String s) {
		String p = s.replaceAll("\\p{Cntrl}", "?");
		return p.length() > 120 ? p.substring(0, 117) + "..." : p;
	}
}
