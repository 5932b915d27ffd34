package ttt.workbench.engine.math;

import java.util.Random;

/**
 * Independent float64 reference for the ND4J backend tests: the DiagStableSSM forward pass and backpropagation
 * through time written step by step straight from SPEC §3 (u = W_u x, Bu = B u, h = decay·h + Bu, ẑ = W_o h), the
 * Newton–Schulz iteration in float64, a bfloat16 Newton–Schulz emulation written with plain loops, and random test
 * data.
 */
final class Nd4jReference {

	private Nd4jReference() {
	}

	/** Loss, max ‖h‖ and gradients [W_u, B, W_o], all float64. */
	record Result(double loss, double maxH, double[][][] grad) {
	}

	static Result run(double[][] wU, double[][] b, double[][] wO, double[] decay, SequenceBatch batch) {
		int ud = wU.length, in = wU[0].length, n = b.length, zd = wO.length;
		int seqs = batch.sequences(), steps = batch.steps();
		double[][] gWu = new double[ud][in], gB = new double[n][ud], gWo = new double[zd][n];
		double count = (double) seqs * steps * zd;
		double sq = 0, maxH = 0;
		for (int s = 0; s < seqs; s++) {
			double[][] xs = new double[steps][], us = new double[steps][], hs = new double[steps][], es = new double[steps][];
			double[] h = new double[n];
			for (int t = 0; t < steps; t++) {
				double[] x = new double[in];
				for (int j = 0; j < batch.zDim(); j++) {
					x[j] = batch.z()[s][t][j];
				}
				for (int j = 0; j < batch.actDim(); j++) {
					x[batch.zDim() + j] = batch.a()[s][t][j];
				}
				double[] u = matVec(wU, x);
				double[] bu = matVec(b, u);
				double[] hn = new double[n];
				double nn = 0;
				for (int i = 0; i < n; i++) {
					hn[i] = decay[i] * h[i] + bu[i];
					nn += hn[i] * hn[i];
				}
				maxH = Math.max(maxH, Math.sqrt(nn));
				h = hn;
				double[] zhat = matVec(wO, h);
				double[] e = new double[zd];
				for (int k = 0; k < zd; k++) {
					e[k] = zhat[k] - batch.zNext()[s][t][k];
					sq += e[k] * e[k];
				}
				xs[t] = x;
				us[t] = u;
				hs[t] = h;
				es[t] = e;
			}
			double[] carry = new double[n];
			for (int t = steps - 1; t >= 0; t--) {
				double[] dh = carry.clone();
				for (int k = 0; k < zd; k++) {
					double dz = 2.0 * es[t][k] / count;
					for (int i = 0; i < n; i++) {
						dh[i] += wO[k][i] * dz;
						gWo[k][i] += dz * hs[t][i];
					}
				}
				double[] du = new double[ud];
				for (int i = 0; i < n; i++) {
					for (int j = 0; j < ud; j++) {
						gB[i][j] += dh[i] * us[t][j];
						du[j] += b[i][j] * dh[i];
					}
				}
				for (int j = 0; j < ud; j++) {
					for (int q = 0; q < in; q++) {
						gWu[j][q] += du[j] * xs[t][q];
					}
				}
				for (int i = 0; i < n; i++) {
					carry[i] = decay[i] * dh[i];
				}
			}
		}
		return new Result(sq / count, maxH, new double[][][] { gWu, gB, gWo });
	}

	static Result run(Weights w, float[] decay, SequenceBatch batch) {
		return run(toDouble(w.wU()), toDouble(w.b()), toDouble(w.wO()), toDouble(decay), batch);
	}

