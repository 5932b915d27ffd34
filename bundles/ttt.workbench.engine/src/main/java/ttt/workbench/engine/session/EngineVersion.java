package ttt.workbench.engine.session;

/** What this product records about itself in the files it writes (top-level keys the reference ignores). */
public final class EngineVersion {

	public static final String NAME = "ttt-workbench 0.1.0";

	/**
	 * {@code torch_version} of a base this product pretrains: no torch was involved. Sessions made here always carry
	 * an explicit {@code optimizer} key, so nothing has to be inferred from this string.
	 */
	public static final String NO_TORCH = "none (" + NAME + ")";

	private EngineVersion() {
	}
}
