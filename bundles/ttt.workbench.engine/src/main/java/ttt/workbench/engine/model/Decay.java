package ttt.workbench.engine.model;

/**
 * The frozen stability part of the DiagStableSSM (SPEC §3): {@code decay = exp(−softplus(a_raw) · dt)}, in float32 as
 * the reference computes it: {@code A = −softplus(a_raw)} (torch's softplus with beta 1 and threshold 20, i.e. the
 * identity above 20), then {@code A · dt} with dt as a float32 scalar, then {@code exp}. Every value lies in (0, 1]
 * for finite a_raw (exactly 1 only when softplus underflows).
 */
public final class Decay {

	/** torch's {@code F.softplus} default threshold: above it softplus returns its input. */
	public static final float SOFTPLUS_THRESHOLD = 20f;

	private Decay() {
	}

	/** {@code softplus(x) = x > 20 ? x : log1p(exp(x))}, rounded to float32. */
	public static float softplus(float x) {
		if (x > SOFTPLUS_THRESHOLD) {
			return x;
		}
		return (float) StrictMath.log1p(StrictMath.exp(x));
	}

	/** {@code exp(−softplus(a) · dt)} for each entry of a_raw. */
	public static float[] compute(float[] aRaw, double dt) {
		float dtF = (float) dt;
		float[] decay = new float[aRaw.length];
		for (int i = 0; i < aRaw.length; i++) {
			float a = -softplus(aRaw[i]);
			decay[i] = (float) StrictMath.exp(a * dtF);
		}
		return decay;
	}
}
