package ttt.workbench.analysis.session;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.engine.analysis.LearningFigures;

/**
 * What the session table and the compare view show of one session, read once from the model (SWT-free, so plain
 * tests check it against the fixture files). {@code learning} is the online learning of the newest run (null when
 * the session has never run); commits and attempts count the session's whole update log across runs.
 */
public record SessionFacts(Session session, String id, String parentId, boolean orphan, String rootId, int depth,
		double mu, String envMode, double createdAtUnix, Double lastRunAtUnix, int runs, int commits, int attempts,
		Run newestRun, RunMetrics newestMetrics, LearningFigures learning, String note) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	public static SessionFacts of(Session s) {
		int commits = 0;
		for (UpdateEvent e : s.getEvents()) {
			if (e.isCommitted()) {
				commits++;
			}
		}
		Run newest = newestRun(s);
		RunMetrics metrics = newest != null && newest.getMetrics() != null ? newest.getMetrics()
				: s.getMetrics() != null && s.getMetrics().getRunId() != null ? s.getMetrics() : null;
		return new SessionFacts(s, s.getId(), s.getParentId(), s.isOrphan(), s.getRootId(), s.getDepth(), s.getMu(),
				s.getEnvMode() == null ? null : s.getEnvMode().getLiteral(), s.getCreatedAtUnix(), s.getLastRunAtUnix(),
				s.getRuns().size(), commits, s.getEvents().size(), newest, metrics, LearningFigures.of(metrics),
				s.getForkNote());
	}

	/**
	 * The facts of one run of a session, for comparing runs: named by the run id, its curves and metrics those of the
	 * run; the session's settings and update log as in {@link #of(Session)}.
	 */
	public static SessionFacts ofRun(Run run) {
		SessionFacts s = of(run.getSession());
		RunMetrics metrics = run.getMetrics();
		return new SessionFacts(s.session(), run.getId(), s.parentId(), s.orphan(), s.rootId(), s.depth(), s.mu(), s.envMode(),
				s.createdAtUnix(), s.lastRunAtUnix(), s.runs(), s.commits(), s.attempts(), run, metrics, LearningFigures.of(metrics),
				s.note());
	}

	/** The run made last (by its creation time, then its id, which embeds the time). */
	public static Run newestRun(Session s) {
		return s.getRuns().stream().max(Comparator
				.comparingDouble((Run r) -> r.getCreatedAtUnix() == null ? Double.NEGATIVE_INFINITY : r.getCreatedAtUnix())
				.thenComparing(Run::getId)).orElse(null);
	}

	/** Local date and time to the second, or "never" for null. */
	public static String time(Double unixSeconds) {
		if (unixSeconds == null) {
			return "never";
		}
		return TIME.format(Instant.ofEpochMilli((long) (unixSeconds * 1000)).atZone(ZoneId.systemDefault()));
	}

	public String parentText() {
		return parentId == null ? "— (base)" : orphan ? parentId + " (missing)" : parentId;
	}

	public String muText() {
		return String.format(java.util.Locale.ROOT, "%.4g", mu);
	}

	public String learningText() {
		return learning == null ? "— (never run)" : learning.onlineText();
	}

	/** Online learning in percent, or null when the session has never run (sorted last). */
	public Double learningPercent() {
		return learning == null || Double.isNaN(learning.onlinePercent()) ? null : learning.onlinePercent();
	}
}
