package ttt.workbench.ui.editors.architecture;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.analysis.weights.ArchitectureSummary;
import ttt.workbench.analysis.weights.ArchitectureSummary.TensorInfo;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.GcDrawing;

/**
 * The DiagStableSSM's data flow (SPEC §3) as boxes and arrows: x_t = [z_t; a_t] → W_u → B → state h with the frozen
 * decay → W_o → prediction ẑ_{t+1}, with tensor shapes on boxes and vector sizes on arrows. Plastic parts are filled
 * orange with a thick solid outline, frozen ones grey with a dashed outline, data plain white: outline style and the
 * word under the name tell them apart without colour. Painted through {@link Drawing} (PNG and SVG).
 */
public final class ArchitectureDiagram extends Canvas implements Exportable {

	static final RGB PLASTIC = new RGB(0xFD, 0xD0, 0xA2);
	static final RGB PLASTIC_EDGE = new RGB(0xD9, 0x48, 0x01);
	static final RGB FROZEN = new RGB(0xD9, 0xDE, 0xE6);
	static final RGB FROZEN_EDGE = new RGB(0x4A, 0x55, 0x68);
	private static final RGB DATA = new RGB(255, 255, 255);
	private static final RGB TEXT = new RGB(30, 30, 30);
	private static final RGB ARROW = new RGB(70, 70, 70);
	private static final int MARGIN = 12;
	private static final int MIN_BOX = 150;

	/** A box as painted (for tests): its label's first line and bounds. */
	public record Box(String title, String text, int x, int y, int width, int height, Kind kind) {
	}

	/** What a box stands for. */
	public enum Kind {
		DATA, PLASTIC, FROZEN, OPERATION
	}

	private ArchitectureSummary summary;
	private String name = "architecture";
	private List<Box> boxes = List.of();

	public ArchitectureDiagram(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		ChartTheme.applyToCanvas(this);
		addPaintListener(e -> paint(new GcDrawing(e.gc), getSize().x, getSize().y));
	}

	public void setSummary(ArchitectureSummary summary, String exportName) {
		this.summary = summary;
		this.name = exportName;
		redraw();
	}

