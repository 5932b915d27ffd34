package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The Scatter page: any dimension against any other, coloured by a third, for the shown members; plus, per
 * configuration, the seed-mean of x and y with their spread (sample std, and min/max) — the cross and whiskers the
 * view draws over the seeds' dots. A member is plotted when both x and y are defined; a configuration's group takes its
 * plotted members. Immutable.
 */
public final class ScatterModel {

	/** One dot: values in the dimensions' units (categorical: the category index). */
	public record Point(int member, double x, double y, double colour) {
	}

	/**
	 * One configuration's seeds.
	 *
	 * @param configuration the configuration's index in {@link Experiment#configurations()}
	 * @param x             mean, sample std and n of x over its plotted members
	 * @param y             the same for y
	 */
	public record Group(int configuration, Stat x, Stat y, double minX, double maxX, double minY, double maxY) {
	}

	private final Experiment experiment;
	private final Dimension x, y, colour;
	private final List<Point> points;
	private final List<Group> groups;

	private ScatterModel(Experiment experiment, Dimension x, Dimension y, Dimension colour, List<Point> points, List<Group> groups) {
		this.experiment = experiment;
		this.x = x;
		this.y = y;
		this.colour = colour;
		this.points = points;
		this.groups = groups;
	}

	/**
	 * @param visible the members shown (null: all)
	 * @param colour  the colouring dimension, or null
	 */
	public static ScatterModel of(Experiment e, Dimension x, Dimension y, Dimension colour, BitSet visible) {
		double[] xs = e.columnRef(x), ys = e.columnRef(y);
		double[] cs = colour == null ? null : e.columnRef(colour);
		List<Point> points = new ArrayList<>();
		for (int m = 0; m < e.size(); m++) {
			if ((visible == null || visible.get(m)) && !Double.isNaN(xs[m]) && !Double.isNaN(ys[m])) {
				points.add(new Point(m, xs[m], ys[m], cs == null ? Double.NaN : cs[m]));
			}
		}
		List<Group> groups = new ArrayList<>();
		int[] idx = new int[e.size()];
		for (Configuration c : e.configurations()) {
			int n = 0;
			double minX = Double.NaN, maxX = Double.NaN, minY = Double.NaN, maxY = Double.NaN;
			for (int m : c.membersRef()) {
				if ((visible == null || visible.get(m)) && !Double.isNaN(xs[m]) && !Double.isNaN(ys[m])) {
					idx[n++] = m;
					minX = n == 1 ? xs[m] : Math.min(minX, xs[m]);
					maxX = n == 1 ? xs[m] : Math.max(maxX, xs[m]);
					minY = n == 1 ? ys[m] : Math.min(minY, ys[m]);
					maxY = n == 1 ? ys[m] : Math.max(maxY, ys[m]);
				}
			}
			if (n > 0) {
				groups.add(new Group(c.index(), Stat.of(xs, idx, n), Stat.of(ys, idx, n), minX, maxX, minY, maxY));
			}
		}
		return new ScatterModel(e, x, y, colour, List.copyOf(points), List.copyOf(groups));
	}

	public Experiment experiment() {
		return experiment;
	}

	public Dimension x() {
		return x;
	}

	public Dimension y() {
		return y;
	}

	public Dimension colour() {
		return colour;
	}

	public List<Point> points() {
		return points;
	}

	public List<Group> groups() {
		return groups;
	}

	/**
	 * CSV: the dots ({@code row=point}: session_id, x, y, colour) then the groups ({@code row=configuration}: the
	 * configuration key, mean x and y, their sample stds, min and max, n).
	 */
	public String csv() {
		String xk = x.key(), yk = y.key();
		Csv csv = new Csv(List.of("row", "session_id", "configuration", xk, yk, colour == null ? "colour" : colour.key(), xk + "_std",
				yk + "_std", xk + "_min", xk + "_max", yk + "_min", yk + "_max", "n"));
		for (Point p : points) {
			Member m = experiment.members().get(p.member());
			csv.row(List.of("point", m.sessionId(), m.configurationKey(), value(x, p.x()), value(y, p.y()),
					colour == null ? "" : value(colour, p.colour()), "", "", "", "", "", "", "1"));
		}
		for (Group g : groups) {
			csv.row(List.of("configuration", "", experiment.configurations().get(g.configuration()).key(), Csv.num(g.x().mean()),
					Csv.num(g.y().mean()), "", Csv.num(g.x().std()), Csv.num(g.y().std()), Csv.num(g.minX()), Csv.num(g.maxX()),
					Csv.num(g.minY()), Csv.num(g.maxY()), Integer.toString(g.x().n())));
		}
		return csv.toString();
	}

	private static String value(Dimension d, double v) {
		return d.isNumeric() ? Csv.num(v) : d.format(v);
	}
}
