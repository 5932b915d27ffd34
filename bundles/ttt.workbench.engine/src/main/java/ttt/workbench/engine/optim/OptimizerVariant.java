package ttt.workbench.engine.optim;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two Muon variants (SPEC §3). A session records its variant in the top-level meta key {@code optimizer}; a
 * session without that key (written by the reference) uses the variant its base's {@code torch_version} implies: the
 * reference uses {@code torch.optim.Muon} from torch 2.9 on and its own {@code MuonFallback} before.
 */
public enum OptimizerVariant {

	/** {@code torch.optim.Muon} (torch ≥ 2.9): lerp momentum, Newton–Schulz in bfloat16. */
	MUON_TORCH("muon_torch"),
	/** The reference's {@code MuonFallback} (torch &lt; 2.9): SGD momentum, Newton–Schulz in float32. */
	MUON_FALLBACK("muon_fallback");

	/** What new stores made by this product use. */
	public static final OptimizerVariant DEFAULT_FOR_NEW_STORES = MUON_TORCH;

	private static final Pattern VERSION = Pattern.compile("^\\s*v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

	private final String key;

	OptimizerVariant(String key) {
		this.key = key;
	}

	/** The meta value: "muon_torch" or "muon_fallback". */
	public String key() {
		return key;
	}

	/** The variant for a meta value; refuses anything else. */
	public static OptimizerVariant fromKey(String key) {
		for (OptimizerVariant v : values()) {
			if (v.key.equals(key)) {
				return v;
			}
		}
		throw new IllegalArgumentException("unknown optimizer variant '" + key + "': expected muon_torch or muon_fallback");
	}

	/**
	 * The variant of a session: its meta key {@code optimizer} when present, else the one its base's
	 * {@code torch_version} implies ({@link #forTorchVersion}).
	 *
	 * @param metaOptimizer the session meta's top-level {@code optimizer}, or {@code null}
	 * @param torchVersion the base meta's {@code torch_version}
	 */
	public static OptimizerVariant forSession(String metaOptimizer, String torchVersion) {
		if (metaOptimizer != null) {
			return fromKey(metaOptimizer);
		}
		return forTorchVersion(torchVersion);
	}

	/** ≥ 2.9 → {@link #MUON_TORCH}, older → {@link #MUON_FALLBACK}. */
	public static OptimizerVariant forTorchVersion(String torchVersion) {
		int[] v = parseTorchVersion(torchVersion);
		boolean hasMuon = v[0] > 2 || (v[0] == 2 && v[1] >= 9);
		return hasMuon ? MUON_TORCH : MUON_FALLBACK;
	}

	/**
	 * Major, minor and patch of a torch version string such as "1.13.0a0", "2.9.1", "2.10.0+cpu" or
	 * "2.9.0.dev20250101+cu121" (patch 0 when absent).
	 */
	public static int[] parseTorchVersion(String version) {
		if (version == null) {
			throw new IllegalArgumentException("no torch_version to choose the optimizer variant from");
		}
		Matcher m = VERSION.matcher(version);
		if (!m.find()) {
			throw new IllegalArgumentException("cannot read torch_version '" + version + "' (expected MAJOR.MINOR...)");
		}
		try {
			return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					m.group(3) == null ? 0 : Integer.parseInt(m.group(3)) };
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("cannot read torch_version '" + version + "': number too large", e);
		}
	}
}
