package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class FloatTensorTest {

	@Test
	void dataLengthMustMatchTheShape() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new FloatTensor(new int[] { 2, 3 }, new float[5]));
		assertTrue(e.getMessage().contains("needs 6 values"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new FloatTensor(new int[] { -1 }, new float[0]));
	}

	@Test
	void rankZeroHoldsOneValueAndEmptyShapesHoldNone() {
		assertEquals(1, new FloatTensor(new int[0], new float[] { 3.5f }).numel());
		assertEquals(0, FloatTensor.zeros(0, 3).numel());
	}

	@Test
	void equalityIsByContentBitForBit() {
		FloatTensor a = new FloatTensor(new int[] { 2 }, new float[] { 1f, Float.NaN });
		FloatTensor b = new FloatTensor(new int[] { 2 }, new float[] { 1f, Float.NaN });
		assertEquals(a, b);
		assertEquals(a.hashCode(), b.hashCode());
		assertEquals(a.toString(), b.toString());
		assertNotEquals(FloatTensor.vector(0f), FloatTensor.vector(-0f));
		assertNotEquals(new FloatTensor(new int[] { 1, 2 }, new float[2]), new FloatTensor(new int[] { 2, 1 }, new float[2]));
	}

	@Test
	void arraysAreCopiedInAndOut() {
		float[] data = { 1f, 2f };
		int[] shape = { 2 };
		FloatTensor t = new FloatTensor(shape, data);
		data[0] = 9f;
		shape[0] = 7;
		t.data()[1] = 9f;
		t.shape()[0] = 7;
		assertArrayEquals(new float[] { 1f, 2f }, t.data());
		assertArrayEquals(new int[] { 2 }, t.shape());
	}

	@Test
	void matrixHelpersAreRowMajor() {
		FloatTensor m = FloatTensor.matrix(new float[][] { { 1, 2, 3 }, { 4, 5, 6 } });
		assertArrayEquals(new int[] { 2, 3 }, m.shape());
		assertEquals(6f, m.at(1, 2));
		assertEquals(4f, m.get(3));
		assertTrue(Arrays.deepEquals(new float[][] { { 1, 2, 3 }, { 4, 5, 6 } }, m.toMatrix()));
		assertThrows(IndexOutOfBoundsException.class, () -> m.at(2, 0));
		assertThrows(IllegalArgumentException.class, () -> FloatTensor.matrix(new float[][] { { 1 }, { 1, 2 } }));
	}

	@Test
	void toStringShowsShapeAndLeadingValues() {
		FloatTensor big = FloatTensor.zeros(4, 8);
		String s = big.toString();
		assertTrue(s.startsWith("FloatTensor[4, 8]{0.0"), s);
		assertTrue(s.contains("16 more"), s);
	}

	@Test
	void tuplesCompareByContentAndAllowNone() {
		assertEquals(PyTuple.of(1L, null, "x"), new PyTuple(Arrays.asList(1L, null, "x")));
		assertNotEquals(PyTuple.of(1L), PyTuple.of(1.0));
		assertEquals("(1,)", PyTuple.of(1L).toString());
		assertThrows(UnsupportedOperationException.class, () -> PyTuple.of(1L).items().add(2L));
		assertNotEquals(List.of(1L), PyTuple.of(1L));
	}
}
