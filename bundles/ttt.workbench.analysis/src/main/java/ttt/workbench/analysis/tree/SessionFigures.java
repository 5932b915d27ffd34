package ttt.workbench.analysis.tree;

import ttt.workbench.store.model.Session;
import ttt.workbench.engine.analysis.LearningFigures;

/** The per-session numbers the tree colours and labels by. */
final class SessionFigures {

	private SessionFigures() {
	}

	/**
	 * Online learning of the session's newest run in percent, as {@link LearningFigures} defines it for every view
	 * (the brief's "Online Learning" card). Null when the session has not run.
	 */
	static Double onlineImprovementPercent(Session s) {
		LearningFigures figures = s.getRuns().isEmpty() ? null : LearningFigures.of(s.getMetrics());
		return figures == null || Double.isNaN(figures.onlinePercent()) ? null : figures.onlinePercent();
	}

	/** When the session last did something: its newest run, else its creation (Unix seconds). */
	static double lastActivity(Session s) {
		return s.getLastRunAtUnix() != null ? s.getLastRunAtUnix() : s.getCreatedAtUnix();
	}

	/** "5 min ago", "3 h ago", "2 d ago" relative to {@code now} (Unix seconds). */
	static String ago(double then, double now) {
		long s = Math.max(0, Math.round(now - then));
		if (s < 90) {
			return s + " s ago";
		}
		if (s < 90 * 60) {
			return Math.round(s / 60.0) + " min ago";
		}
		if (s < 36 * 3600) {
			return Math.round(s / 3600.0) + " h ago";
		}
		return Math.round(s / 86400.0) + " d ago";
	}
}
