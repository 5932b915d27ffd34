package ttt.workbench.cli;

/**
 * One sub-command of the command line: its flags and what it does. Public as a service interface: a bundle that the
 * engine cannot depend on (the sweep bundle) contributes commands through {@link java.util.ServiceLoader} with a
 * {@code META-INF/services/ttt.workbench.cli.Command} file on the class path the {@code ttt} script assembles.
 */
public interface Command {

	String name();

	/** One line for the command overview. */
	String summary();

	/** A fresh declaration of the command's flags (parsed once per invocation). */
	Options options();

	/** @return the process exit code */
	int run(CliContext context, Options options) throws Exception;
}
