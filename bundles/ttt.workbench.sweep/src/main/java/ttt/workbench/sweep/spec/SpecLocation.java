package ttt.workbench.sweep.spec;

import java.io.Serializable;

/** Where a key or value of a spec is: file, 1-based line and column. */
public record SpecLocation(String file, int line, int column) implements Serializable {

	private static final long serialVersionUID = 1L;

	public SpecProblem problem(String message) {
		return new SpecProblem(file, line, column, message);
	}
}
