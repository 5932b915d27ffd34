package ttt.workbench.store.pt;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python {@code collections.OrderedDict}: a {@link LinkedHashMap} (so code that only wants "a dict in file order"
 * can ignore the difference) that remembers it was an OrderedDict and keeps the instance attributes the pickle set on
 * it. {@code model.state_dict()} is such an OrderedDict with the attribute {@code _metadata}
 * ({@code OrderedDict([('', {'version': 1})])}); keeping it lets a base checkpoint be written back as the reference
 * wrote it.
 *
 * <p>{@link #equals} is {@link java.util.AbstractMap#equals}: items only, neither order nor attributes.
 */
public final class PyOrderedDict extends LinkedHashMap<Object, Object> {

	private static final long serialVersionUID = 1L;

	private final LinkedHashMap<String, Object> attributes = new LinkedHashMap<>();

	public PyOrderedDict() {
	}

	public PyOrderedDict(Map<?, ?> items) {
		putAll(items);
	}

	/** The instance attributes ({@code vars(d)} in Python), live and mutable. */
	public Map<String, Object> attributes() {
		return attributes;
	}
}