	/** The boxes of the last painting. */
	public List<Box> boxes() {
		return boxes;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		// six boxes and five arrows at their narrowest: a narrower editor scrolls rather than clipping the prediction
		return new Point(wHint == SWT.DEFAULT ? 2 * MARGIN + 6 * MIN_BOX + 5 * 70 : wHint, hHint == SWT.DEFAULT ? 330 : hHint);
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
	public void paint(Drawing d, int width, int height) {
		d.fill(DATA);
		d.fillPolygon(new int[] { 0, 0, width, 0, width, height, 0, height });
		d.stroke(TEXT);
		if (summary == null) {
			d.text("The base checkpoint could not be read: no architecture to show.", MARGIN, MARGIN);
			boxes = List.of();
			return;
		}
		ModelConfig c = summary.config();
		int zDim = c.getZDim();
		int actDim = c.getActDim();
		int in = zDim + actDim;
		int uDim = c.getUDim();
		int n = c.getNState();
		int lineH = d.textExtent("Ag").y;
		int boxH = 4 * lineH + 14;
		int columns = 6;
		String[] arrows = { "x [" + in + "]", "u [" + uDim + "]", "Bu [" + n + "]", "h [" + n + "]", "ẑ [" + zDim + "]" };
		int gap = 24;
		for (String a : arrows) {
			gap = Math.max(gap, d.textExtent(a).x + 14);
		}
		int boxW = Math.max(MIN_BOX, (width - 2 * MARGIN - (columns - 1) * gap) / columns);
		int rowY = MARGIN + lineH + 20;
		List<Box> out = new ArrayList<>();
		String[][] content = {
				{ "input x_t", "[z_t; a_t]\nobs z " + zDim + " + act " + actDim + "\n= " + in },
				{ "W_u", tensorText("W_u", "input projection") },
				{ "B", tensorText("B", "state input") },
				{ "state h [" + n + "]", "h_{t+1} =\n  decay ⊙ h_t + B u_t" },
				{ "W_o", tensorText("W_o", "readout") },
				{ "prediction", "ẑ_{t+1}\n[" + zDim + "]" } };
		Kind[] kinds = { Kind.DATA, Kind.PLASTIC, Kind.PLASTIC, Kind.OPERATION, Kind.PLASTIC, Kind.DATA };
		for (int i = 0; i < columns; i++) {
			int x = MARGIN + i * (boxW + gap);
			out.add(new Box(content[i][0], content[i][1], x, rowY, boxW, boxH, kinds[i]));
		}
		// the frozen decay under the state box, feeding it
		Box state = out.get(3);
		String decayText = "exp(−softplus(a_raw)·dt)\na_raw " + shape("a_raw") + "\n" + count("a_raw") + " params";
		int decayW = Math.max(boxW, d.textExtent(decayText).x + 14);
		Box decay = new Box("decay a", decayText, state.x() + (boxW - decayW) / 2, rowY + boxH + 56, decayW, boxH, Kind.FROZEN);
		out.add(decay);
		d.stroke(TEXT);
		d.text("Data flow of the DiagStableSSM (one step t)", MARGIN, MARGIN);
		for (Box b : out) {
			paintBox(d, b, lineH);
		}
		d.stroke(ARROW);
		d.lineWidth(2);
		for (int i = 0; i < columns - 1; i++) {
			Box a = out.get(i);
			Box b = out.get(i + 1);
			int y = a.y() + a.height() / 2;
			arrow(d, a.x() + a.width(), y, b.x(), y);
			String label = arrows[i];
			int lw = d.textExtent(label).x;
			d.text(label, a.x() + a.width() + (gap - lw) / 2, y - lineH - 4);
		}
		d.stroke(ARROW);
		d.lineWidth(2);
		arrow(d, decay.x() + decay.width() / 2, decay.y(), state.x() + state.width() / 2, state.y() + state.height());
		String decayLabel = "decay [" + n + "], in (0, 1)";
		d.text(decayLabel, state.x() + state.width() / 2 - 6 - d.textExtent(decayLabel).x, state.y() + state.height() + 18);
		// the recurrence: h_t fed back into the state box
		int rx = state.x() + state.width();
		int ry = state.y() + state.height() - 8;
		d.dashed(true);
		d.polyline(new int[] { rx, ry, rx + 16, ry, rx + 16, ry + 30, state.x() + state.width() - 24, ry + 30 });
		arrow(d, state.x() + state.width() - 24, ry + 30, state.x() + state.width() - 24, state.y() + state.height());
		d.dashed(false);
		d.text("h_t (next step)", rx + 20, ry + 22);
		d.lineWidth(1);
		paintLegend(d, MARGIN, decay.y(), lineH);
		boxes = List.copyOf(out);
	}

	private String tensorText(String tensor, String role) {
		return role + "\n" + shape(tensor) + "\n" + count(tensor) + " params";
	}

	private String shape(String tensor) {
		return summary.tensor(tensor).map(TensorInfo::shapeText).orElse("(missing)");
	}

	private String count(String tensor) {
		return summary.tensor(tensor).map(t -> Long.toString(t.count())).orElse("?");
	}

	private static void paintBox(Drawing d, Box b, int lineH) {
		switch (b.kind()) {
		case PLASTIC -> {
			d.fill(PLASTIC);
			d.stroke(PLASTIC_EDGE);
			d.lineWidth(3);
		}
		case FROZEN -> {
			d.fill(FROZEN);
			d.stroke(FROZEN_EDGE);
			d.lineWidth(2);
			d.dashed(true);
		}
		case OPERATION -> {
			d.fill(new RGB(0xF4, 0xF4, 0xF4));
			d.stroke(ARROW);
			d.lineWidth(1);
		}
		default -> {
			d.fill(DATA);
			d.stroke(ARROW);
			d.lineWidth(1);
		}
		}
		d.fillRect(b.x(), b.y(), b.width(), b.height());
		d.rect(b.x(), b.y(), b.width(), b.height());
		d.dashed(false);
		d.lineWidth(1);
		d.stroke(TEXT);
		String tag = b.kind() == Kind.PLASTIC ? "  (plastic)" : b.kind() == Kind.FROZEN ? "  (frozen)" : "";
		d.text(b.title() + tag, b.x() + 6, b.y() + 4);
		d.text(b.text(), b.x() + 6, b.y() + 6 + lineH);
	}

	private static void arrow(Drawing d, int x1, int y1, int x2, int y2) {
		d.line(x1, y1, x2, y2);
		double angle = Math.atan2(y2 - y1, x2 - x1);
		int len = 9;
		int ax = (int) Math.round(x2 - len * Math.cos(angle - 0.4));
		int ay = (int) Math.round(y2 - len * Math.sin(angle - 0.4));
		int bx = (int) Math.round(x2 - len * Math.cos(angle + 0.4));
		int by = (int) Math.round(y2 - len * Math.sin(angle + 0.4));
		d.fill(ARROW);
		d.fillPolygon(new int[] { x2, y2, ax, ay, bx, by });
	}

	private void paintLegend(Drawing d, int x, int y, int lineH) {
		d.stroke(TEXT);
		d.text("Legend", x, y);
		int y1 = y + lineH + 6;
		legendItem(d, x, y1, PLASTIC, PLASTIC_EDGE, 3, false,
				"plastic: updated online by Muon (" + summary.plasticCount() + " params)");
		legendItem(d, x, y1 + lineH + 10, FROZEN, FROZEN_EDGE, 2, true,
				"frozen: fixed after pretraining (" + summary.frozenCount() + " params)");
		legendItem(d, x, y1 + 2 * (lineH + 10), DATA, ARROW, 1, false, "data: vectors, sizes on the arrows");
	}

	private static void legendItem(Drawing d, int x, int y, RGB fill, RGB edge, int width, boolean dashed, String text) {
		d.fill(fill);
		d.fillRect(x, y, 26, 16);
		d.stroke(edge);
		d.lineWidth(width);
		d.dashed(dashed);
		d.rect(x, y, 26, 16);
		d.dashed(false);
		d.lineWidth(1);
		d.stroke(TEXT);
		d.text(text, x + 34, y);
	}

	@Override
	public CsvTable data() {
		CsvTable t = new CsvTable(List.of("tensor", "shape", "parameters", "kind"));
		if (summary != null) {
			for (TensorInfo info : summary.tensors()) {
				t.row(List.of(info.name(), info.shapeText(), info.count(), info.plastic() ? "plastic" : "frozen"));
			}
			t.row(List.of("total plastic", "", summary.plasticCount(), "plastic"));
			t.row(List.of("total frozen", "", summary.frozenCount(), "frozen"));
		}
		return t;
	}

	static String decayRange(ArchitectureSummary s) {
		return Numbers.short4(s.decayMin()) + " … " + Numbers.short4(s.decayMax());
	}
}
