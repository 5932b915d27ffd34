package ttt.workbench.analysis.experiment;

/**
 * A filter expression that cannot be read: the message names the offending token and its column (1-based), e.g.
 * {@code column 9: unknown name "lrx" (known: mu, lr, seed, persistent, …)}.
 */
public final class FilterException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final int position;
	private final String token;

	FilterException(int position, String token, String message) {
		super("column " + (position + 1) + ": " + message);
		this.position = position;
		this.token = token;
	}

	/** Offset of the token in the expression (0-based; the message says the 1-based column). */
	public int position() {
		return position;
	}

	/** The token as written ("" at the end of the text). */
	public String token() {
		return token;
	}
}
