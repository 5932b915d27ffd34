package ttt.workbench.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A store file that cannot be read as what it should be. The message always starts with the file, so that
 * whoever sees it (a dialog, the Error Log, the CLI) knows which file to look at.
 */
public class StoreFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String problem;

	public StoreFormatException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
		this.problem = problem;
	}

	public StoreFormatException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/** The file that could not be read. */
	public Path file() {
		return file;
	}

	/** What is wrong with it, without the file name. */
	public String problem() {
		return problem;
	}
}
