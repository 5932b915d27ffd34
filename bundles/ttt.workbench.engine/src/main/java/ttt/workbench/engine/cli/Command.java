package ttt.workbench.engine.cli;

/** One sub-command of the command line: its flags and what it does. */
interface Command {

	String name();

	/** One line for the command overview. */
	String summary();

	/** A fresh declaration of the command's flags (parsed once per invocation). */
	Options options();

	/** @return the process exit code */
	int run(CliContext context, Options options) throws Exception;
}
