package ttt.workbench.cli;

import java.io.IOException;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;

/**
 * {@code show_session --session_id ID}: by default what the reference prints, the session's {@code meta.json} as
 * JSON (indent 2, sorted keys, unknown top-level keys included); {@code --format table} adds the latest metrics, the
 * runs and the forks for people.
 */
final class ShowSessionCommand implements Command {

	@Override
	public String name() {
		return "show_session";
	}

	@Override
	public String summary() {
		return "print a session's metadata, latest metrics and runs";
	}

	@Override
	public Options options() {
		return new Options(name()).required("session_id", "the session to show").choice("format", ListSessionsCommand.JSON,
				java.util.Set.of(ListSessionsCommand.JSON, ListSessionsCommand.TABLE),
				"json: the reference's output (the meta); table: meta, metrics, runs and forks");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		// summaries, then this one session's details: on 100,000 sessions one folder read instead of all of them
		try (ArtifactStore store = StoreAccess.openSummaries(context)) {
			Session s = StoreAccess.loadDetails(context, store, requireSession(store, options.getString("session_id")));
			if (ListSessionsCommand.JSON.equals(options.getString("format"))) {
				new ReferenceStdout(context.out()).json(SessionMetaCodec.write(s));
				return 0;
			}
			context.out().println("meta:");
			context.out().println(PythonJsonWriter.pretty(SessionMetaCodec.write(s)));
			if (s.getMetrics() != null) {
				context.out().println("metrics:");
				context.out().println(PythonJsonWriter.pretty(MetricsCodec.write(s.getMetrics())));
			}
			context.out().println("runs: " + s.getRuns().size());
			for (Run r : s.getRuns()) {
				context.out().printf("  %-40s steps %5d  updates %3d (%d committed)%n", r.getId(), r.getSteps(), r.getEvents().size(),
						r.getEvents().stream().filter(e -> e.isCommitted()).count());
			}
			context.out().println("children: " + String.join(", ", s.getChildren().stream().map(Session::getId).toList()));
			return 0;
		}
	}

	static Session requireSession(ArtifactStore store, String id) throws IOException {
		Session s = store.model().findSession(id);
		if (s == null) {
			throw new IOException("unknown session \"" + id + "\" in " + store.root()
					+ (store.model().getSessions().isEmpty() ? " (the store has no sessions)" : ""));
		}
		return s;
	}
}
