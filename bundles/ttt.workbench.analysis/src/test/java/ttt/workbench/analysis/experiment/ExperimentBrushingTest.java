package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Brushing and the shared selection against brute force. */
class ExperimentBrushingTest {

	/** What the brushes select, member by member, from the members' own values. */
	private static BitSet bruteForce(Experiment e, Map<String, Brushing.Brush> brushes) {
		BitSet b = new BitSet();
		for (Member m : e.members()) {
			boolean in = true;
			for (Map.Entry<String, Brushing.Brush> x : brushes.entrySet()) {
				Dimension d = e.dimension(x.getKey());
				Object raw = d.kind() == Dimension.Kind.PARAMETER ? m.parameters().get(d.key())
						: d.kind() == Dimension.Kind.SEED ? m.seed() : (Object) m.figure(d.figure());
				if (x.getValue() instanceof Brushing.Range r) {
					double v = ((Number) raw).doubleValue();
					in &= v >= r.lo() && v <= r.hi();
				} else if (x.getValue() instanceof Brushing.Categories c) {
					in &= c.labels().contains(raw.toString());
				}
			}
			if (in) {
				b.set(m.index());
			}
		}
		return b;
	}

	@Test
	void randomBrushesSelectWhatBruteForceSelects() {
		Experiment e = ExperimentTestSupport.synthetic(300, 11);
		Brushing brushing = new Brushing(e);
		assertEquals(300, brushing.count());
		SplittableRandom r = new SplittableRandom(5);
		Map<String, Brushing.Brush> expected = new HashMap<>();
		List<Dimension> dims = e.dimensions();
		for (int step = 0; step < 400; step++) {
			Dimension d = dims.get(r.nextInt(dims.size()));
			int what = r.nextInt(10);
			if (what == 0) {
				brushing.clear(d.key());
				expected.remove(d.key());
			} else if (what == 1 && step % 50 == 0) {
				brushing.clearAll();
				expected.clear();
			} else if (d.isNumeric()) {
				double a = d.min() + r.nextDouble() * (d.max() - d.min()), b = d.min() + r.nextDouble() * (d.max() - d.min());
				if (r.nextBoolean()) { // ends exactly on members' values: the interval is closed
					a = e.value(r.nextInt(e.size()), d);
					b = e.value(r.nextInt(e.size()), d);
					if (Double.isNaN(a) || Double.isNaN(b)) {
						continue;
					}
				}
				brushing.setRange(d.key(), a, b);
				expected.put(d.key(), new Brushing.Range(a, b));
			} else {
				Set<String> labels = new LinkedHashSet<>();
				d.categories().forEach(c -> {
					if (r.nextBoolean()) {
						labels.add(c);
					}
				});
				brushing.setCategories(d.key(), labels);
				expected.put(d.key(), new Brushing.Categories(labels));
			}
			BitSet want = bruteForce(e, expected);
			assertEquals(want, brushing.selected(), "after step " + step + " " + expected);
			assertEquals(want.cardinality(), brushing.count());
			for (int m = 0; m < e.size(); m += 17) {
				assertEquals(want.get(m), brushing.isSelected(m));
			}
		}
		assertThrows(IllegalArgumentException.class, () -> brushing.setRange("env_mode", 0, 1));
		assertThrows(IllegalArgumentException.class, () -> brushing.setCategories("mu", Set.of("0.1")));
		assertThrows(IllegalArgumentException.class, () -> brushing.setRange("nope", 0, 1));
	}

	@Test
	void normalisedBrushesFollowTheAxis() {
		Experiment e = ExperimentTestSupport.synthetic(120, 2);
		Dimension lr = e.dimension("lr");
		assertTrue(lr.logScale(), "1e-4 .. 1e-1 spans three decades");
		assertEquals(0.0, lr.normalise(1e-4), 1e-12);
		assertEquals(1.0 / 3, lr.normalise(1e-3), 1e-12);
		assertEquals(1e-3, lr.denormalise(1.0 / 3), 1e-15);
		Brushing b = new Brushing(e);
		b.setNormalisedRange("lr", 0.3, 0.7); // 1e-3 and 3e-3 on a log axis
		BitSet want = new BitSet();
		for (Member m : e.members()) {
			double v = (Double) m.parameters().get("lr");
			if (v >= 1e-3 && v <= 3e-3) {
				want.set(m.index());
			}
		}
		assertEquals(want, b.selected());
		b.setNormalisedRange("env_mode", 0.6, 1.0); // nonlinear sits at 1
		assertEquals(Set.of("nonlinear"), ((Brushing.Categories) b.brush("env_mode")).labels());
		ParallelCoordinatesModel pc = ParallelCoordinatesModel.of(e);
		int lrAxis = pc.axes().indexOf(lr);
		for (Member m : e.members()) {
			assertEquals((float) lr.normalise((Double) m.parameters().get("lr")), pc.value(lrAxis, m.index()));
		}
		assertEquals(List.of("mu", "env_mode", "lr", "persistent", "online", "total", "base_last100", "session_start_last100",
				"adaptive_last100", "commit_rate"), pc.axes().stream().map(Dimension::key).toList());
		assertEquals(List.of("online", "mu"), pc.withAxes(List.of("online", "mu")).axes().stream().map(Dimension::key).toList());
	}

	@Test
	void selectionIsFilterAndBrushesAndSurvivesANewSnapshot() {
		Experiment e = ExperimentTestSupport.synthetic(60, 4);
		ExperimentSelection sel = new ExperimentSelection(e);
		List<ExperimentSelection.Change> heard = new ArrayList<>();
		sel.addListener((s, c) -> heard.add(c));
		sel.setFilter("mu>=0.1 env_mode=linear");
		sel.brushRange("online", 0, 100);
		assertThrows(FilterException.class, () -> sel.setFilter("mu>>1"));
		assertEquals("mu>=0.1 env_mode=linear", sel.filter().text(), "a failed filter leaves the previous one");
		BitSet want = new BitSet();
		for (Member m : e.members()) {
			if ((Double) m.parameters().get("mu") >= 0.1 && m.parameters().get("env_mode").equals("linear")
					&& m.figure(Figure.ONLINE) >= 0 && m.figure(Figure.ONLINE) <= 100) {
				want.set(m.index());
			}
		}
		assertEquals(want, sel.visible());
		for (int m = 0; m < e.size(); m++) {
			assertEquals(want.get(m), sel.isVisible(m));
		}
		sel.setPickedSessions(List.of("s3", "s40", "nope"));
		assertEquals(List.of("s3", "s40"), sel.pickedSessionIds());
		// a newer snapshot with more members: brushes, filter and picks carry over by key and id
		Experiment bigger = ExperimentTestSupport.synthetic(90, 4);
		sel.setExperiment(bigger);
		assertNull(sel.filterError());
		assertNotNull(sel.brushes().get("online"));
		assertEquals(List.of("s3", "s40"), sel.pickedSessionIds());
		BitSet want2 = new BitSet();
		for (Member m : bigger.members()) {
			if ((Double) m.parameters().get("mu") >= 0.1 && m.parameters().get("env_mode").equals("linear")
					&& m.figure(Figure.ONLINE) >= 0 && m.figure(Figure.ONLINE) <= 100) {
				want2.set(m.index());
			}
		}
		assertEquals(want2, sel.visible());
		assertEquals(List.of(ExperimentSelection.Change.FILTER, ExperimentSelection.Change.BRUSH, ExperimentSelection.Change.PICK,
				ExperimentSelection.Change.EXPERIMENT), heard);
	}
}
