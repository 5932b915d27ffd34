package ttt.workbench.analysis.session.table;

import java.util.Locale;

import ttt.workbench.analysis.session.SessionFacts;

/**
 * The Sessions table's filter: every whitespace-separated word of the query must occur (ignoring case) in the
 * session id, parent, root, env_mode or fork note. An empty query keeps every session. SWT-free.
 */
public record SessionFilter(String[] words) {

	public static SessionFilter of(String query) {
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		return new SessionFilter(q.isEmpty() ? new String[0] : q.split("\\s+"));
	}

	public boolean isEmpty() {
		return words.length == 0;
	}

	public boolean matches(SessionFacts f) {
		for (String w : words) {
			if (!(contains(f.id(), w) || contains(f.parentId(), w) || contains(f.rootId(), w) || contains(f.envMode(), w)
					|| contains(f.note(), w))) {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(String field, String word) {
		return field != null && field.toLowerCase(Locale.ROOT).contains(word);
	}
}
