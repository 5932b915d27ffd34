package ttt.workbench.store.io;

import java.nio.file.Path;

import ttt.workbench.store.StoreFormatException;

/**
 * A Phase 0 run folder that {@link Phase0Importer} refuses to import, or a store it refuses to import into. Like every
 * {@link StoreFormatException} the message starts with the file the problem is about (a file of the Phase 0 folder,
 * or of the store), then says in plain words what is wrong and, where there is one, what to do. When this is thrown
 * nothing has been written.
 */
public final class Phase0ImportException extends StoreFormatException {

	private static final long serialVersionUID = 1L;

	public Phase0ImportException(Path file, String problem) {
		super(file, problem);
	}
}
