package ttt.workbench.store.pt;

import java.nio.file.Path;
import java.util.Map;

/**
 * Typed access to the values read from one file, turning a missing key or a wrong Python type into a
 * {@link PtFormatException} that names the file, where in the file, and what was expected.
 */
final class PtFields {

	private final String file;

	PtFields(Path file) {
		this.file = file.toString();
	}

	PtFormatException error(String detail) {
		return new PtFormatException(file, detail);
	}

	/** {@code value} as a dict whose keys are all str. */
	@SuppressWarnings("unchecked")
	Map<String, Object> stringDict(Object value, String where) throws PtFormatException {
		if (!(value instanceof Map<?, ?> map)) {
			throw error(where + " is a " + PyTypes.name(value) + ", expected a dict");
		}
		for (Object key : map.keySet()) {
			if (!(key instanceof String)) {
				throw error(where + " has a key of type " + PyTypes.name(key) + " (" + key + "), expected str keys");
			}
		}
		return (Map<String, Object>) map;
	}

	Object require(Map<?, ?> map, String key, String where) throws PtFormatException {
		if (!map.containsKey(key)) {
			throw error(where + " lacks key '" + key + "' (has " + map.keySet() + ")");
		}
		return map.get(key);
	}

	FloatTensor tensor(Map<?, ?> map, String key, String where) throws PtFormatException {
		Object v = require(map, key, where);
		if (!(v instanceof FloatTensor t)) {
			throw error("'" + key + "' in " + where + " is a " + PyTypes.name(v) + ", expected a tensor");
		}
		return t;
	}
}