	/** Float64 Newton–Schulz: X = G/(‖G‖+eps), transpose if rows > cols, steps × (A = XXᵀ, B = bA + cAA, X = aX + BX). */
	static double[][] newtonSchulz64(float[][] g, int steps, double a, double b, double c, double eps) {
		int rows = g.length, cols = g[0].length;
		boolean tr = rows > cols;
		double[][] x = tr ? transpose(toDouble(g)) : toDouble(g);
		double nrm = 0;
		for (double[] r : x) {
			for (double v : r) {
				nrm += v * v;
			}
		}
		nrm = Math.sqrt(nrm) + eps;
		for (double[] r : x) {
			for (int j = 0; j < r.length; j++) {
				r[j] /= nrm;
			}
		}
		for (int it = 0; it < steps; it++) {
			double[][] aa = mul(x, transpose(x));
			double[][] a2 = mul(aa, aa);
			double[][] bb = new double[aa.length][aa.length];
			for (int i = 0; i < aa.length; i++) {
				for (int j = 0; j < aa.length; j++) {
					bb[i][j] = b * aa[i][j] + c * a2[i][j];
				}
			}
			double[][] bx = mul(bb, x);
			for (int i = 0; i < x.length; i++) {
				for (int j = 0; j < x[0].length; j++) {
					x[i][j] = a * x[i][j] + bx[i][j];
				}
			}
		}
		return tr ? transpose(x) : x;
	}

	/**
	 * torch.optim.Muon's bfloat16 iteration emulated with plain loops: float32 products summed in float32, each op's
	 * result rounded once to bfloat16 (round-to-nearest-even done here with Math.round-free bit arithmetic of its
	 * own, not with {@link BFloat16}).
	 */
	static float[][] newtonSchulzBf16(float[][] g, int steps, float a, float b, float c, float eps) {
		int rows = g.length, cols = g[0].length;
		boolean tr = rows > cols;
		int m = Math.min(rows, cols), k = Math.max(rows, cols);
		float[][] x = new float[m][k];
		for (int i = 0; i < rows; i++) {
			for (int j = 0; j < cols; j++) {
				float v = bf16(g[i][j]);
				if (tr) {
					x[j][i] = v;
				} else {
					x[i][j] = v;
				}
			}
		}
		double sq = 0;
		for (float[] r : x) {
			for (float v : r) {
				sq += (double) v * v;
			}
		}
		float nrm = Math.max(bf16((float) Math.sqrt(sq)), bf16(eps));
		for (float[] r : x) {
			for (int j = 0; j < k; j++) {
				r[j] = bf16(r[j] / nrm);
			}
		}
		for (int it = 0; it < steps; it++) {
			float[][] aa = new float[m][m];
			for (int i = 0; i < m; i++) {
				for (int j = 0; j < m; j++) {
					float s = 0f;
					for (int q = 0; q < k; q++) {
						s += x[i][q] * x[j][q];
					}
					aa[i][j] = bf16(s);
				}
			}
			float[][] bb = new float[m][m];
			for (int i = 0; i < m; i++) {
				for (int j = 0; j < m; j++) {
					float s = 0f;
					for (int q = 0; q < m; q++) {
						s += aa[i][q] * aa[q][j];
					}
					bb[i][j] = bf16(c * s + b * aa[i][j]);
				}
			}
			float[][] nx = new float[m][k];
			for (int i = 0; i < m; i++) {
				for (int j = 0; j < k; j++) {
					float s = 0f;
					for (int q = 0; q < m; q++) {
						s += bb[i][q] * x[q][j];
					}
					nx[i][j] = bf16(s + a * x[i][j]);
				}
			}
			x = nx;
		}
		if (!tr) {
			return x;
		}
		float[][] out = new float[k][m];
		for (int i = 0; i < m; i++) {
			for (int j = 0; j < k; j++) {
				out[j][i] = x[i][j];
			}
		}
		return out;
	}

	/** Round to nearest bfloat16, ties to even, via the exact double value (independent of {@link BFloat16}). */
	static float bf16(float f) {
		if (Float.isNaN(f) || Float.isInfinite(f) || f == 0f) {
			return f;
		}
		int bits = Float.floatToRawIntBits(f);
		float down = Float.intBitsToFloat(bits & 0xFFFF0000); // toward zero
		float up = Float.intBitsToFloat((bits & 0xFFFF0000) + 0x10000); // away from zero
		double dd = Math.abs((double) f - down), du = Math.abs((double) up - f);
		if (dd < du) {
			return down;
		}
		if (du < dd) {
			return up;
		}
		return ((bits >>> 16) & 1) == 0 ? down : up;
	}

