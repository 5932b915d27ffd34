package ttt.workbench.analysis.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The Parallel coordinates page: one vertical axis per dimension (by default every swept parameter and the learning
 * figures, {@link Figure#LEARNING}), one polyline per member through its values placed in [0, 1] on each axis
 * ({@link Dimension#normalise}: linear, or log for parameters spanning decades; categories evenly spaced; NaN where the
 * member has no value — the view leaves that segment out), and a colour value per member in [0, 1] by a chosen
 * dimension. Brushing an axis goes to {@link ExperimentSelection}; this model stays the same while brushing (the view
 * greys out members that are not {@link ExperimentSelection#isVisible visible}). Immutable; arrays are computed once.
 */
public final class ParallelCoordinatesModel {

	private final Experiment experiment;
	private final List<Dimension> axes;
	private final float[][] values;
	private final Dimension colourBy;
	private final float[] colour;

	private ParallelCoordinatesModel(Experiment experiment, List<Dimension> axes, float[][] values, Dimension colourBy, float[] colour) {
		this.experiment = experiment;
		this.axes = axes;
		this.values = values;
		this.colourBy = colourBy;
		this.colour = colour;
	}

	/** Every parameter, then {@link Figure#LEARNING}. */
	public static List<Dimension> defaultAxes(Experiment e) {
		List<Dimension> axes = new ArrayList<>(e.parameters());
		for (Figure f : Figure.LEARNING) {
			axes.add(e.figure(f));
		}
		return axes;
	}

	/** The default axes, coloured by online learning. */
	public static ParallelCoordinatesModel of(Experiment e) {
		return of(e, defaultAxes(e), e.figure(Figure.ONLINE));
	}

	/**
	 * @param axes     the axes, left to right (dimensions of {@code e})
	 * @param colourBy the dimension that colours the lines (null: no colour values, all NaN)
	 */
	public static ParallelCoordinatesModel of(Experiment e, List<Dimension> axes, Dimension colourBy) {
		float[][] values = new float[axes.size()][];
		for (int a = 0; a < axes.size(); a++) {
			values[a] = normalised(e, axes.get(a));
		}
		float[] colour = colourBy == null ? nan(e.size()) : normalised(e, colourBy);
		return new ParallelCoordinatesModel(e, List.copyOf(axes), values, colourBy, colour);
	}

	private static float[] normalised(Experiment e, Dimension d) {
		double[] col = e.columnRef(d);
		float[] out = new float[col.length];
		for (int m = 0; m < col.length; m++) {
			out[m] = (float) d.normalise(col[m]);
		}
		return out;
	}

	private static float[] nan(int n) {
		float[] f = new float[n];
		java.util.Arrays.fill(f, Float.NaN);
		return f;
	}

	/** The same experiment with the axes in the order of {@code keys} (axes not named are dropped). */
	public ParallelCoordinatesModel withAxes(List<String> keys) {
		List<Dimension> next = new ArrayList<>();
		for (String k : keys) {
			Dimension d = experiment.dimension(k);
			if (d == null) {
				throw new IllegalArgumentException("no dimension \"" + k + "\"");
			}
			next.add(d);
		}
		return of(experiment, next, colourBy);
	}

	public ParallelCoordinatesModel withColour(Dimension by) {
		return of(experiment, axes, by);
	}

	public Experiment experiment() {
		return experiment;
	}

	public List<Dimension> axes() {
		return axes;
	}

	/** Member {@code member}'s position on axis {@code axis}, in [0, 1] (NaN: no value). */
	public float value(int axis, int member) {
		return values[axis][member];
	}

	/** A copy of one axis's positions, per member. */
	public float[] axis(int axis) {
		return values[axis].clone();
	}

	public Dimension colourBy() {
		return colourBy;
	}

	/** Member {@code member}'s colour value in [0, 1] (NaN: none; the view draws it neutral). */
	public float colour(int member) {
		return colour[member];
	}

	/**
	 * CSV of the shown members: {@code session_id}, then per axis its value in the dimension's units (categories by
	 * label) and its normalised position ({@code <key>_pos}).
	 */
	public String csv(BitSet visible) {
		List<String> header = new ArrayList<>(List.of("session_id"));
		for (Dimension d : axes) {
			header.add(d.key());
			header.add(d.key() + "_pos");
		}
		Csv csv = new Csv(header);
		for (Member m : experiment.members()) {
			if (visible != null && !visible.get(m.index())) {
				continue;
			}
			List<String> cells = new ArrayList<>(List.of(m.sessionId()));
			for (int a = 0; a < axes.size(); a++) {
				Dimension d = axes.get(a);
				double v = experiment.value(m.index(), d);
				cells.add(d.isNumeric() ? Csv.num(v) : d.format(v));
				cells.add(Csv.num(values[a][m.index()]));
			}
			csv.row(cells);
		}
		return csv.toString();
	}
}
