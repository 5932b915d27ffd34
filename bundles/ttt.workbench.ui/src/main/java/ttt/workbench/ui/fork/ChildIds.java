package ttt.workbench.ui.fork;

import java.util.Optional;
import java.util.function.Predicate;

import ttt.workbench.store.SessionIds;

/** The child id the Fork dialog proposes, and why an id typed by the user cannot be used. */
public final class ChildIds {

	private ChildIds() {
	}

	/**
	 * {@code <parent>_fork_a}, {@code _fork_b}, … (the user's brief names forks this way), the first one not taken;
	 * after {@code _fork_z}, numbered. Falls back to a shorter stem when the parent's id is near the length limit.
	 */
	public static String suggest(String parentId, Predicate<String> taken) {
		String stem = parentId.length() > SessionIds.MAX_LENGTH - 12 ? parentId.substring(0, SessionIds.MAX_LENGTH - 12) : parentId;
		for (char c = 'a'; c <= 'z'; c++) {
			String id = stem + "_fork_" + c;
			if (!taken.test(id)) {
				return id;
			}
		}
		for (int n = 27;; n++) {
			String id = stem + "_fork_" + n;
			if (!taken.test(id)) {
				return id;
			}
		}
	}

	/** Empty when {@code id} can name a new session; otherwise the reason, in words for the dialog. */
	public static Optional<String> problem(String id, Predicate<String> taken) {
		if (id == null || id.isEmpty()) {
			return Optional.of("Enter an id for the new session");
		}
		Optional<String> invalid = SessionIds.problem(id);
		if (invalid.isPresent()) {
			return invalid;
		}
		if (taken.test(id)) {
			return Optional.of("A session \"" + id + "\" already exists in this store");
		}
		return Optional.empty();
	}
}
