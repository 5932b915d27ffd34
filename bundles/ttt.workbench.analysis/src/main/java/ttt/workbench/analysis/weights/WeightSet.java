package ttt.workbench.analysis.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ttt.workbench.store.model.Tensor;

/** The plastic matrices W_u, B, W_o of one state (a session, a run's end, the base), in that order. */
public record WeightSet(String label, List<Matrix> matrices) {

	public static final List<String> PLASTIC = List.of("W_u", "B", "W_o");

	/** The plastic tensors among {@code tensors} (the base's a_raw is left out), in the order W_u, B, W_o. */
	public static WeightSet of(String label, List<Tensor> tensors) {
		List<Matrix> out = new ArrayList<>();
		for (String name : PLASTIC) {
			tensors.stream().filter(t -> name.equals(t.getName())).findFirst().map(Matrix::of).ifPresent(out::add);
		}
		return new WeightSet(label, List.copyOf(out));
	}

	public Optional<Matrix> get(String name) {
		return matrices.stream().filter(m -> m.name().equals(name)).findFirst();
	}

	public boolean isComplete() {
		return matrices.size() == PLASTIC.size();
	}

	/** {@code this − other} per matrix (a matrix missing from either, or of another shape, is left out). */
	public WeightSet minus(WeightSet other, String label) {
		List<Matrix> out = new ArrayList<>();
		for (Matrix m : matrices) {
			other.get(m.name()).filter(m::sameShape).ifPresent(o -> out.add(m.minus(o)));
		}
		return new WeightSet(label, List.copyOf(out));
	}
}
