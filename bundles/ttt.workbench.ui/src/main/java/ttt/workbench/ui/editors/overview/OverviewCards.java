package ttt.workbench.ui.editors.overview;

import java.math.BigDecimal;
import java.time.Instant;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.session.LearningGap;
import ttt.workbench.analysis.session.OverviewCurves;
import ttt.workbench.analysis.session.OverviewFigures;
import ttt.workbench.analysis.style.SeriesColor;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.charts.Palette;
import ttt.workbench.ui.preferences.WorkbenchPreferences;

/**
 * The Overview's cards: a row of hero cards (final-100 MSE of each model, improvement, commits / attempts, hidden μ,
 * session age) and a row of learning cards (persistent, online, total). Every card's tooltip gives its formula.
 */
final class OverviewCards {

	private static final String FINAL_100 = "mean of the last min(100, steps) per-step MSE values of the run";

	final Card base;
	final Card sessionStart;
	final Card adaptive;
	final Card improvement;
	final Card updates;
	final Card mu;
	final Card age;
	final Card persistent;
	final Card online;
	final Card total;

	OverviewCards(FormToolkit toolkit, Composite parent, Font big) {
		Composite hero = row(toolkit, parent, 7);
		Color gray = new Color(parent.getDisplay(), Palette.rgb(SeriesColor.BASE));
		Color blue = new Color(parent.getDisplay(), Palette.rgb(SeriesColor.SESSION_START));
		Color green = new Color(parent.getDisplay(), Palette.rgb(SeriesColor.ADAPTIVE));
		base = new Card(toolkit, hero, "Base · final-100", big, gray).named("overview.card.base").withSparkline();
		sessionStart = new Card(toolkit, hero, "Session start · final-100", big, blue).named("overview.card.sessionStart").withSparkline();
		adaptive = new Card(toolkit, hero, "Adaptive · final-100", big, green).named("overview.card.adaptive").withSparkline();
		improvement = new Card(toolkit, hero, "Improvement", big, null).named("overview.card.improvement");
		updates = new Card(toolkit, hero, "Commits / attempts", big, null).named("overview.card.updates");
		mu = new Card(toolkit, hero, "Hidden μ", big, null).named("overview.card.mu");
		age = new Card(toolkit, hero, "Session age", big, null).named("overview.card.age");
		Composite learning = row(toolkit, parent, 3);
		persistent = new Card(toolkit, learning, "Persistent learning  (base → session start)", big, null).named("overview.card.persistent");
		online = new Card(toolkit, learning, "Online learning  (session start → adaptive)", big, null).named("overview.card.online");
		total = new Card(toolkit, learning, "Total learning  (base → adaptive)", big, null).named("overview.card.total");
		ChartTheme.onChange(hero, () -> {
			base.recolour(new Color(Palette.rgb(SeriesColor.BASE)));
			sessionStart.recolour(new Color(Palette.rgb(SeriesColor.SESSION_START)));
			adaptive.recolour(new Color(Palette.rgb(SeriesColor.ADAPTIVE)));
		});
	}

	private static Composite row(FormToolkit toolkit, Composite parent, int columns) {
		Composite row = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(columns, true);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 10;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return row;
	}

	/** The three curves in the MSE cards' sparklines (null: none). */
	void curves(OverviewCurves c) {
		String tip = "The whole run (" + WorkbenchPreferences.smoothing().describe()
				+ ", as set in Preferences); shaded: the last 100 steps the number averages";
		base.curve(c == null ? null : c.base(), tip);
		sessionStart.curve(c == null ? null : c.sessionStart(), tip);
		adaptive.curve(c == null ? null : c.adaptive(), tip);
	}

	/** Shows the figures of a run ({@code f} null: the session has no run to show). */
	void show(Session session, OverviewFigures f, String runLabel, double nowUnix) {
		mu.set(BigDecimal.valueOf(session.getMu()).stripTrailingZeros().toPlainString(), session.getEnvMode() == null ? "" : session.getEnvMode().getLiteral() + " friction",
				"The hidden friction coefficient μ of the session's environment (SPEC §3); the model never sees it");
		double ageSeconds = nowUnix - session.getCreatedAtUnix();
		String created = Instant.ofEpochSecond((long) session.getCreatedAtUnix()).toString().replace('T', ' ')
				.replace("Z", " UTC");
		age.set(Numbers.duration(ageSeconds), "since " + created.substring(0, 10),
				"Time since the session was created (created_at_unix " + created + " → now)"
						+ (session.getLastRunAtUnix() == null ? "; no run yet"
								: "; last run " + Numbers.duration(nowUnix - session.getLastRunAtUnix()) + " ago"));
		if (f == null) {
			for (Card c : new Card[] { base, sessionStart, adaptive, improvement, updates, persistent, online, total }) {
				c.set("–", "no run yet", "The session has no run: run it to see figures");
			}
			return;
		}
		String of = " (" + runLabel + ")";
		base.set(Numbers.compact(f.baseFinal100()), "frozen base weights",
				"Base model, final-100 MSE = " + FINAL_100 + of);
		sessionStart.set(Numbers.compact(f.sessionStartFinal100()), "no updates this run",
				"Session start, final-100 MSE = " + FINAL_100 + of);
		adaptive.set(Numbers.compact(f.adaptiveFinal100()), "with online updates",
				"Adaptive, final-100 MSE = " + FINAL_100 + of);
		improvement.set(Numbers.percent(f.improvementPercent()), "adaptive vs base",
				"Improvement % = (base − adaptive) / base × 100, on final-100 MSE; the same number as Total learning."
						+ "\nPositive: the adaptive model's error is lower than the frozen base's.");
		updates.set(f.committed() + " / " + f.attempted(), f.rolledBack() + (f.rolledBack() == 1 ? " rollback" : " rollbacks"),
				"Update attempts of the run that were committed / all update attempts; the others were rolled back");
		gap(persistent, f.persistent(), "persistent = base − session_start",
				"what earlier runs of this lineage learned and kept in the session's weights");
		gap(online, f.online(), "online = session_start − adaptive", "what this run's updates learned");
		gap(total, f.total(), "total = base − adaptive", "persistent + online");
	}

	private static void gap(Card card, LearningGap g, String formula, String meaning) {
		card.set(Numbers.percent(g.percent()), "Δ MSE " + Numbers.compact(g.absolute()),
				formula + " on final-100 MSE (mean of the last 100 steps): " + meaning + ".\n% = (" + formula.substring(formula.indexOf('=') + 2)
						+ ") / " + formula.substring(formula.indexOf('=') + 2, formula.indexOf(" −")) + " × 100 = "
						+ Numbers.compact(g.absolute()) + " / " + Numbers.compact(g.from()) + ". Positive: lower error.");
	}
}
