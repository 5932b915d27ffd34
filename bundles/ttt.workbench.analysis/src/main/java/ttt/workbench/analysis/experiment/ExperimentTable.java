package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The Table page: one row per point (member) and one per configuration (members equal apart from the seed), for the
 * members shown ({@link ExperimentSelection#visible()}; null = all). Immutable.
 *
 * <p><b>Configuration rows</b> aggregate every {@link Figure} over the configuration's <em>shown</em> members (filter
 * first, then group, as W&amp;B does): {@link Stat} mean, sample std (n − 1; blank when n = 1) and n (members with a
 * value). A configuration with no shown member has no row.
 *
 * <p><b>Columns</b> ({@link #columns()}): {@code point}, {@code session_id}, the parameters, {@code seed}, {@code n},
 * then the figures. {@link #sort} orders rows by any column (numbers numerically, categories in the dimension's
 * order, text alphabetically; missing values last in both directions; stable). <b>Best</b>: {@link Row#best()} marks
 * the point rows, and separately the configuration rows (by mean), with the best value of the chosen figure in the
 * chosen direction (all ties marked).
 */
public final class ExperimentTable {

	public enum RowKind {
		POINT, CONFIGURATION
	}

	/** A column: {@code dimension} is null for {@code point}, {@code session_id} and {@code n}. */
	public record Column(String key, String label, Dimension dimension) {
	}

	/**
	 * One row.
	 *
	 * @param kind      point or configuration
	 * @param index     the member index (points) or configuration index
	 * @param sessionId the session (points), or null
	 * @param point     the sweep point (points of a sweep), else −1
	 * @param values    per column of {@link ExperimentTable#columns()}: the sortable value (numbers; category
	 *                  indexes; NaN when missing or not applicable, e.g. a configuration's seed); for figure columns of
	 *                  configuration rows the mean
	 * @param stats     per {@link Figure} (by ordinal): points have n = 1 (or 0 when missing) and no std
	 * @param n         members (1 for a point row)
	 * @param best      whether this row has the best value of the chosen figure among rows of its kind
	 */
	public record Row(RowKind kind, int index, String sessionId, int point, double[] values, Stat[] stats, int n, boolean best) {

		public Stat stat(Figure f) {
			return stats[f.ordinal()];
		}
	}

	private final Experiment experiment;
	private final List<Column> columns;
	private final List<Row> points;
	private final List<Row> configurations;
	private final Figure bestBy;
	private final boolean higherIsBetter;

	private ExperimentTable(Experiment experiment, List<Column> columns, List<Row> points, List<Row> configurations, Figure bestBy,
			boolean higherIsBetter) {
		this.experiment = experiment;
		this.columns = columns;
		this.points = points;
		this.configurations = configurations;
		this.bestBy = bestBy;
		this.higherIsBetter = higherIsBetter;
	}

	/** With "best" by {@code bestBy} in its natural direction. */
	public static ExperimentTable of(Experiment e, BitSet visible, Figure bestBy) {
		return of(e, visible, bestBy, bestBy.higherIsBetter());
	}

	/**
	 * @param visible        the members shown (null: all)
	 * @param bestBy         the figure that decides the best rows
	 * @param higherIsBetter its direction
	 */
	public static ExperimentTable of(Experiment e, BitSet visible, Figure bestBy, boolean higherIsBetter) {
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("point", "point", null));
		columns.add(new Column("session_id", "session", null));
		for (Dimension d : e.parameters()) {
			columns.add(new Column(d.key(), d.label(), d));
		}
		if (e.seed() != null) {
			columns.add(new Column("seed", "seed", e.seed()));
		}
		columns.add(new Column("n", "n", null));
		for (Dimension d : e.figures()) {
			columns.add(new Column(d.key(), d.label(), d));
		}
		Figure[] figs = Figure.values();
		int nf = figs.length;
		double[][] figCols = new double[nf][];
		for (int f = 0; f < nf; f++) {
			figCols[f] = e.columnRef(e.figures().get(f));
		}
		// points
		List<Row> points = new ArrayList<>();
		for (Member m : e.members()) {
			if (visible != null && !visible.get(m.index())) {
				continue;
			}
			double[] values = new double[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				Column col = columns.get(c);
				values[c] = switch (col.key()) {
				case "point" -> m.point() < 0 ? Double.NaN : m.point();
				case "session_id" -> Double.NaN;
				case "n" -> 1;
				default -> e.value(m.index(), col.dimension());
				};
			}
			Stat[] stats = new Stat[nf];
			for (int f = 0; f < nf; f++) {
				double v = figCols[f][m.index()];
				stats[f] = Double.isNaN(v) ? Stat.NONE : new Stat(v, Double.NaN, 1);
			}
			points.add(new Row(RowKind.POINT, m.index(), m.sessionId(), m.point(), values, stats, 1, false));
		}
		// configurations
		List<Row> configs = new ArrayList<>();
		int[] idx = new int[e.size()];
		for (Configuration cfg : e.configurations()) {
			int count = 0;
			for (int m : cfg.membersRef()) {
				if (visible == null || visible.get(m)) {
					idx[count++] = m;
				}
			}
			if (count == 0) {
				continue;
			}
			Stat[] stats = new Stat[nf];
			for (int f = 0; f < nf; f++) {
				stats[f] = Stat.of(figCols[f], idx, count);
			}
			double[] values = new double[columns.size()];
			for (int c = 0; c < columns.size(); c++) {
				Column col = columns.get(c);
				Dimension d = col.dimension();
				values[c] = col.key().equals("n") ? count
						: d == null || d.kind() == Dimension.Kind.SEED ? Double.NaN
								: d.kind() == Dimension.Kind.FIGURE ? stats[d.figure().ordinal()].mean() : e.value(idx[0], d);
			}
			configs.add(new Row(RowKind.CONFIGURATION, cfg.index(), null, -1, values, stats, count, false));
		}
		return new ExperimentTable(e, List.copyOf(columns), markBest(points, bestBy, higherIsBetter),
				markBest(configs, bestBy, higherIsBetter), bestBy, higherIsBetter);
	}

	private static List<Row> markBest(List<Row> rows, Figure f, boolean higher) {
		double best = Double.NaN;
		for (Row r : rows) {
			double v = r.stat(f).mean();
			if (!Double.isNaN(v) && (Double.isNaN(best) || (higher ? v > best : v < best))) {
				best = v;
			}
		}
		List<Row> out = new ArrayList<>(rows.size());
		for (Row r : rows) {
			boolean isBest = !Double.isNaN(best) && r.stat(f).mean() == best;
			out.add(isBest ? new Row(r.kind(), r.index(), r.sessionId(), r.point(), r.values(), r.stats(), r.n(), true) : r);
		}
		return List.copyOf(out);
	}

	public Experiment experiment() {
		return experiment;
	}

	public List<Column> columns() {
		return columns;
	}

	/** The index of the column with that key, or −1. */
	public int column(String key) {
		for (int i = 0; i < columns.size(); i++) {
			if (columns.get(i).key().equals(key)) {
				return i;
			}
		}
		return -1;
	}

	/** Point rows of the shown members, by member index. */
	public List<Row> points() {
		return points;
	}

	/** Configuration rows with at least one shown member, by configuration index. */
	public List<Row> configurations() {
		return configurations;
	}

	public Figure bestBy() {
		return bestBy;
	}

	public boolean higherIsBetter() {
		return higherIsBetter;
	}

	/** {@code rows} ordered by column {@code key} (see the class comment); a new list. */
	public List<Row> sort(List<Row> rows, String key, boolean ascending) {
		int c = column(key);
		if (c < 0) {
			throw new IllegalArgumentException("no column \"" + key + "\"");
		}
		Comparator<Row> order;
		if (key.equals("session_id")) {
			Comparator<Row> byId = Comparator.comparing(r -> r.sessionId() == null ? "" : r.sessionId());
			order = ascending ? byId : byId.reversed();
			order = Comparator.comparing((Row r) -> r.sessionId() == null).thenComparing(order);
		} else {
			Comparator<Row> byValue = Comparator.comparingDouble(r -> r.values()[c]);
			order = Comparator.comparing((Row r) -> Double.isNaN(r.values()[c])).thenComparing(ascending ? byValue : byValue.reversed());
		}
		List<Row> sorted = new ArrayList<>(rows);
		sorted.sort(order);
		return sorted;
	}

	/** A cell as the table shows it: categories by label, "mean ± std" for configurations' figures, blank when missing. */
	public String text(Row row, int column) {
		Column col = columns.get(column);
		if (col.key().equals("session_id")) {
			return row.sessionId() == null ? "" : row.sessionId();
		}
		if (col.dimension() != null && col.dimension().kind() == Dimension.Kind.FIGURE) {
			return row.kind() == RowKind.CONFIGURATION ? row.stat(col.dimension().figure()).text()
					: Dimension.number(row.values()[column]);
		}
		return col.dimension() != null ? col.dimension().format(row.values()[column]) : Dimension.number(row.values()[column]);
	}

	/**
	 * Both kinds of rows as CSV: {@code row} is {@code point} or {@code configuration}, then the columns; every figure
	 * has a {@code <figure>_std} column next to it (blank for points and for n = 1), a {@code best} column (1/0) ends
	 * the line. Same layout as {@code ttt sweep_report --csv}, plus the new figures.
	 */
	public String csv() {
		List<String> header = new ArrayList<>(List.of("row"));
		for (Column c : columns) {
			header.add(c.key());
			if (c.dimension() != null && c.dimension().kind() == Dimension.Kind.FIGURE) {
				header.add(c.key() + "_std");
			}
		}
		header.add("best");
		Csv csv = new Csv(header);
		for (List<Row> rows : List.of(points, configurations)) {
			for (Row r : rows) {
				List<String> cells = new ArrayList<>();
				cells.add(r.kind() == RowKind.POINT ? "point" : "configuration");
				for (int i = 0; i < columns.size(); i++) {
					Column c = columns.get(i);
					Dimension d = c.dimension();
					if (d != null && d.kind() == Dimension.Kind.FIGURE) {
						Stat s = r.stat(d.figure());
						cells.add(Csv.num(s.mean()));
						cells.add(Csv.num(s.std()));
					} else if (d != null && !d.isNumeric()) {
						cells.add(d.format(r.values()[i]));
					} else if (c.key().equals("session_id")) {
						cells.add(r.sessionId());
					} else {
						cells.add(c.key().equals("point") || c.key().equals("n") || c.key().equals("seed")
								? Dimension.number(r.values()[i]) : Csv.num(r.values()[i]));
					}
				}
				cells.add(r.best() ? "1" : "0");
				csv.row(cells);
			}
		}
		return csv.toString();
	}
}
