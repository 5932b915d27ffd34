package ttt.workbench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.io.IndexListing;
import ttt.workbench.store.io.StoreFiles;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreProblem;

/**
 * {@code list_sessions}: by default what the reference prints, the {@code sessions} object of {@code index.json} as
 * JSON (indent 2, sorted keys), so {@code ttt list_sessions | jq} works as with the Python tool; {@code --format
 * table} prints one line per session in tree order (parents before their forks) for people.
 */
final class ListSessionsCommand implements Command {

	static final String JSON = "json", TABLE = "table";

	@Override
	public String name() {
		return "list_sessions";
	}

	@Override
	public String summary() {
		return "list the sessions of the store (the index as JSON, or --format table)";
	}

	@Override
	public Options options() {
		return new Options(name()).choice("format", JSON, Set.of(JSON, TABLE), "json: the reference's output; table: a lineage table");
	}

	@Override
	public int run(CliContext context, Options options) throws Exception {
		boolean table = TABLE.equals(options.getString("format"));
		if (!table && !Files.isDirectory(context.artifactsRoot())) {
			// the reference creates an empty store here and prints its empty index; reading never writes here
			context.err().println("ttt: warning: no artifact store at " + context.artifactsRoot().toAbsolutePath());
			new ReferenceStdout(context.out()).json(JsonNodeFactory.instance.objectNode());
			return 0;
		}
		if (!table) {
			// a store with nothing to repair or warn about: the index's bytes printed as they are parsed, no model built
			var plain = IndexListing.ifCurrent(context.artifactsRoot());
			if (plain.isPresent()) {
				context.out().write(plain.get());
				context.out().println();
				return 0;
			}
			// the index is all the reference prints: summaries suffice (a stale index is rebuilt on the way)
			try (ArtifactStore store = StoreAccess.openSummaries(context)) {
				var asRead = store.takeIndexAsRead();
				if (asRead.isPresent()) { // the index the open found current: printed entry by entry, as json() would
					StringBuilder text = new StringBuilder(asRead.get().length + 64);
					IndexCodec.printSessions(asRead.get(), store.layout().index(), text);
					context.out().println(text);
				} else {
					new ReferenceStdout(context.out()).json(indexSessions(store));
				}
				return 0;
			}
		}
		try (ArtifactStore store = StoreAccess.open(context)) {
			printTable(context, store);
			return 0;
		}
	}

	/**
	 * The {@code sessions} object of {@code index.json} as it is on disk, as the reference reads it. Opening the store
	 * has already rebuilt the index if it was stale; a store without one has no sessions yet.
	 */
	private static JsonNode indexSessions(ArtifactStore store) throws IOException {
		if (!Files.exists(store.layout().index())) {
			return JsonNodeFactory.instance.objectNode();
		}
		JsonNode sessions = StoreFiles.readJson(store.root(), store.layout().index()).get("sessions");
		return sessions == null ? JsonNodeFactory.instance.objectNode() : sessions;
	}

	private static void printTable(CliContext context, ArtifactStore store) {
		List<Session> roots = store.model().getSessions().stream().filter(s -> s.getParent() == null)
				.sorted(Comparator.comparing(Session::getId)).toList();
		if (store.model().getSessions().isEmpty()) {
			context.out().println("no sessions in " + store.root());
			return;
		}
		context.out().printf("%-28s %-20s %-10s %7s %5s %8s  %s%n", "session_id", "parent", "env_mode", "mu", "runs", "commits",
				"last_run");
		for (Session root : roots) {
			print(context, root, 0);
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
