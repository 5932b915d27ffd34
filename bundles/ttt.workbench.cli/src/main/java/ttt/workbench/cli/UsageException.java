package ttt.workbench.cli;

/** A command line that cannot be understood: reported with the usage and exit code 2, as argparse does. */
public final class UsageException extends Exception {
	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