	// ---- random data ----

	static Weights randomWeights(Random rnd, int in, int ud, int n, int zd, double std) {
		return new Weights(gauss(rnd, ud, in, std), gauss(rnd, n, ud, std), gauss(rnd, zd, n, std));
	}

	static float[][] gauss(Random rnd, int r, int c, double std) {
		float[][] m = new float[r][c];
		for (float[] row : m) {
			for (int j = 0; j < c; j++) {
				row[j] = (float) (rnd.nextGaussian() * std);
			}
		}
		return m;
	}

	/** decay = exp(−softplus(a_raw)·dt) with a_raw ~ N(0, spread²), as the model computes it. */
	static float[] decay(Random rnd, int n, double spread, double dt) {
		float[] d = new float[n];
		for (int i = 0; i < n; i++) {
			double aRaw = rnd.nextGaussian() * spread;
			d[i] = (float) Math.exp(-Math.log1p(Math.exp(aRaw)) * dt);
		}
		return d;
	}

	/** Point-mass-like trajectories: positions integrate velocities, velocities follow random actions with friction. */
	static SequenceBatch batch(Random rnd, int seqs, int steps, int zd, int ad) {
		float[][][] z = new float[seqs][steps][zd], a = new float[seqs][steps][ad], zn = new float[seqs][steps][zd];
		for (int s = 0; s < seqs; s++) {
			float[] cur = new float[zd];
			double mu = 0.02 + 0.23 * rnd.nextDouble();
			for (int t = 0; t < steps; t++) {
				float[] act = new float[ad];
				for (int j = 0; j < ad; j++) {
					act[j] = (float) (rnd.nextGaussian() * 0.5);
				}
				float[] next = new float[zd];
				for (int k = 0; k < zd; k++) {
					int half = Math.max(1, zd / 2);
					if (k >= half) { // velocity
						next[k] = (float) ((1 - mu) * cur[k] + act[(k - half) % ad]);
					} else { // position
						next[k] = (float) (cur[k] + 0.1 * ((1 - mu) * cur[Math.min(zd - 1, k + half)] + act[k % ad]));
					}
				}
				z[s][t] = cur;
				a[s][t] = act;
				zn[s][t] = next;
				cur = next;
			}
		}
		return new SequenceBatch(z, a, zn);
	}

	// ---- small float64 linear algebra ----

	static double[][] toDouble(float[][] m) {
		double[][] d = new double[m.length][];
		for (int i = 0; i < m.length; i++) {
			d[i] = toDouble(m[i]);
		}
		return d;
	}

	static double[] toDouble(float[] v) {
		double[] d = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			d[i] = v[i];
		}
		return d;
	}

	static double[] matVec(double[][] m, double[] v) {
		double[] o = new double[m.length];
		for (int i = 0; i < m.length; i++) {
			double s = 0;
			for (int j = 0; j < v.length; j++) {
				s += m[i][j] * v[j];
			}
			o[i] = s;
		}
		return o;
	}

	static double[][] mul(double[][] p, double[][] q) {
		double[][] o = new double[p.length][q[0].length];
		for (int i = 0; i < p.length; i++) {
			for (int k = 0; k < q.length; k++) {
				double v = p[i][k];
				for (int j = 0; j < q[0].length; j++) {
					o[i][j] += v * q[k][j];
				}
			}
		}
		return o;
	}

	static double[][] transpose(double[][] m) {
		double[][] t = new double[m[0].length][m.length];
		for (int i = 0; i < m.length; i++) {
			for (int j = 0; j < m[0].length; j++) {
				t[j][i] = m[i][j];
			}
		}
		return t;
	}
}
