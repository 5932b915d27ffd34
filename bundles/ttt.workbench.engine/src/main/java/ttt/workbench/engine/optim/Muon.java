package ttt.workbench.engine.optim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import ttt.workbench.engine.math.SsmBackend;
import ttt.workbench.engine.math.Weights;

/**
 * Muon over the three plastic matrices (param 0 = W_u, 1 = B, 2 = W_o), in either {@link OptimizerVariant}, with its
 * momentum buffers. A buffer is {@code null} until the parameter's first step, as in torch, whose
 * {@code state_dict()} then has no entry for it: a fresh optimizer writes an empty {@code state}.
 *
 * <p>Float32 throughout, elementwise ops rounded as torch rounds them; an add with {@code alpha} is torch's
 * vectorised {@code fmadd} (one rounding), a lerp is torch's {@code lerp_vec}:
 * {@code w < 0.5 ? fma(w, end − start, start) : fma(w − 1, end − start, end)}.
 *
 * <ul>
 * <li>fallback: {@code buf ← buf·m + g}; {@code upd = nesterov ? g + m·buf : buf}; {@code O = NS_f32(upd)};
 * {@code p ← p − lr·wd·p} (only when wd ≠ 0); {@code p ← p − lr_eff·O}.
 * <li>torch: {@code buf ← lerp(buf, g, 1 − m)}; {@code upd = nesterov ? lerp(g, buf, m) : buf};
 * {@code O = NS_bf16(upd)}; {@code p ← p·(1 − lr·wd)}; {@code p ← p − lr_eff·O}.
 * </ul>
 *
 * <p>Not thread-safe. {@link #copy()} is a deep snapshot for rollback; {@link #restore} puts one back.
 */
public final class Muon {

	private final OptimizerVariant variant;
	private final MuonSettings settings;
	private final Map<String, Object> groupEntries;
	private final float[][][] buffers = new float[3][][];

