package ttt.workbench.store.pt;

/**
 * Upper bounds the reader enforces before it allocates anything, so a hostile or damaged file (a zip bomb, a pickle
 * declaring a 2 GB string, a tensor expanded over a one-element storage) fails with a message instead of exhausting
 * memory. The defaults are far above anything this product writes (a default model's files hold a few KB) and far
 * below what would hurt a workbench JVM.
 *
 * @param maxEntries             zip entries in one file
 * @param maxEntryBytes          declared uncompressed size of one entry
 * @param maxTotalBytes          sum of the declared uncompressed sizes of all entries
 * @param maxPickleBytes         declared size of {@code data.pkl}
 * @param maxTensorElements      elements of one rebuilt tensor (it may be larger than its storage: stride 0)
 * @param maxTotalTensorElements elements of all rebuilt tensors together
 */
public record PtLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxPickleBytes, long maxTensorElements,
		long maxTotalTensorElements) {

	/** 4096 entries, 256 MiB an entry, 512 MiB in all, 16 MiB of pickle, 64 Mi elements a tensor, 128 Mi in all. */
	public static final PtLimits DEFAULT = new PtLimits(4096, 256L << 20, 512L << 20, 16L << 20, 64L << 20, 128L << 20);

	/** Java arrays stop a little short of 2^31 elements. */
	private static final long ARRAY_MAX = Integer.MAX_VALUE - 8;

	public PtLimits {
		if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxPickleBytes < 1 || maxTensorElements < 1
				|| maxTotalTensorElements < 1) {
			throw new IllegalArgumentException("limits must be positive");
		}
		if (maxEntryBytes > ARRAY_MAX || maxPickleBytes > ARRAY_MAX || maxTensorElements > ARRAY_MAX) {
			throw new IllegalArgumentException("an entry or a tensor must fit in one Java array (< 2^31)");
		}
	}
}
