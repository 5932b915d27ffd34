package ttt.workbench.analysis.session.table;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import ttt.workbench.analysis.session.SessionFacts;
import ttt.workbench.store.io.SessionLoader;

/**
 * The columns of the Sessions table: header, tooltip, cell text and sort key. SWT-free so plain tests check the
 * sort order. Numeric columns sort by number (not by text), and a missing value (never run, no parent) sorts last
 * in both directions; ties break by session id so the order is stable. Columns that need a session's details (runs,
 * commits, learning, sweep: read lazily in stores opened as summaries) show {@link #PENDING} until the details are
 * loaded, and such a session sorts with the missing values.
 */
public enum SessionColumn {

	ID("Session", "session_id", 120, false, SessionFacts::id, SessionFacts::id),
	PARENT("Parent", "parent_session_id (— : forked from the base)", 100, false, SessionFacts::parentText, SessionFacts::parentId),
	ROOT("Root", "root_session_id: the first session of the lineage", 70, false, SessionFacts::rootId, SessionFacts::rootId),
	DEPTH("Depth", "lineage depth: forks between the session and the base (0: a root session)", 50, true,
			f -> Integer.toString(f.depth()), f -> (double) f.depth()),
	MU("μ", "hidden friction μ of the environment", 60, true, SessionFacts::muText, SessionFacts::mu),
	ENV("env_mode", "linear or nonlinear friction", 80, false, SessionFacts::envMode, SessionFacts::envMode),
	RUNS("Runs", "runs of the session", 45, true, f -> Integer.toString(f.runs()), f -> (double) f.runs()),
	COMMITS("Commits", "updates committed over all runs (update_events.jsonl), of the attempts", 70, true,
			f -> f.commits() + " / " + f.attempts(), f -> (double) f.commits()),
	LEARNING("Online learning", "newest run: session_no_update_mse_mean − adaptive_mse_mean, as % of session_no_update_mse_mean"
			+ " (positive: the updates lowered the error)", 165, true, SessionFacts::learningText, SessionFacts::learningPercent),
	CREATED("Created", "created_at_unix, local time", 140, true, f -> SessionFacts.time(f.createdAtUnix()), SessionFacts::createdAtUnix),
	LAST_RUN("Last run", "last_run_at_unix, local time", 140, true, f -> SessionFacts.time(f.lastRunAtUnix()), SessionFacts::lastRunAtUnix),
	SWEEP("Sweep", "the sweep and point that made the session (its meta's sweep key); empty: not made by a sweep", 110, false,
			SessionColumn::sweepText, SessionColumn::sweepKey);

	/** The text of a cell whose session's details are still being read. */
	public static final String PENDING = "…";

	/** "grid · point 3", or null for a session no sweep made. */
	static String sweepText(SessionFacts f) {
		var key = f.session() == null || f.session().getExtraJson() == null ? null : f.session().getExtraJson().get("sweep");
		if (key == null || !key.path("name").isTextual()) {
			return null;
		}
		return key.path("name").asText() + " · point " + key.path("point").asText("?");
	}

	/** Sweep name, then point number in numeric order. */
	static String sweepKey(SessionFacts f) {
		var key = f.session() == null || f.session().getExtraJson() == null ? null : f.session().getExtraJson().get("sweep");
		if (key == null || !key.path("name").isTextual()) {
			return null;
		}
		return key.path("name").asText() + "\u0000" + String.format("%09d", key.path("point").asLong(0));
	}

	private final String header;
	private final String tooltip;
	private final int width;
	private final boolean numeric;
	private final Function<SessionFacts, String> text;
	private final Function<SessionFacts, ?> key;

	<K extends Comparable<? super K>> SessionColumn(String header, String tooltip, int width, boolean numeric,
			Function<SessionFacts, String> text, Function<SessionFacts, K> key) {
		this.header = header;
		this.tooltip = tooltip;
		this.width = width;
		this.numeric = numeric;
		this.text = text;
		this.key = key;
	}

	public String header() {
		return header;
	}

	public String tooltip() {
		return tooltip;
	}

	public int width() {
		return width;
	}

	/** Right-aligned, sorted by number. */
	public boolean numeric() {
		return numeric;
	}

	/** Whether the cell needs the session's details (metrics, runs, events, extra keys), not only its summary. */
	public boolean needsDetails() {
		return this == RUNS || this == COMMITS || this == LEARNING || this == SWEEP;
	}

	/** Whether {@code f} can fill this column: summary columns always can; the others once the details are read. */
	public boolean available(SessionFacts f) {
		return !needsDetails() || f.session() == null || SessionLoader.isLoaded(f.session());
	}

	public String text(SessionFacts f) {
		if (!available(f)) {
			return PENDING;
		}
		String t = text.apply(f);
		return t == null ? "" : t;
	}

	/** The value this column sorts {@code f} by; null (sorted last) when missing or not loaded yet. */
	public Comparable<?> sortKey(SessionFacts f) {
		return available(f) ? (Comparable<?>) key.apply(f) : null;
	}

	/** How two non-null {@link #sortKey sort keys} of this column compare, in the given direction ({@link SessionRows} does the same on keys computed once). */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private Comparator<Comparable> keyOrder(boolean ascending) {
		Comparator<Comparable> values = numeric ? Comparator.naturalOrder()
				: (Comparator) Comparator.comparing((Object o) -> textKey(o));
		return ascending ? values : values.reversed();
	}

	/** A text key as it sorts: ignoring case (in lower case, as {@code String.CASE_INSENSITIVE_ORDER} orders). */
	static String textKey(Object key) {
		return key.toString().toLowerCase(Locale.ROOT);
	}

	/** The row order for this column; missing values last whatever the direction, then by session id. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Comparator<SessionFacts> comparator(boolean ascending) {
		Comparator<SessionFacts> byKey = Comparator.comparing(f -> (Comparable) sortKey(f), Comparator.nullsLast(keyOrder(ascending)));
		return byKey.thenComparing(SessionFacts::id);
	}
}
