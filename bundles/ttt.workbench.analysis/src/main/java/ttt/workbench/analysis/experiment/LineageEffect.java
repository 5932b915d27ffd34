package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Lineage effect page, for experiments whose members are forks (a sweep with {@code from: <session>}, or
 * hand-picked forks): each child's learning against its parent's, so that learning carried across a fork is visible.
 *
 * <p>The parent's reference is the parent run the fork started from ({@link Lineage#parentRun()}). Per shown fork:
 * <ul>
 * <li>{@link Row#parent()}: the parent run's value of the chosen figure, and {@link Row#child()}: the child's value
 * of the same figure in its first run ({@link Row#childLast()}: in its last run, the member's figure);</li>
 * <li>{@link Row#carried()}: the child's first-run persistent learning (base → session start: what the child knew when
 * it started, i.e. what it inherited) against {@link Row#parentTotal()}: the parent run's total learning (base →
 * adaptive: what the parent knew when it ended). On the same trajectory they would be equal; a child run's trajectory
 * differs (its seed), so the pair shows how much of the parent's learning carries over to new data.</li>
 * </ul>
 * Per parent: {@link #parents()} its run's figures, the reference the view draws as a line. Per configuration:
 * {@link #groups()} the mean ± std of child and carried over its shown forks. Immutable.
 */
public final class LineageEffect {

	/**
	 * One fork.
	 *
	 * @param member      member index
	 * @param parentId    the parent session
	 * @param parentRunId the parent's run the fork started from
	 * @param parent      that run's value of the figure
	 * @param child       the child's first run's value of the figure
	 * @param childLast   the child's last run's value of the figure
	 * @param carried     the child's first-run persistent learning
	 * @param parentTotal the parent run's total learning
	 */
	public record Row(int member, String parentId, String parentRunId, double parent, double child, double childLast, double carried,
			double parentTotal) {
	}

	/** A configuration's forks: mean ± std of {@link Row#child()} and {@link Row#carried()}. */
	public record Group(int configuration, Stat child, Stat carried) {
	}

	private final Experiment experiment;
	private final Figure figure;
	private final List<Row> rows;
	private final Map<String, RunFigures> parents;
	private final List<Group> groups;

	private LineageEffect(Experiment experiment, Figure figure, List<Row> rows, Map<String, RunFigures> parents, List<Group> groups) {
		this.experiment = experiment;
		this.figure = figure;
		this.rows = rows;
		this.parents = parents;
		this.groups = groups;
	}

	/** Whether some member is a fork of a parent that had run (the page has something to show). */
	public static boolean applies(Experiment e) {
		for (Member m : e.members()) {
			if (m.lineage() != null && m.lineage().parentRun() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param figure  a per-run figure ({@link Figure#PERSISTENT}, {@link Figure#ONLINE}, {@link Figure#TOTAL}, the
	 *                final-100 MSEs, {@link Figure#COMMIT_RATE}, {@link Figure#COMMITS}, {@link Figure#ROLLBACKS})
	 * @param visible the members shown (null: all)
	 */
	public static LineageEffect of(Experiment e, Figure figure, BitSet visible) {
		List<Row> rows = new ArrayList<>();
		Map<String, RunFigures> parents = new LinkedHashMap<>();
		for (Member m : e.members()) {
			if ((visible != null && !visible.get(m.index())) || m.lineage() == null || m.lineage().parentRun() == null
					|| m.runs().isEmpty()) {
				continue;
			}
			RunFigures p = m.lineage().parentRun();
			RunFigures first = m.runs().get(0);
			RunFigures last = m.lastRun() != null ? m.lastRun() : m.runs().get(m.runs().size() - 1);
			parents.putIfAbsent(m.lineage().parentId() + "/" + p.runId(), p);
			rows.add(new Row(m.index(), m.lineage().parentId(), p.runId(), p.figure(figure), first.figure(figure), last.figure(figure),
					first.figure(Figure.PERSISTENT), p.figure(Figure.TOTAL)));
		}
		List<Group> groups = new ArrayList<>();
		Map<Integer, List<Row>> byConfig = new LinkedHashMap<>();
		for (Row r : rows) {
			byConfig.computeIfAbsent(e.configurationOf(r.member()).index(), k -> new ArrayList<>()).add(r);
		}
		byConfig.forEach((c, rs) -> groups.add(new Group(c, Stat.of(rs.stream().mapToDouble(Row::child).toArray()),
				Stat.of(rs.stream().mapToDouble(Row::carried).toArray()))));
		return new LineageEffect(e, figure, List.copyOf(rows), java.util.Collections.unmodifiableMap(parents), List.copyOf(groups));
	}

	public Experiment experiment() {
		return experiment;
	}

	public Figure figure() {
		return figure;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The parents' reference runs, by {@code <parent id>/<run id>}. */
	public Map<String, RunFigures> parents() {
		return parents;
	}

	public List<Group> groups() {
		return groups;
	}

	/** CSV: one line per fork. */
	public String csv() {
		String f = figure.key();
		Csv csv = new Csv(List.of("session_id", "configuration", "parent_id", "parent_run_id", "parent_" + f, "child_first_" + f,
				"child_last_" + f, "carried_persistent", "parent_total"));
		for (Row r : rows) {
			Member m = experiment.members().get(r.member());
			csv.row(List.of(m.sessionId(), m.configurationKey(), r.parentId(), r.parentRunId(), Csv.num(r.parent()), Csv.num(r.child()),
					Csv.num(r.childLast()), Csv.num(r.carried()), Csv.num(r.parentTotal())));
		}
		return csv.toString();
	}
}
