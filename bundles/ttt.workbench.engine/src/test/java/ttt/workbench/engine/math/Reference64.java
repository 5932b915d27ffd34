package ttt.workbench.engine.math;

import java.util.SplittableRandom;

/**
 * An independent float64 implementation of the DiagStableSSM forward pass (written straight from SPEC §3, no code
 * shared with the engine), the judge for gradients (central finite differences) and losses.
 */
final class Reference64 {

	private Reference64() {
	}

	static double[][] widen(float[][] m) {
		double[][] d = new double[m.length][m[0].length];
		for (int i = 0; i < m.length; i++) {
			for (int j = 0; j < m[0].length; j++) {
				d[i][j] = m[i][j];
			}
		}
		return d;
	}

	/** Loss (mean over every element) and max ‖h‖ of a batch, all in double. */
	static double[] forward(double[][] wU, double[][] b, double[][] wO, float[] decay, SequenceBatch batch) {
		int n = b.length, ud = wU.length, zd = wO.length;
		double sq = 0, maxH = 0;
		long count = 0;
		for (int s = 0; s < batch.sequences(); s++) {
			double[] h = new double[n];
			for (int t = 0; t < batch.steps(); t++) {
				float[] z = batch.z()[s][t], a = batch.a()[s][t];
				double[] x = new double[z.length + a.length];
				for (int i = 0; i < z.length; i++) {
					x[i] = z[i];
				}
				for (int i = 0; i < a.length; i++) {
					x[z.length + i] = a[i];
				}
				double[] u = new double[ud];
				for (int j = 0; j < ud; j++) {
					for (int i = 0; i < x.length; i++) {
						u[j] += wU[j][i] * x[i];
					}
				}
				double hn = 0;
				for (int i = 0; i < n; i++) {
					double bu = 0;
					for (int j = 0; j < ud; j++) {
						bu += b[i][j] * u[j];
					}
					h[i] = decay[i] * h[i] + bu;
					hn += h[i] * h[i];
				}
				maxH = Math.max(maxH, Math.sqrt(hn));
				for (int k = 0; k < zd; k++) {
					double p = 0;
					for (int i = 0; i < n; i++) {
						p += wO[k][i] * h[i];
					}
					double d = p - batch.zNext()[s][t][k];
					sq += d * d;
					count++;
				}
			}
		}
		return new double[] { sq / count, maxH };
	}

	static float[][] randomMatrix(SplittableRandom rng, int rows, int cols, double std) {
		float[][] m = new float[rows][cols];
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				m[r][c] = (float) (rng.nextGaussian() * std);
			}
		}
		return m;
	}

	static SequenceBatch randomBatch(SplittableRandom rng, int sequences, int steps, int zDim, int actDim) {
		float[][][] z = new float[sequences][steps][], a = new float[sequences][steps][], n = new float[sequences][steps][];
		for (int s = 0; s < sequences; s++) {
			for (int t = 0; t < steps; t++) {
				z[s][t] = randomMatrix(rng, 1, zDim, 1.0)[0];
				a[s][t] = randomMatrix(rng, 1, actDim, 0.5)[0];
				n[s][t] = randomMatrix(rng, 1, zDim, 1.0)[0];
			}
		}
		return new SequenceBatch(z, a, n);
	}

	static float[] randomDecay(SplittableRandom rng, int n) {
		float[] d = new float[n];
		for (int i = 0; i < n; i++) {
			d[i] = (float) (0.3 + 0.65 * rng.nextDouble());
		}
		return d;
	}
}
