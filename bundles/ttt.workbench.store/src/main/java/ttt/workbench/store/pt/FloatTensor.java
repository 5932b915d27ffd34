package ttt.workbench.store.pt;

import java.util.Arrays;
import java.util.Objects;

/**
 * A contiguous row-major float32 tensor: the only tensor kind the artifact store holds.
 *
 * <p>A value type: the arrays are copied on the way in and on the way out, so a tensor read from a file can be shared
 * freely. {@link #equals} compares shape and every value bit for bit (as {@link Arrays#equals(float[], float[])}:
 * NaN equals NaN, 0.0 differs from -0.0), which is what "the file round-trips exactly" needs. A rank-0 tensor (shape
 * {@code []}) holds one value.
 */
public record FloatTensor(int[] shape, float[] data) {

	private static final int TO_STRING_VALUES = 16;

	public FloatTensor {
		Objects.requireNonNull(shape, "shape");
		Objects.requireNonNull(data, "data");
		shape = shape.clone();
		data = data.clone();
		long expected = elementCount(shape);
		if (expected != data.length) {
			throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + expected
					+ " values but data has " + data.length);
		}
	}

	/** A tensor of zeros. */
	public static FloatTensor zeros(int... shape) {
		long n = elementCount(shape);
		if (n > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " is too large");
		}
		return new FloatTensor(shape, new float[(int) n]);
	}

	/** A rank-1 tensor holding {@code values}. */
	public static FloatTensor vector(float... values) {
		return new FloatTensor(new int[] { values.length }, values);
	}

	/** A rank-2 tensor from equally long rows. */
	public static FloatTensor matrix(float[][] rows) {
		int cols = rows.length == 0 ? 0 : rows[0].length;
		float[] flat = new float[Math.multiplyExact(rows.length, cols)];
		for (int r = 0; r < rows.length; r++) {
			if (rows[r].length != cols) {
				throw new IllegalArgumentException("row " + r + " has " + rows[r].length + " values, row 0 has " + cols);
			}
			System.arraycopy(rows[r], 0, flat, r * cols, cols);
		}
		return new FloatTensor(new int[] { rows.length, cols }, flat);
	}

	/**
	 * Number of elements of a shape (1 for rank 0); refuses negative dimensions and products beyond {@code long}.
	 */
	public static long elementCount(int[] shape) {
		long n = 1;
		for (int d : shape) {
			if (d < 0) {
				throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
			}
			n = Math.multiplyExact(n, d);
		}
		return n;
	}

	/** A copy of the shape. */
	@Override
	public int[] shape() {
		return shape.clone();
	}

	/** A copy of the values, row-major. */
	@Override
	public float[] data() {
		return data.clone();
	}

	public int rank() {
		return shape.length;
	}

	public int dim(int axis) {
		return shape[axis];
	}

	public int numel() {
		return data.length;
	}

	/** The value at a flat row-major index. */
	public float get(int flatIndex) {
		return data[flatIndex];
	}

	/** The value at {@code index} (one coordinate per axis). */
	public float at(int... index) {
		if (index.length != shape.length) {
			throw new IllegalArgumentException("rank " + shape.length + " tensor indexed with " + index.length + " coordinates");
		}
		int flat = 0;
		for (int axis = 0; axis < shape.length; axis++) {
			Objects.checkIndex(index[axis], shape[axis]);
			flat = flat * shape[axis] + index[axis];
		}
		return data[flat];
	}

	/** Rows of a rank-2 tensor, freshly allocated. */
	public float[][] toMatrix() {
		if (shape.length != 2) {
			throw new IllegalStateException("toMatrix needs rank 2, shape is " + Arrays.toString(shape));
		}
		float[][] rows = new float[shape[0]][];
		for (int r = 0; r < shape[0]; r++) {
			rows[r] = Arrays.copyOfRange(data, r * shape[1], (r + 1) * shape[1]);
		}
		return rows;
	}

	/** Whether the shapes are equal (values not compared). */
	public boolean sameShape(FloatTensor other) {
		return Arrays.equals(shape, other.shape);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FloatTensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
	}

	/** Shape and the first values; enough to recognise a tensor in a log or an assertion message. */
	@Override
	public String toString() {
		StringBuilder sb = new StringBuilder("FloatTensor").append(Arrays.toString(shape)).append('{');
		int shown = Math.min(data.length, TO_STRING_VALUES);
		for (int i = 0; i < shown; i++) {
			sb.append(i == 0 ? "" : ", ").append(data[i]);
		}
		if (shown < data.length) {
			sb.append(", … ").append(data.length - shown).append(" more, hash ").append(Integer.toHexString(hashCode()));
		}
		return sb.append('}').toString();
	}
}
