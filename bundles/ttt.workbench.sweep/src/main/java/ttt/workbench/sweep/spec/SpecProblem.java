package ttt.workbench.sweep.spec;

import java.io.Serializable;

/**
 * One problem of a sweep spec, where it is: {@code file:line:column: message} (line and column 1-based, as editors
 * count; 0 when the problem has no place in the file, for example a file that cannot be read).
 */
public record SpecProblem(String file, int line, int column, String message) implements Serializable {

	private static final long serialVersionUID = 1L;

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
	}
}
