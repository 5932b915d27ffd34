package ttt.workbench.store;

import java.util.Optional;

/**
 * Which strings may name a session. An id becomes a folder name, so anything that could leave the sessions
 * folder, hide a file, or confuse a terminal or a file system is refused with a reason a person can act on.
 */
public final class SessionIds {

	/** Long enough for descriptive names, short enough for every file system's 255-byte name limit with run ids. */
	public static final int MAX_LENGTH = 128;

	private SessionIds() {
	}

	/** @return why {@code id} is not acceptable, or empty when it is */
	public static Optional<String> problem(String id) {
		if (id == null || id.isEmpty()) {
			return Optional.of("session id is empty");
		}
		if (id.length() > MAX_LENGTH) {
			return Optional.of("session id is " + id.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (c == '/' || c == '\\') {
				return Optional.of("session id must not contain a path separator ('" + c + "')");
			}
		}
		if (id.equals(".") || id.equals("..")) {
			return Optional.of("session id '" + id + "' names a folder, not a session");
		}
		if (id.startsWith(".")) {
			return Optional.of("session id must not start with '.' (hidden files are reserved for the store)");
		}
		for (int i = 0; i < id.length(); i++) {
			char c = id.charAt(i);
			if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				return Optional.of("session id contains a control character (U+" + String.format("%04X", (int) c) + ")");
			}
			if (Character.isWhitespace(c)) {
				return Optional.of("session id must not contain white space");
			}
			if (c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|') {
				return Optional.of("session id must not contain '" + c + "' (not portable to every file system)");
			}
		}
		return Optional.empty();
	}

	public static boolean isValid(String id) {
		return problem(id).isEmpty();
	}

	/** @throws IllegalArgumentException with the reason when the id is not acceptable */
	public static String requireValid(String id) {
		problem(id).ifPresent(p -> {
			throw new IllegalArgumentException(p);
		});
		return id;
	}
}
