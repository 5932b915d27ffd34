package ttt.workbench.engine.cli;

import java.util.Comparator;
import java.util.List;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreProblem;

/** {@code list_sessions}: one line per session, in tree order (parents before their forks). */
final class ListSessionsCommand implements Command {

	@Override
	public String name() {
		return "list_sessions";
	}

	@Override
	public String summary() {
		return "list the sessions of the store with their lineage";
	}

	@Override
	public Options options() {
		return new Options(name());
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		try (ArtifactStore store = StoreAccess.open(context)) {
			List<Session> roots = store.model().getSessions().stream().filter(s -> s.getParent() == null)
					.sorted(Comparator.comparing(Session::getId)).toList();
			if (store.model().getSessions().isEmpty()) {
				context.out().println("no sessions in " + store.root());
				return 0;
			}
			context.out().printf("%-28s %-20s %-10s %7s %5s %8s  %s%n", "session_id", "parent", "env_mode", "mu", "runs", "commits",
					"last_run");
			for (Session root : roots) {
				print(context, root, 0);
			}
			return 0;
		}
	}

	private static void print(CliContext context, Session s, int depth) {
		long commits = s.getEvents().stream().filter(e -> e.isCommitted()).count();
		String last = s.getLastRunAtUnix() == null ? "never" : java.time.Instant.ofEpochSecond(s.getLastRunAtUnix().longValue()).toString();
		context.out().printf("%-28s %-20s %-10s %7.4f %5d %8d  %s%n", "  ".repeat(depth) + s.getId(),
				s.getParentId() == null ? "-" : s.getParentId() + (s.isOrphan() ? " (missing)" : ""), s.getEnvMode().getLiteral(),
				s.getMu(), s.getRuns().size(), commits, last);
		s.getChildren().stream().sorted(Comparator.comparing(Session::getId)).forEach(c -> print(context, c, depth + 1));
	}

	static void warnProblems(CliContext context, List<StoreProblem> problems) {
		for (StoreProblem p : problems) {
			context.err().println("ttt: " + p.getSeverity().getLiteral() + ": " + p.getPath() + ": " + p.getMessage());
		}
	}
}