	/**
	 * @param groupEntries the param group as read from a file (kept to write it back with its key order and any
	 *        extra keys), or {@code null} for a group generated from the settings
	 */
	public Muon(OptimizerVariant variant, MuonSettings settings, Map<String, Object> groupEntries) {
		this.variant = Objects.requireNonNull(variant, "variant");
		this.settings = Objects.requireNonNull(settings, "settings");
		this.groupEntries = groupEntries == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(groupEntries));
	}

	/** A fresh optimizer: no momentum yet. */
	public static Muon fresh(OptimizerVariant variant, MuonSettings settings) {
		return new Muon(variant, settings, null);
	}

	public OptimizerVariant variant() {
		return variant;
	}

	public MuonSettings settings() {
		return settings;
	}

	/** The param group entries read from a file, or {@code null}. */
	public Map<String, Object> groupEntries() {
		return groupEntries;
	}

	/** Whether no parameter has a momentum buffer yet. */
	public boolean isFresh() {
		return buffers[0] == null && buffers[1] == null && buffers[2] == null;
	}

	/** The momentum buffer of parameter {@code id} (0 W_u, 1 B, 2 W_o), a copy, or {@code null} before its first step. */
	public float[][] momentumBuffer(int id) {
		return buffers[id] == null ? null : Weights.copy(buffers[id]);
	}

	/** Sets (a copy of) a momentum buffer; {@code null} removes it. */
	public void setMomentumBuffer(int id, float[][] buffer) {
		buffers[id] = buffer == null ? null : Weights.copy(buffer);
	}

	/** A deep copy (snapshot). */
	public Muon copy() {
		Muon m = new Muon(variant, settings, groupEntries);
		for (int i = 0; i < 3; i++) {
			m.buffers[i] = buffers[i] == null ? null : Weights.copy(buffers[i]);
		}
		return m;
	}

	/** Puts the buffers of a snapshot of this optimizer back (torch's {@code load_state_dict(snapshot)}). */
	public void restore(Muon snapshot) {
		if (snapshot.variant != variant || !snapshot.settings.equals(settings)) {
			throw new IllegalArgumentException("the snapshot belongs to another optimizer");
		}
		for (int i = 0; i < 3; i++) {
			buffers[i] = snapshot.buffers[i] == null ? null : Weights.copy(snapshot.buffers[i]);
		}
	}

	/**
	 * One optimizer step: updates {@code params} in place from {@code grads} (same shapes).
	 *
	 * @param backend runs the Newton–Schulz iteration
	 */
	public void step(Weights params, Weights grads, SsmBackend backend) {
		float[][][] ps = params.asArray(), gs = grads.asArray();
		for (int i = 0; i < 3; i++) {
			if (ps[i].length != gs[i].length || ps[i][0].length != gs[i][0].length) {
				throw new IllegalArgumentException("gradient " + i + " does not have the shape of its parameter");
			}
			if (buffers[i] != null && (buffers[i].length != ps[i].length || buffers[i][0].length != ps[i][0].length)) {
				throw new IllegalStateException("momentum buffer " + i + " does not have the shape of its parameter");
			}
		}
		for (int i = 0; i < 3; i++) {
			if (buffers[i] == null) {
				buffers[i] = new float[ps[i].length][ps[i][0].length];
			}
			stepParam(ps[i], gs[i], buffers[i], backend);
		}
	}

	private void stepParam(float[][] p, float[][] g, float[][] buf, SsmBackend backend) {
		int rows = p.length, cols = p[0].length;
		float m = (float) settings.momentum();
		float[][] upd = new float[rows][cols];
		if (variant == OptimizerVariant.MUON_FALLBACK) {
			for (int r = 0; r < rows; r++) {
				float[] br = buf[r], gr = g[r], ur = upd[r];
				for (int c = 0; c < cols; c++) {
					br[c] = br[c] * m + gr[c];
				}
				if (settings.nesterov()) {
					for (int c = 0; c < cols; c++) {
						ur[c] = Math.fma(br[c], m, gr[c]);
					}
				} else {
					System.arraycopy(br, 0, ur, 0, cols);
				}
			}
		} else {
			float w = (float) (1 - settings.momentum());
			for (int r = 0; r < rows; r++) {
				float[] br = buf[r], gr = g[r], ur = upd[r];
				for (int c = 0; c < cols; c++) {
					br[c] = lerp(br[c], gr[c], w);
				}
				if (settings.nesterov()) {
					for (int c = 0; c < cols; c++) {
						ur[c] = lerp(gr[c], br[c], m);
					}
				} else {
					System.arraycopy(br, 0, ur, 0, cols);
				}
			}
		}
		float[][] o = backend.newtonSchulz(upd, settings.nsSteps(), (float) settings.nsA(), (float) settings.nsB(),
				(float) settings.nsC(), (float) settings.eps(), variant == OptimizerVariant.MUON_TORCH);
		double lr = settings.lr(), wd = settings.weightDecay();
		if (variant == OptimizerVariant.MUON_FALLBACK) {
			if (wd != 0.0) {
				float alpha = (float) (-lr * wd);
				for (float[] pr : p) {
					for (int c = 0; c < cols; c++) {
						pr[c] = Math.fma(pr[c], alpha, pr[c]);
					}
				}
			}
		} else {
			float scale = (float) (1 - lr * wd);
			for (float[] pr : p) {
				for (int c = 0; c < cols; c++) {
					pr[c] = pr[c] * scale;
				}
			}
		}
		float alpha = (float) -settings.adjustedLr(variant, rows, cols);
		for (int r = 0; r < rows; r++) {
			float[] pr = p[r], or = o[r];
			for (int c = 0; c < cols; c++) {
				pr[c] = Math.fma(or[c], alpha, pr[c]);
			}
		}
	}

	/** torch's vectorised lerp: {@code start + w·(end − start)} for |w| &lt; 0.5, else {@code end + (w − 1)·(end − start)}, fused. */
	static float lerp(float start, float end, float w) {
		float diff = end - start;
		return Math.abs(w) < 0.5f ? Math.fma(w, diff, start) : Math.fma(w - 1f, diff, end);
	}
}
