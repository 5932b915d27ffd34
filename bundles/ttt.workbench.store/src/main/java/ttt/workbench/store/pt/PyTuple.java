package ttt.workbench.store.pt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A Python tuple. Kept apart from {@link List} (a Python list) because torch and the reference care about the
 * difference: {@code ns_coefficients} is a tuple, {@code params} a list, and writing one as the other would change the
 * Python type the reference reads back. Items may be {@code null} (None). Immutable; equality by content.
 */
public record PyTuple(List<Object> items) {

	public PyTuple {
		Objects.requireNonNull(items, "items");
		// List.copyOf would refuse None items, so copy by hand.
		items = Collections.unmodifiableList(new ArrayList<>(items));
	}

	public static PyTuple of(Object... items) {
		return new PyTuple(Arrays.asList(items));
	}

	public int size() {
		return items.size();
	}

	public Object get(int index) {
		return items.get(index);
	}

	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("(");
		for (int i = 0; i < items.size(); i++) {
			sb.append(i == 0 ? "" : ", ").append(items.get(i));
		}
		return sb.append(items.size() == 1 ? ",)" : ")").toString();
	}
}
