package ttt.workbench.store.codec;

import ttt.workbench.store.StoreFormatException;

final class Hashes {
	private Hashes() {
	}

	/** A SHA-256 in lower-case hex, as Python's {@code hexdigest()} writes it. */
	static String requireSha256(JsonFields f, String key) throws StoreFormatException {
		String value = f.requireString(key);
		if (!value.matches("[0-9a-f]{64}")) {
			throw f.error("'" + key + "' must be a SHA-256 in lower-case hex (64 characters), found \"" + abbreviate(value) + "\"");
		}
		return value;
	}

	private static String abbreviate(String s) {
		return s.length() > 70 ? s.substring(0, 67) + "..." : s;
	}
}
