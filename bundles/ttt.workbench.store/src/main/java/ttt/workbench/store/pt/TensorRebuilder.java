package ttt.workbench.store.pt;

import java.util.Arrays;

/**
 * Does what {@code torch._utils._rebuild_tensor_v2} does with a storage, an offset, a size and a stride, producing a
 * contiguous row-major copy. A state dict normally holds contiguous tensors at offset 0, but a file may hold views
 * (a transpose, a slice, several tensors sharing one storage), and those must read as torch reads them.
 */
final class TensorRebuilder {

	private TensorRebuilder() {
	}

	/**
	 * @throws IllegalArgumentException with a plain-words reason when the view does not fit its storage or exceeds
	 *                                  {@code maxElements}
	 */
	static FloatTensor rebuild(float[] storage, long offset, int[] size, long[] stride, long maxElements) {
		if (size.length != stride.length) {
			throw new IllegalArgumentException("size " + Arrays.toString(size) + " and stride " + Arrays.toString(stride)
					+ " have different lengths");
		}
		long n;
		try {
			n = FloatTensor.elementCount(size);
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException("size " + Arrays.toString(size) + " overflows");
		}
		if (n > maxElements) {
			throw new IllegalArgumentException("tensor of size " + Arrays.toString(size) + " has " + n
					+ " elements, more than the limit of " + maxElements);
		}
		if (offset < 0 || offset > storage.length) {
			throw new IllegalArgumentException("storage offset " + offset + " is outside a storage of " + storage.length
					+ " elements");
		}
		float[] out = new float[(int) n];
		if (n == 0) {
			return new FloatTensor(size, out);
		}
		long last = offset;
		for (int axis = 0; axis < size.length; axis++) {
			if (stride[axis] < 0) {
				throw new IllegalArgumentException("negative stride " + Arrays.toString(stride));
			}
			try {
				last = Math.addExact(last, Math.multiplyExact((long) size[axis] - 1, stride[axis]));
			} catch (ArithmeticException e) {
				throw new IllegalArgumentException("stride " + Arrays.toString(stride) + " overflows");
			}
		}
		if (last >= storage.length) {
			throw new IllegalArgumentException("view (offset " + offset + ", size " + Arrays.toString(size) + ", stride "
					+ Arrays.toString(stride) + ") reaches element " + last + " of a storage of " + storage.length);
		}
		if (isContiguous(size, stride)) {
			System.arraycopy(storage, (int) offset, out, 0, out.length);
		} else {
			copyStrided(storage, offset, size, stride, out);
		}
		return new FloatTensor(size, out);
	}

	/** Row-major strides for a shape, as torch gives a contiguous tensor. */
	static long[] contiguousStrides(int[] size) {
		long[] stride = new long[size.length];
		long s = 1;
		for (int axis = size.length - 1; axis >= 0; axis--) {
			stride[axis] = s;
			s *= Math.max(size[axis], 1);
		}
		return stride;
	}

	private static boolean isContiguous(int[] size, long[] stride) {
		long expected = 1;
		for (int axis = size.length - 1; axis >= 0; axis--) {
			// torch ignores the stride of a dimension of size 1
			if (size[axis] != 1 && stride[axis] != expected) {
				return false;
			}
			expected *= size[axis];
		}
		return true;
	}

	/** Walks the output in row-major order with an odometer over the axes. */
	private static void copyStrided(float[] storage, long offset, int[] size, long[] stride, float[] out) {
		int rank = size.length;
		int[] index = new int[rank];
		long source = offset;
		for (int i = 0; i < out.length; i++) {
			out[i] = storage[(int) source];
			for (int axis = rank - 1; axis >= 0; axis--) {
				index[axis]++;
				source += stride[axis];
				if (index[axis] < size[axis]) {
					break;
				}
				source -= stride[axis] * size[axis];
				index[axis] = 0;
			}
		}
	}
}
