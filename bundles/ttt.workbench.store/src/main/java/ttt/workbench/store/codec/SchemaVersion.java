package ttt.workbench.store.codec;

import ttt.workbench.store.StoreFormatException;

/** The one store schema this version reads and writes, and the check every versioned file goes through. */
public final class SchemaVersion {

	public static final int CURRENT = 1;

	private SchemaVersion() {
	}

	static int check(JsonFields f) throws StoreFormatException {
		int version = f.requireInt("schema_version");
		if (version > CURRENT) {
			throw f.error("schema_version " + version + " was written by a newer program; this workbench reads schema_version "
					+ CURRENT + " (update the workbench, nothing was changed)");
		}
		if (version < 1) {
			throw f.error("schema_version " + version + " is not a valid version (expected " + CURRENT + ")");
		}
		return version;
	}
}
