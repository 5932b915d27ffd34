package ttt.workbench.store.codec;

import ttt.workbench.store.StoreFormatException;

public final class Hashes {
	private Hashes() {
	}

	/** A SHA-256 in lower-case hex, as Python's {@code hexdigest()} writes it. */
	static String requireSha256(JsonFields f, String key) throws StoreFormatException {
		String value = f.requireString(key);
		if (!isSha256Hex(value)) {
			throw f.error("'" + key + "' must be a SHA-256 in lower-case hex (64 characters), found \"" + abbreviate(value) + "\"");
		}
		return value;
	}

	/** What {@code value.matches("[0-9a-f]{64}")} says, without compiling a pattern per value (read per session). */
	public static boolean isSha256Hex(String value) {
		if (value.length() != 64) {
			return false;
		}
		for (int i = 0; i < 64; i++) {
			char c = value.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}

	private static String abbreviate(String s) {
		return s.length() > 70 ? s.substring(0, 67) + "..." : s;
	}
}
