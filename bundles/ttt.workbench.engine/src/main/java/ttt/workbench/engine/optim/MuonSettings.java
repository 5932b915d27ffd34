package ttt.workbench.engine.optim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ttt.workbench.store.model.PlasticityConfig;
import ttt.workbench.store.pt.ParamGroup;
import ttt.workbench.store.pt.PyTuple;

/**
 * The settings of one Muon param group. When a session's {@code optim_state.pt} loads they come from its
 * {@code param_groups} (torch's {@code load_state_dict} replaces the constructor's settings with the saved ones, so
 * e.g. {@code ns_steps} 2 in a file wins over 5 in plasticity_cfg); only a fresh optimizer takes them from
 * plasticity_cfg.
 *
 * @param adjustLrFn {@code null}, "original" or "match_rms_adamw"
 */
public record MuonSettings(double lr, double weightDecay, double momentum, boolean nesterov, double nsA, double nsB,
		double nsC, double eps, int nsSteps, String adjustLrFn) {

	public static final double DEFAULT_EPS = 1e-7;
	public static final double DEFAULT_A = 3.4445, DEFAULT_B = -4.7750, DEFAULT_C = 2.0315;
	public static final String ORIGINAL = "original";
	public static final String MATCH_RMS_ADAMW = "match_rms_adamw";

	public MuonSettings {
		if (adjustLrFn != null && !ORIGINAL.equals(adjustLrFn) && !MATCH_RMS_ADAMW.equals(adjustLrFn)) {
			throw new IllegalArgumentException("adjust_lr_fn must be None, 'original' or 'match_rms_adamw', found '" + adjustLrFn + "'");
		}
		if (nsSteps < 0 || nsSteps >= 100) {
			throw new IllegalArgumentException("ns_steps must be in [0, 100), found " + nsSteps);
		}
		if (!(eps >= 0) || Double.isInfinite(eps)) {
			throw new IllegalArgumentException("eps must be a non-negative number, found " + eps);
		}
		for (double v : new double[] { lr, weightDecay, momentum, nsA, nsB, nsC }) {
			if (!Double.isFinite(v)) {
				throw new IllegalArgumentException("Muon settings must be finite: lr " + lr + ", weight_decay " + weightDecay
						+ ", momentum " + momentum + ", ns_coefficients (" + nsA + ", " + nsB + ", " + nsC + ")");
			}
		}
	}

	/** The reference's defaults (plasticity_cfg defaults, eps 1e-7, the quintic coefficients). */
	public static MuonSettings defaults() {
		return new MuonSettings(0.005, 0.0, 0.95, true, DEFAULT_A, DEFAULT_B, DEFAULT_C, DEFAULT_EPS, 5, null);
	}

	/** Settings of a fresh optimizer for a session (what the reference's constructor gets from plasticity_cfg). */
	public static MuonSettings fromPlasticity(PlasticityConfig cfg) {
		return new MuonSettings(cfg.getLr(), cfg.getWeightDecay(), cfg.getMomentum(), cfg.isNesterov(), DEFAULT_A,
				DEFAULT_B, DEFAULT_C, DEFAULT_EPS, cfg.getNsSteps(), cfg.getAdjustLrFn());
	}

	/** Settings as a file's param group holds them. */
	public static MuonSettings fromParamGroup(ParamGroup g) {
		double[] abc = g.nsCoefficients();
		return new MuonSettings(g.lr(), g.weightDecay(), g.momentum(), g.nesterov(), abc[0], abc[1], abc[2], g.eps(),
				g.nsSteps(), g.adjustLrFn());
	}

	/** Copy with another learning rate. */
	public MuonSettings withLr(double newLr) {
		return new MuonSettings(newLr, weightDecay, momentum, nesterov, nsA, nsB, nsC, eps, nsSteps, adjustLrFn);
	}

	/**
	 * A param group in the key order the variant's {@code state_dict()} writes: torch.optim.Muon lr, weight_decay,
	 * momentum, nesterov, ns_coefficients, eps, ns_steps, adjust_lr_fn, params; MuonFallback lr, weight_decay,
	 * momentum, nesterov, eps, ns_steps, ns_coefficients, adjust_lr_fn, params.
	 */
	public ParamGroup toParamGroup(OptimizerVariant variant, List<Long> params) {
		if (variant == OptimizerVariant.MUON_TORCH) {
			return ParamGroup.muon(lr, weightDecay, momentum, nesterov, new double[] { nsA, nsB, nsC }, eps, nsSteps,
					adjustLrFn, params);
		}
		Map<String, Object> e = new LinkedHashMap<>();
		e.put("lr", lr);
		e.put("weight_decay", weightDecay);
		e.put("momentum", momentum);
		e.put("nesterov", nesterov);
		e.put("eps", eps);
		e.put("ns_steps", (long) nsSteps);
		e.put("ns_coefficients", PyTuple.of(nsA, nsB, nsC));
		e.put("adjust_lr_fn", adjustLrFn);
		e.put("params", new ArrayList<Object>(params));
		return new ParamGroup(e);
	}

	/**
	 * The learning rate applied to a {@code rows × cols} parameter. Fallback: lr (None),
	 * {@code lr·max(1, max/min)} (original), {@code lr·0.2·sqrt(max)} (match_rms_adamw). torch:
	 * {@code lr·sqrt(max(1, rows/cols))} (None and original), {@code lr·(0.2·sqrt(max))} (match_rms_adamw).
	 */
	public double adjustedLr(OptimizerVariant variant, int rows, int cols) {
		if (variant == OptimizerVariant.MUON_TORCH) {
			double ratio;
			if (adjustLrFn == null || ORIGINAL.equals(adjustLrFn)) {
				ratio = Math.sqrt(Math.max(1.0, (double) rows / (double) cols));
			} else {
				ratio = 0.2 * Math.sqrt((double) Math.max(rows, cols));
			}
			return lr * ratio;
		}
		if (ORIGINAL.equals(adjustLrFn)) {
			return lr * Math.max(1.0, (double) Math.max(rows, cols) / (double) Math.min(rows, cols));
		}
		if (MATCH_RMS_ADAMW.equals(adjustLrFn)) {
			return lr * 0.2 * Math.sqrt((double) Math.max(rows, cols));
		}
		return lr;
	}
}
