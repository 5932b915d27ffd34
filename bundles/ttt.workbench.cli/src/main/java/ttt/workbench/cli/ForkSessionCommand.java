package ttt.workbench.cli;

import ttt.workbench.engine.session.ForkSession;

/**
 * {@code fork_session}: a child session from the parent's current weights (or the end of one of its runs). Standard
 * output is the reference's four {@code [session] …} lines.
 */
final class ForkSessionCommand implements Command {

	@Override
	public String name() {
		return "fork_session";
	}

	@Override
	public String summary() {
		return "fork a session into a child that inherits its weights";
	}

	@Override
	public Options options() {
		return new Options(name()).required("parent_session_id", "session to fork").required("child_session_id", "id of the child")
				.integer("copy_optimizer", 1, "1: copy the parent's optimizer momentum")
				.integer("reset_optimizer", 0, "1: start the child with a fresh optimizer (wins over --copy_optimizer)")
				.string("from_run", null, "fork from the weights at the end of this run of the parent")
				.string("note", null, "a note stored in the child's meta.json (fork_note)");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		boolean copy = o.getInt("copy_optimizer") != 0 && o.getInt("reset_optimizer") == 0;
		try (var store = StoreAccess.openSummaries(context)) { // the procedure reads its sessions' folders
			ForkSession.Result r = ForkSession.run(store, new ForkSession.Request(o.getString("parent_session_id"),
					o.getString("child_session_id"), copy, o.getString("from_run"), o.getString("note")));
			r.warnings().forEach(w -> context.err().println("ttt: warning: " + w));
			new ReferenceStdout(context.out()).sessionCreated(r.child());
			context.err().printf("forked %s -> %s (%s optimizer%s)%n", o.getString("parent_session_id"), r.child().getId(),
					copy ? "copied" : "fresh", o.getString("from_run") == null ? "" : ", from run " + o.getString("from_run"));
		}
		return 0;
	}
}
