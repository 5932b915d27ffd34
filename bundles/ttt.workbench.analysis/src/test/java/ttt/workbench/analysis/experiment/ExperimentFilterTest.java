package ttt.workbench.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/** The Table's filter expressions: what they select (against a brute-force predicate) and how they fail. */
class ExperimentFilterTest {

	final Experiment e = ExperimentTestSupport.synthetic(90, 3);

	private double p(int m, String key) {
		Object v = e.members().get(m).parameters().get(key);
		return ((Number) v).doubleValue();
	}

	private void assertSelects(String text, IntPredicate expected) {
		BitSet got = FilterExpression.parse(text, e).select(e);
		BitSet want = new BitSet();
		for (int m = 0; m < e.size(); m++) {
			if (expected.test(m)) {
				want.set(m);
			}
			assertEquals(want.get(m), FilterExpression.parse(text, e).test(e, m), text + " member " + m);
		}
		assertEquals(want, got, text);
		assertTrue(got.cardinality() > 0 && got.cardinality() < e.size() || text.isBlank() || text.contains("nan") || text.contains("inf"),
				text + " should select some but not all");
	}

	@Test
	void selectsWhatItSays() {
		assertSelects("mu>0.1 lr<1e-3 env_mode=nonlinear",
				m -> p(m, "mu") > 0.1 && p(m, "lr") < 1e-3 && e.members().get(m).parameters().get("env_mode").equals("nonlinear"));
		assertSelects("mu >= .12, online>0 and seed!=3",
				m -> p(m, "mu") >= 0.12 && e.members().get(m).figure(Figure.ONLINE) > 0 && e.members().get(m).seed() != 3);
		assertSelects("mu=0.12", m -> p(m, "mu") == 0.12);
		assertSelects("mu==0.12 env_mode!='linear'", m -> p(m, "mu") == 0.12 && e.members().get(m).parameters().get("env_mode").equals("nonlinear"));
		assertSelects("lr<=1_0e-4", m -> p(m, "lr") <= 1e-3);
		assertSelects("lr>1E-3", m -> p(m, "lr") > 1e-3);
		assertSelects("commit_rate<inf", m -> !Double.isNaN(e.members().get(m).figure(Figure.COMMIT_RATE)));
		// NaN fails every comparison but !=, as in Python
		assertSelects("total!=nan", m -> true);
		assertSelects("total>-inf", m -> !Double.isNaN(e.members().get(m).figure(Figure.TOTAL)));
		assertSelects("  ", m -> true);
		assertEquals(List.of("mu>0.1", "lr<1e-3", "env_mode=nonlinear"),
				FilterExpression.parse("mu>0.1 lr<1e-3 env_mode=nonlinear", e).clauses().stream().map(Object::toString).toList());
	}

	private FilterException fails(String text) {
		return assertThrows(FilterException.class, () -> FilterExpression.parse(text, e), text);
	}

	@Test
	void errorsNameTheTokenAndItsPosition() {
		FilterException unknown = fails("mu>0.1 lrx<1e-3");
		assertEquals(7, unknown.position());
		assertEquals("lrx", unknown.token());
		assertTrue(unknown.getMessage().startsWith("column 8: unknown name \"lrx\" (known: mu, env_mode, lr, seed, persistent"),
				unknown.getMessage());

		FilterException noOp = fails("mu 0.1");
		assertEquals(3, noOp.position());
		assertTrue(noOp.getMessage().contains("expected an operator"), noOp.getMessage());
		assertTrue(fails("mu").getMessage().contains("found the end"));

		FilterException notNumber = fails("mu>abc");
		assertEquals(3, notNumber.position());
		assertEquals("abc", notNumber.token());
		assertTrue(notNumber.getMessage().contains("\"abc\" is not a number (mu is numeric"), notNumber.getMessage());
		assertEquals("1e-3x", fails("lr<1e-3x").token());
		assertEquals("1__0", fails("lr<1__0").token(), "Python allows single underscores between digits only");
		assertTrue(fails("lr<").getMessage().contains("expected a number after \"lr<\""));

		FilterException order = fails("env_mode>linear");
		assertEquals(8, order.position());
		assertTrue(order.getMessage().contains("env_mode is categorical (linear, nonlinear): use = or !="), order.getMessage());
		FilterException category = fails("env_mode=curved");
		assertEquals(9, category.position());
		assertTrue(category.getMessage().contains("\"curved\" is not a value of env_mode (linear, nonlinear)"));

		assertEquals(0, fails(">0.1").position());
		assertEquals(6, fails("mu>0.1>2").position());
	}
}
