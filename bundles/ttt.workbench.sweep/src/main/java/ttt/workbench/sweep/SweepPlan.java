package ttt.workbench.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ttt.workbench.sweep.spec.Distribution;
import ttt.workbench.sweep.spec.Parameter;
import ttt.workbench.sweep.spec.SweepSpec;

/**
 * The points of a spec, numbered deterministically (the same spec always gives the same points, so a resumed sweep
 * finds them again).
 *
 * <p>Points are the cartesian product of the grid axes × {@code samples} draws × {@code seeds}, numbered
 * {@code point = (g · samples + s) · |seeds| + k} where g numbers the grid combinations (axes nested in
 * {@link Parameter} order, the first slowest, each axis in the order the spec lists its values), s the draw and k
 * the seed's index in {@code seeds}. So the points of one configuration (same settings, different seeds) are
 * consecutive. The draws are made once, before the grid: a {@link SplitMix64} seeded with {@code sample_seed}, for
 * draw s = 0, 1, … and within a draw for each distributed parameter in {@link Parameter} order, one
 * {@code nextDouble()}; every grid combination gets the same draws (so configurations are comparable across the grid).
 * Session ids are {@code <name>-<point>} with the point zero-padded to 4 digits, or to as many digits as the largest
 * point number needs when a sweep has more than 10,000 points.
 */
public record SweepPlan(SweepSpec spec, List<SweepPoint> points) implements Serializable {

	private static final long serialVersionUID = 1L;

	public SweepPlan {
		points = List.copyOf(points);
	}

	public static SweepPlan of(SweepSpec spec) {
		// the draws
		List<Map<Parameter, Object>> draws = new ArrayList<>();
		SplitMix64 rng = new SplitMix64(spec.sampleSeed());
		for (int s = 0; s < spec.samples(); s++) {
			Map<Parameter, Object> draw = new LinkedHashMap<>();
			for (Map.Entry<Parameter, Distribution> d : spec.sampled().entrySet()) {
				draw.put(d.getKey(), d.getValue().draw(rng.nextDouble()));
			}
			draws.add(draw);
		}
		// the grid combinations, first axis slowest
		List<Parameter> axes = new ArrayList<>(spec.grid().keySet());
		List<Map<Parameter, Object>> combos = new ArrayList<>();
		combos.add(new LinkedHashMap<>());
		for (Parameter axis : axes) {
			List<Map<Parameter, Object>> next = new ArrayList<>();
			for (Map<Parameter, Object> c : combos) {
				for (Object v : spec.grid().get(axis)) {
					Map<Parameter, Object> m = new LinkedHashMap<>(c);
					m.put(axis, v);
					next.add(m);
				}
			}
			combos = next;
		}
		int total = combos.size() * draws.size() * spec.seeds().size();
		int width = total <= 10_000 ? 4 : String.valueOf(total - 1).length();
		List<SweepPoint> points = new ArrayList<>(total);
		int number = 0;
		for (Map<Parameter, Object> combo : combos) {
			for (Map<Parameter, Object> draw : draws) {
				Map<String, Object> parameters = new LinkedHashMap<>();
				for (Parameter p : Parameter.values()) {
					if (spec.fixed().containsKey(p)) {
						parameters.put(p.key(), spec.fixed().get(p));
					} else if (combo.containsKey(p)) {
						parameters.put(p.key(), combo.get(p));
					} else if (draw.containsKey(p)) {
						parameters.put(p.key(), draw.get(p));
					}
				}
				for (long seed : spec.seeds()) {
					String id = spec.name() + "-" + String.format("%0" + width + "d", number);
					points.add(new SweepPoint(spec.name(), number, id, parameters, seed, spec.from(), spec.resetOptimizer(), spec.runs()));
					number++;
				}
			}
		}
		return new SweepPlan(spec, points);
	}

	public int size() {
		return points.size();
	}
}
