package ttt.workbench.store.io;

import java.nio.file.Path;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.StoreProblem;

/**
 * Collects what is wrong with a store into {@link Store#getProblems()} instead of failing the whole load: each
 * problem names the file (relative to the store root) and says what is wrong, so the rest stays usable.
 */
final class Problems {

	private final Store store;
	private final Path root;

	Problems(Store store, Path root) {
		this.store = store;
		this.root = root;
	}

	void error(Path file, String message) {
		add(file, message, ProblemSeverity.ERROR);
	}

	/** A problem at a known line of a text file (also recorded in {@link StoreProblem#getLine()}). */
	void error(Path file, int line, String message) {
		add(file, message, ProblemSeverity.ERROR);
		store.getProblems().get(store.getProblems().size() - 1).setLine(line);
	}

	void info(Path file, String message) {
		add(file, message, ProblemSeverity.INFO);
	}

	void warning(Path file, String message) {
		add(file, message, ProblemSeverity.WARNING);
	}

	void error(StoreFormatException e) {
		add(e.file(), e.problem(), ProblemSeverity.ERROR);
	}

	private void add(Path file, String message, ProblemSeverity severity) {
		StoreProblem p = StoreFactory.eINSTANCE.createStoreProblem();
		p.setPath(relative(file));
		p.setMessage(message);
		p.setSeverity(severity);
		store.getProblems().add(p);
	}

	String relative(Path file) {
		if (file == null) {
			return "";
		}
		Path abs = file.toAbsolutePath().normalize();
		Path base = root.toAbsolutePath().normalize();
		return abs.startsWith(base) ? base.relativize(abs).toString() : file.toString();
	}
}
