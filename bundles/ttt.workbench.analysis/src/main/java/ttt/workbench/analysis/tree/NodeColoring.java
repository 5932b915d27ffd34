package ttt.workbench.analysis.tree;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;

/**
 * Computes each session node's look and its text cue for one colour mode, and the legend that explains it. Ranges
 * (oldest/newest, largest improvement) come from every session of the store, whether shown or folded away.
 */
public final class NodeColoring {

	public static final Shade BASE_FILL = new Shade(244, 208, 120);
	public static final Shade BASE_BORDER = new Shade(150, 105, 30);
	static final Shade NO_DATA = new Shade(225, 225, 225);
	private static final Shade OLD = new Shade(226, 230, 238);
	private static final Shade RECENT = new Shade(245, 150, 50);
	private static final Shade WORSE = new Shade(215, 80, 70);
	private static final Shade NEUTRAL = new Shade(246, 246, 246);
	private static final Shade BETTER = new Shade(60, 165, 85);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
			.withZone(ZoneId.systemDefault());

	/** The look and the cue line of every session, and the legend. */
	record Result(Map<String, NodeLook> looks, Map<String, String> cues, Legend legend) {
	}

	private NodeColoring() {
	}

	static Result color(List<Session> sessions, ColorMode mode, double nowUnix) {
		return color(sessions, sessions, mode, nowUnix);
	}

	/**
	 * The scales (roots, oldest and newest, largest improvement) and the legend from {@code all}; looks and cues for
	 * {@code shown} only: a store of 100,000 sessions folded to its roots colours a handful of nodes, not every session.
	 */
	static Result color(List<Session> all, Collection<Session> shown, ColorMode mode, double nowUnix) {
		return switch (mode) {
		case DEPTH -> byDepth(all, shown);
		case RECENCY -> byRecency(all, shown, nowUnix);
		case IMPROVEMENT -> byImprovement(all, shown);
		};
	}

	/** Hues 137.5° apart (the golden angle) stay distinct for any number of roots. */
	static double rootHue(int rootIndex) {
		return (210 + rootIndex * 137.508) % 360;
	}

	/**
	 * The hue family of a root session: its own id, or its sweep for the sessions of a sweep from the base (dozens of
	 * roots of one sweep share one hue, as the group node they hang under says they belong together).
	 */
	private static String family(Session root) {
		String sweep = SweepGroups.sweepOf(root);
		return sweep != null ? "sweep " + sweep : "root " + root.getId();
	}

	private static Result byDepth(List<Session> all, Collection<Session> sessions) {
		Map<String, Integer> rootIndex = new LinkedHashMap<>();
		all.stream().filter(s -> s.getParent() == null)
				.sorted(Comparator.comparingDouble(Session::getCreatedAtUnix).thenComparing(Session::getId))
				.forEach(s -> rootIndex.putIfAbsent(family(s), rootIndex.size()));
		Map<String, NodeLook> looks = new HashMap<>();
		Map<String, String> cues = new HashMap<>();
		for (Session s : sessions) {
			Session root = s;
			while (root.getParent() != null) {
				root = root.getParent();
			}
			double hue = rootHue(rootIndex.getOrDefault(family(root), 0));
			int depth = s.getDepth();
			double lightness = Math.min(0.90, 0.60 + 0.09 * Math.max(0, depth));
			looks.put(s.getId(), look(s, Shade.hsl(hue, 0.55, lightness), Shade.hsl(hue, 0.45, 0.35)));
			cues.put(s.getId(), "depth " + depth + (s.getParent() == null ? " · root" : ""));
		}
		List<Legend.Entry> entries = new ArrayList<>();
		rootIndex.entrySet().stream().limit(4)
				.forEach(e -> entries.add(new Legend.Entry(Shade.hsl(rootHue(e.getValue()), 0.55, 0.62), e.getKey())));
		if (rootIndex.size() > 4) {
			entries.add(new Legend.Entry(NO_DATA, "… " + (rootIndex.size() - 4) + " more roots"));
		}
		return new Result(looks, cues, new Legend("Colour: lineage (hue = root, lighter = deeper)", entries, "text: depth below the base"));
	}

	private static Result byRecency(List<Session> all, Collection<Session> sessions, double now) {
		double oldest = all.stream().mapToDouble(SessionFigures::lastActivity).min().orElse(now);
		double newest = all.stream().mapToDouble(SessionFigures::lastActivity).max().orElse(now);
		double span = Math.max(1e-9, newest - oldest);
		Map<String, NodeLook> looks = new HashMap<>();
		Map<String, String> cues = new HashMap<>();
		for (Session s : sessions) {
			double f = (SessionFigures.lastActivity(s) - oldest) / span;
			looks.put(s.getId(), look(s, OLD.mix(RECENT, f), new Shade(90, 90, 110)));
			cues.put(s.getId(), (s.getLastRunAtUnix() == null ? "created " : "ran ") + SessionFigures.ago(SessionFigures.lastActivity(s), now));
		}
		List<Legend.Entry> entries = List.of(new Legend.Entry(OLD, "oldest " + DAY.format(Instant.ofEpochSecond((long) oldest))),
				new Legend.Entry(OLD.mix(RECENT, 0.5), "…"),
				new Legend.Entry(RECENT, "newest " + DAY.format(Instant.ofEpochSecond((long) newest))));
		return new Result(looks, cues, new Legend("Colour: recency of the last run (or creation)", entries, "text: time since"));
	}

	private static Result byImprovement(List<Session> all, Collection<Session> sessions) {
		double largest = 1e-9;
		for (Session s : all) {
			Double p = SessionFigures.onlineImprovementPercent(s);
			if (p != null) {
				largest = Math.max(largest, Math.abs(p));
			}
		}
		Map<String, NodeLook> looks = new HashMap<>();
		Map<String, String> cues = new HashMap<>();
		for (Session s : sessions) {
			Double p = SessionFigures.onlineImprovementPercent(s);
			if (!SessionLoader.isLoaded(s)) { // a summary: neutral until its metrics are loaded
				looks.put(s.getId(), look(s, NO_DATA, new Shade(130, 130, 130)));
				cues.put(s.getId(), "…");
				continue;
			}
			if (p == null) {
				looks.put(s.getId(), look(s, NO_DATA, new Shade(130, 130, 130)));
				cues.put(s.getId(), "no run yet");
				continue;
			}
			Shade fill = p >= 0 ? NEUTRAL.mix(BETTER, p / largest) : NEUTRAL.mix(WORSE, -p / largest);
			looks.put(s.getId(), look(s, fill, new Shade(80, 80, 80)));
			cues.put(s.getId(), String.format(Locale.ROOT, "%s %.1f %% online", p >= 0 ? "▲" : "▼", Math.abs(p)));
		}
		List<Legend.Entry> entries = List.of(new Legend.Entry(WORSE, String.format(Locale.ROOT, "▼ −%.1f %% (updates hurt)", largest)),
				new Legend.Entry(NEUTRAL, "0 %"), new Legend.Entry(BETTER, String.format(Locale.ROOT, "▲ +%.1f %% (updates helped)", largest)),
				new Legend.Entry(NO_DATA, "no run yet"));
		return new Result(looks, cues,
				new Legend("Colour: online learning of the newest run", entries, "text: (session_start − adaptive) / session_start"));
	}

	/** Orphans (parent missing on disk) get a dashed border whatever the mode. */
	private static NodeLook look(Session s, Shade fill, Shade border) {
		return new NodeLook(fill, border, 1, s.isOrphan(), 0);
	}
}
