package ttt.workbench.ui.editors.environment;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.NiceTicks;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.GcDrawing;

/**
 * A horizontal gauge of the friction coefficient: the range [0.02, 0.25] μ is drawn from (shaded), the session's hidden
 * μ (a triangle, labelled); in the nonlinear mode also the effective coefficients of static friction min(0.95, 2μ)
 * and dynamic friction max(0, 0.5μ) (square and circle, labelled with values), and the speed threshold 2μ in words.
 */
public final class MuGauge extends Canvas implements Exportable {

	private static final RGB BAND = new RGB(222, 235, 247), AXIS = new RGB(90, 90, 90), MU = new RGB(214, 39, 40),
			STATIC = new RGB(31, 119, 180), DYNAMIC = new RGB(255, 127, 14), TEXT = new RGB(30, 30, 30), WHITE = new RGB(255, 255, 255);
	private static final int PAD = 16;

	private FrictionThresholds friction;
	private String name = "mu";

	MuGauge(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		ChartTheme.applyToCanvas(this);
		addPaintListener(e -> {
			GcDrawing d = new GcDrawing(e.gc);
			try {
				paint(d, getSize().x, getSize().y);
			} finally {
				d.dispose();
			}
		});
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int natural = friction != null && friction.nonlinear() ? 112 : 94;
		return new Point(wHint == SWT.DEFAULT ? 400 : wHint, hHint == SWT.DEFAULT ? natural : hHint);
	}

	void show(FrictionThresholds thresholds, String exportName) {
		friction = thresholds;
		name = exportName;
		setToolTipText(thresholds == null ? null : tooltip(thresholds));
		redraw();
	}

	public FrictionThresholds friction() {
		return friction;
	}

	/** The axis's upper end: the range, or the static coefficient when it lies beyond. */
	private double axisMax() {
		double max = FrictionThresholds.MU_MAX;
		if (friction != null) {
			max = Math.max(max, friction.mu());
			if (friction.nonlinear()) {
				max = Math.max(max, friction.staticMu());
			}
		}
		return Math.ceil(max * 1.08 / 0.05) * 0.05;
	}

	/** Pixel x of coefficient {@code mu} on a gauge {@code width} wide. */
	int pixelOf(double mu, int width) {
		return (int) Math.round(PAD + mu / axisMax() * (width - 2 * PAD));
	}

	/** Pixel x of the session's μ marker at the current size. */
	public int muPixel() {
		return friction == null ? -1 : pixelOf(friction.mu(), getSize().x);
	}

	/** The coefficient at pixel x at the current size. */
	public double muAt(int px) {
		return (px - PAD) / (double) (getSize().x - 2 * PAD) * axisMax();
	}

	@Override
	public void paint(Drawing d, int width, int height) {
		d.fill(WHITE);
		d.fillRect(0, 0, width, height);
		d.stroke(TEXT);
		if (friction == null) {
			d.text("No session.", PAD, PAD);
			return;
		}
		int axisY = 44;
		int x0 = pixelOf(FrictionThresholds.MU_MIN, width), x1 = pixelOf(FrictionThresholds.MU_MAX, width);
		d.fill(BAND);
		d.fillRect(x0, axisY - 10, x1 - x0, 20);
		d.stroke(AXIS);
		d.rect(x0, axisY - 10, x1 - x0, 20);
		d.line(PAD, axisY, width - PAD, axisY);
		double step = 0.05;
		for (double v : NiceTicks.ticks(0, axisMax(), (int) Math.round(axisMax() / step))) {
			int px = pixelOf(v, width);
			d.line(px, axisY + 10, px, axisY + 14);
			String label = NiceTicks.label(v, step);
			d.text(label, px - d.textExtent(label).x / 2, axisY + 15);
		}
		// the session's μ: a downward triangle above the axis
		int mx = pixelOf(friction.mu(), width);
		d.fill(MU);
		d.fillPolygon(new int[] { mx - 7, axisY - 22, mx + 7, axisY - 22, mx, axisY - 10 });
		d.stroke(MU);
		d.lineWidth(2);
		d.line(mx, axisY - 10, mx, axisY + 10);
		d.lineWidth(1);
		d.stroke(TEXT);
		String muLabel = String.format(Locale.ROOT, "hidden μ = %.4f (%s)", friction.mu(), friction.mode().getLiteral());
		d.text(muLabel, clampText(d, muLabel, mx, width), 2);
		if (!friction.nonlinear()) {
			d.text("linear friction: μ_eff = μ at every step", PAD, axisY + 32);
			return;
		}
		int sx = pixelOf(friction.staticMu(), width), dx = pixelOf(friction.dynamicMu(), width);
		d.fill(STATIC);
		d.fillRect(sx - 5, axisY - 5, 10, 10);
		d.fill(DYNAMIC);
		d.fillOval(dx - 5, axisY - 5, 10, 10);
		d.stroke(TEXT);
		d.text(String.format(Locale.ROOT, "■ static μ_eff = min(0.95, 2μ) = %.4f, while |v| < 2μ = %.4f (stuck)", friction.staticMu(),
				friction.speedThreshold()), PAD, axisY + 34);
		d.text(String.format(Locale.ROOT, "● dynamic μ_eff = max(0, 0.5μ) = %.4f, once |v| ≥ %.4f (sliding)", friction.dynamicMu(),
				friction.speedThreshold()), PAD, axisY + 52);
	}

	private static int clampText(Drawing d, String text, int centre, int width) {
		Point e = d.textExtent(text);
		return Math.max(2, Math.min(width - e.x - 2, centre - e.x / 2));
	}

	private static String tooltip(FrictionThresholds f) {
		if (!f.nonlinear()) {
			return String.format(Locale.ROOT, "Linear friction: every step v ← (1 − μ)·v + a with μ = %.4f", f.mu());
		}
		return String.format(Locale.ROOT,
				"Nonlinear friction (stiction), μ = %.4f: while the speed before a step is below 2μ = %.4f, μ_eff = %.4f;"
						+ " otherwise μ_eff = %.4f", f.mu(), f.speedThreshold(), f.staticMu(), f.dynamicMu());
	}

	@Override
	public Control control() {
		return this;
	}

	@Override
	public String suggestedName() {
		return name;
	}

	@Override
	public CsvTable data() {
		CsvTable t = new CsvTable(List.of("quantity", "value"));
		if (friction != null) {
			t.row(List.of("mu", friction.mu())).row(List.of("env_mode", friction.mode().getLiteral()));
			if (friction.nonlinear()) {
				t.row(List.of("speed_threshold", friction.speedThreshold())).row(List.of("static_mu_eff", friction.staticMu()))
						.row(List.of("dynamic_mu_eff", friction.dynamicMu()));
			}
		}
		return t;
	}
}
