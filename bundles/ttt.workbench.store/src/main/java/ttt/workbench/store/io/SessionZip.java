package ttt.workbench.store.io;

import java.util.List;

/**
 * The session zip: sessions of one store with their whole lineage (every ancestor up to the root), the base they need
 * and, for a sweep, the sweep's folder — written by {@link SessionZipWriter}, read into another store by
 * {@link SessionZipReader}. Entries have store-relative paths ({@code base/base_checkpoint.pt},
 * {@code sessions/s1/meta.json}, {@code sweeps/mu-vs-lr/manifest.json}) and hold the store's files byte for byte; the
 * first entry, {@value #MANIFEST}, names what the zip holds:
 *
 * <pre>
 * {"format": "ttt-workbench-session-zip", "version": 1, "created_at_unix": 1768680000,
 *  "base": {"base_ckpt_hash": "32cc…", "model_signature": "42af…"},
 *  "selected": ["s1b"], "sessions": ["s1", "s1b"], "sweep": null,
 *  "files": [{"path": "base/base_meta.json", "bytes": 412, "sha256": "…"}, …]}
 * </pre>
 */
public final class SessionZip {

	public static final String MANIFEST = "ttt-export.json";
	public static final String FORMAT = "ttt-workbench-session-zip";
	public static final int VERSION = 1;
	public static final String SWEEPS_DIR = "sweeps";
	/** The sweep bundle's manifest file in a sweep folder (the store bundle cannot see the sweep bundle). */
	public static final String SWEEP_MANIFEST = "manifest.json";

	/** Limits of an imported zip: a zip beyond them is refused before anything is written. */
	public record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {
		public static final Limits DEFAULT = new Limits(StoreFiles.MAX_DECOMPRESSED_BYTES, 2L << 30, 100_000);
	}

	/** One file of the zip as the manifest lists it. */
	public record FileEntry(String path, long bytes, String sha256) {
	}

	/**
	 * What a zip holds (its manifest), as read and checked.
	 *
	 * @param selected the sessions the exporter chose; {@code sessions} adds their ancestors
	 * @param sweep the sweep's name, or {@code null}
	 */
	public record Contents(String baseCkptHash, String modelSignature, List<String> selected, List<String> sessions, String sweep,
			List<FileEntry> files) {
		public Contents {
			selected = List.copyOf(selected);
			sessions = List.copyOf(sessions);
			files = List.copyOf(files);
		}

		public long totalBytes() {
			return files.stream().mapToLong(FileEntry::bytes).sum();
		}
	}

	private SessionZip() {
	}
}
