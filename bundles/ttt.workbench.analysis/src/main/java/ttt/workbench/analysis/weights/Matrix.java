package ttt.workbench.analysis.weights;

import java.util.Arrays;

import ttt.workbench.store.model.Tensor;

/**
 * A named dense matrix in double precision (row-major), the form every weight computation here works on. A 1-D
 * tensor (a_raw) becomes one row. The store keeps float32; widening to double is exact, so statistics and the SVD are
 * computed on exactly the stored numbers.
 */
public record Matrix(String name, int rows, int cols, double[] data) {

	public Matrix {
		if (rows < 0 || cols < 0 || data.length != rows * cols) {
			throw new IllegalArgumentException(name + ": " + rows + "×" + cols + " does not match " + data.length + " values");
		}
	}

	public static Matrix of(Tensor tensor) {
		int[] shape = tensor.getShape();
		float[] values = tensor.getData();
		int rows = shape.length == 2 ? shape[0] : 1;
		int cols = shape.length == 2 ? shape[1] : values.length;
		double[] d = new double[values.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = values[i];
		}
		return new Matrix(tensor.getName(), rows, cols, d);
	}

	public double get(int row, int col) {
		return data[row * cols + col];
	}

	public int size() {
		return data.length;
	}

	public boolean sameShape(Matrix other) {
		return rows == other.rows && cols == other.cols;
	}

	/** {@code this − other}, element-wise, under this matrix's name. */
	public Matrix minus(Matrix other) {
		if (!sameShape(other)) {
			throw new IllegalArgumentException(name + " is " + shape() + " but " + other.name + " is " + other.shape());
		}
		double[] d = new double[data.length];
		for (int i = 0; i < d.length; i++) {
			d[i] = data[i] - other.data[i];
		}
		return new Matrix(name, rows, cols, d);
	}

	public double maxAbs() {
		double m = 0;
		for (double v : data) {
			m = Math.max(m, Math.abs(v));
		}
		return m;
	}

	/** "16×6". */
	public String shape() {
		return rows + "×" + cols;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Matrix m && m.name.equals(name) && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
	}

	@Override
	public int hashCode() {
		return name.hashCode() * 31 + Arrays.hashCode(data);
	}

	@Override
	public String toString() {
		return name + "[" + shape() + "]";
	}
}
