package ttt.workbench.analysis.tree;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.model.Session;
import ttt.workbench.analysis.live.SweepStatus;

/**
 * Sweeps in the Session Tree. A session whose meta has a {@code sweep} key (SPEC §6: name, point, parameters, from,
 * runs) hangs under a group node of its sweep instead of directly under its parent; the group hangs where the sweep
 * starts: under the base for {@code from: base}, under the forked session for {@code from: <id>}. The group is keyed
 * by the sweep's name and that start, so a damaged store where sessions of one name start from different places
 * still shows every session under its real parent. SWT-free: plain JUnit tests check it.
 */
public final class SweepGroups {

	/** Group node ids start with a control character: they cannot clash with session ids or the base. */
	static final String PREFIX = "\u0000sweep ";
	/** A sweep with more sessions than this opens collapsed behind its +N badge. */
	static final int OPEN_LIMIT = 24;
	private static final int NAME_CHARS = 26;

	/**
	 * One sweep as the tree shows it.
	 *
	 * @param attachId the node it hangs under ({@code baseId} or the id of the session every point forked)
	 * @param members  its sessions, in the order given
	 */
	public record Group(String id, String name, String attachId, List<Session> members) {
	}

	private SweepGroups() {
	}

	public static boolean isGroup(String nodeId) {
		return nodeId != null && nodeId.startsWith(PREFIX);
	}

	static String groupId(String name, String attachId) {
		return PREFIX + name + "\u0000" + attachId;
	}

	/** The sweep name of a session's {@code sweep} key, or null when it is not part of a sweep. */
	static String sweepOf(Session s) {
		JsonNode key = s.getExtraJson() == null ? null : s.getExtraJson().get("sweep");
		if (key == null || !key.isObject() || !key.path("name").isTextual() || key.path("name").asText().isEmpty()) {
			return null;
		}
		return key.path("name").asText();
	}

	/** The groups of {@code sessions}, in the order their first session appears, keyed by group id. */
	static Map<String, Group> of(Collection<Session> sessions, String baseId) {
		Map<String, Group> groups = new LinkedHashMap<>();
		for (Session s : sessions) {
			String name = sweepOf(s);
			if (name == null) {
				continue;
			}
			String attach = s.getParent() == null ? baseId : s.getParent().getId();
			String id = groupId(name, attach);
			groups.computeIfAbsent(id, k -> new Group(k, name, attach, new ArrayList<>())).members().add(s);
		}
		return groups;
	}

	/** {@code sweep <name> · done/total} and the state in words; {@code status} may be null (size unknown yet). */
	static String label(Group g, SweepStatus status) {
		String name = g.name().length() > NAME_CHARS ? g.name().substring(0, NAME_CHARS - 1) + "…" : g.name();
		int done = g.members().size();
		if (status == null) {
			return "sweep " + name + "\n" + done + (done == 1 ? " session" : " sessions");
		}
		StringBuilder state = new StringBuilder();
		if (status.running()) {
			state.append("running…");
		} else if (done >= status.total()) {
			state.append("complete");
		} else {
			state.append(status.total() - done).append(" not done");
		}
		if (status.failed() > 0) {
			state.append(" · ").append(status.failed()).append(" failed");
		}
		return "sweep " + name + " · " + done + "/" + status.total() + "\n" + state;
	}

	/** What the group stands for, one fact a line: spec summary (from the sessions' sweep keys) and counts. */
	static String tooltip(Group g, SweepStatus status) {
		StringBuilder t = new StringBuilder("sweep ").append(g.name());
		JsonNode first = g.members().get(0).getExtraJson().get("sweep");
		t.append("\nfrom: ").append(first.path("from").asText("base"));
		if (first.has("reset_optimizer")) {
			t.append(first.path("reset_optimizer").asBoolean() ? " (fresh optimizer)" : " (parent's momentum)");
		}
		t.append("\nruns: ").append(values(first.path("runs")));
		if (status != null && g.members().size() < status.total()) {
			t.append("\nin the ").append(g.members().size()).append(" sessions made so far:");
		}
		Map<String, Set<String>> axes = new LinkedHashMap<>();
		for (Session s : g.members()) {
			s.getExtraJson().get("sweep").path("parameters").properties()
					.forEach(e -> axes.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()).add(text(e.getValue())));
		}
		axes.forEach((key, vals) -> {
			t.append('\n').append(key.equals("seed") ? "seeds" : key).append(vals.size() == 1 && !key.equals("seed") ? " = " : ": ");
			t.append(vals.size() <= 8 ? String.join(", ", vals) : vals.size() + " values");
		});
		int done = g.members().size();
		t.append("\n\nsessions: ").append(done);
		if (status != null) {
			t.append(" of ").append(status.total()).append(" points done");
			if (status.failed() > 0) {
				t.append(", ").append(status.failed()).append(" failed");
			}
			if (status.running()) {
				t.append(" (running now)");
			} else if (done < status.total()) {
				t.append("\nSession > Run Sweep... with the same spec finishes the rest");
			}
		}
		return t.toString();
	}

	private static String values(JsonNode array) {
		List<String> v = new ArrayList<>();
		array.forEach(n -> v.add(text(n)));
		return "[" + String.join(", ", v) + "]";
	}

	private static String text(JsonNode n) {
		return n.isNull() ? "null" : n.isTextual() ? n.asText() : n.toString();
	}
}
