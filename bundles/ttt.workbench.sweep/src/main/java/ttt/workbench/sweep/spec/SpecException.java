package ttt.workbench.sweep.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A sweep spec that cannot be run: every problem found, each with its file, line and column. Nothing has been
 * written when this is thrown.
 */
public final class SpecException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<SpecProblem> problems;

	public SpecException(List<SpecProblem> problems) {
		super(problems.stream().map(SpecProblem::toString).collect(Collectors.joining("\n")));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("a spec exception needs at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public List<SpecProblem> problems() {
		return problems;
	}
}
