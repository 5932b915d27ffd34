package ttt.workbench.engine.env;

import java.util.Objects;

/**
 * The hidden-friction environment (SPEC §3): a 2-D point mass observed as {@code [x, y, vx, vy]}, starting at zeros.
 * A step with action {@code a}: {@code v ← (1 − μ_eff)·v + a}, {@code p ← p + v·dt}.
 *
 * <p>float32 exactly as the reference's torch code: {@code (1 − μ_eff)} is computed in double and used as a float32
 * scalar, each product and sum is rounded to float32 (no fused multiply-add), so trajectories match the reference
 * bit for bit. Nonlinear: the speed {@code ‖v‖} is measured before the update (float32, compared in double with
 * {@code 2μ}); μ_eff = min(0.95, 2μ) below it, max(0, 0.5μ) otherwise.
 */
public final class HiddenMuEnv {

	/** μ range when a session's μ is drawn. */
	public static final double MU_MIN = 0.02, MU_MAX = 0.25;
	public static final int OBS_DIM = 4, ACT_DIM = 2;

	private static final double THRESHOLD_SCALE = 2.0, STATIC_MULT = 2.0, DYNAMIC_MULT = 0.5, STATIC_CAP = 0.95;

	private final double mu;
	private final Dynamics dynamics;
	private final float dt;
	private float x, y, vx, vy;

	public HiddenMuEnv(double mu, Dynamics dynamics) {
		this(mu, dynamics, 1.0);
	}

	public HiddenMuEnv(double mu, Dynamics dynamics, double dt) {
		if (!Double.isFinite(mu)) {
			throw new IllegalArgumentException("mu must be finite, found " + mu);
		}
		this.mu = mu;
		this.dynamics = Objects.requireNonNull(dynamics, "dynamics");
		this.dt = (float) dt;
	}

	public double mu() {
		return mu;
	}

	public Dynamics dynamics() {
		return dynamics;
	}

	public void reset() {
		x = y = vx = vy = 0f;
	}

	/** {@code [x, y, vx, vy]}. */
	public float[] observe() {
		return new float[] { x, y, vx, vy };
	}

	/** The μ_eff of the next step (depends on the current speed in the nonlinear mode). */
	public double effectiveMu() {
		if (dynamics == Dynamics.LINEAR) {
			return mu;
		}
		double speed = (float) Math.sqrt((double) vx * vx + (double) vy * vy);
		double threshold = mu * THRESHOLD_SCALE;
		double muStatic = Math.min(STATIC_CAP, mu * STATIC_MULT);
		double muDynamic = Math.max(0.0, mu * DYNAMIC_MULT);
		return speed < threshold ? muStatic : muDynamic;
	}

	/** Writes {@code [x, y, vx, vy]} into {@code obs} (no allocation: pretraining fills reused batches). */
	public void observeInto(float[] obs) {
		obs[0] = x;
		obs[1] = y;
		obs[2] = vx;
		obs[3] = vy;
	}

	/** One step; returns the new observation. */
	public float[] step(float ax, float ay) {
		advance(ax, ay);
		return observe();
	}

	/** One step without returning the observation (read it with {@link #observeInto}). */
	public void advance(float ax, float ay) {
		float keep = (float) (1.0 - effectiveMu());
		vx = keep * vx + ax;
		vy = keep * vy + ay;
		x = x + vx * dt;
		y = y + vy * dt;
	}

	/**
	 * The observations of a whole trajectory from zeros: {@code obs[0]} is the start, {@code obs[t+1]} follows
	 * action {@code actions[t]}; {@code steps + 1} rows.
	 */
	public static float[][] rollout(double mu, Dynamics dynamics, float[][] actions) {
		HiddenMuEnv env = new HiddenMuEnv(mu, dynamics);
		env.reset();
		float[][] obs = new float[actions.length + 1][];
		obs[0] = env.observe();
		for (int t = 0; t < actions.length; t++) {
			if (actions[t].length != ACT_DIM) {
				throw new IllegalArgumentException("action " + t + " has " + actions[t].length + " values, expected " + ACT_DIM);
			}
			obs[t + 1] = env.step(actions[t][0], actions[t][1]);
		}
		return obs;
	}
}
