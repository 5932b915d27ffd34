package ttt.workbench.ui.editors.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import ttt.workbench.analysis.weights.Matrix;
import ttt.workbench.analysis.weights.WeightSet;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;

/**
 * The heatmaps of W_u, B and W_o (or of their change against the parent or the base), with the choice of what they
 * show, a note on where the weights come from and the value of the selected cell. Untitled: the head of the page.
 */
final class HeatmapsSection extends SectionPart {

	private static final int MIN_CELL = 8;
	private static final int MAX_CELL = 26;

	private final ScrolledForm form;
	private final String sessionId;
	private final Button showWeights, compareParent, compareBase;
	private final Label note;
	private final Composite heatmapArea;
	private final List<HeatmapCanvas> heatmaps = new ArrayList<>();

	/** {@code modeChosen}: the user picked what the heatmaps show. */
	HeatmapsSection(Composite parent, FormToolkit toolkit, ScrolledForm form, String sessionId, Consumer<Mode> modeChosen) {
		super(parent, toolkit, ExpandableComposite.NO_TITLE);
		this.form = form;
		this.sessionId = sessionId;
		Composite body = toolkit.createComposite(getSection());
		getSection().setClient(body);
		GridLayout bodyLayout = new GridLayout(1, false);
		bodyLayout.marginWidth = bodyLayout.marginHeight = 0;
		body.setLayout(bodyLayout);
		Composite modes = toolkit.createComposite(body);
		modes.setLayout(new GridLayout(4, false));
		toolkit.createLabel(modes, "Show:");
		showWeights = radio(toolkit, modes, "&Weights W", Mode.WEIGHTS, "The matrices themselves", modeChosen);
		compareParent = radio(toolkit, modes, "Compare to &parent (W − W_parent)", Mode.DELTA_PARENT,
				"Change against the parent session's current weights (the base for a root session)", modeChosen);
		compareBase = radio(toolkit, modes, "Compare to &base (W − W_base)", Mode.DELTA_BASE,
				"Cumulative drift from the pretrained base checkpoint", modeChosen);
		showWeights.setSelection(true);
		note = WidgetIds.name(toolkit.createLabel(body, "", SWT.WRAP), "weights.note");
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		heatmapArea = toolkit.createComposite(body);
		GridLayout areaLayout = new GridLayout(3, false);
		areaLayout.horizontalSpacing = 16;
		heatmapArea.setLayout(areaLayout);
		heatmapArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (String name : WeightSet.PLASTIC) {
			HeatmapCanvas canvas = WidgetIds.name(new HeatmapCanvas(heatmapArea), "weights.heatmap." + name);
			canvas.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
			canvas.getAccessible();
			heatmaps.add(canvas);
			Exports.addContextMenu(canvas);
			canvas.setData("matrix", name);
		}
		Label cellInfo = toolkit.createLabel(body, "Hover over a cell for its value, or click a heatmap and move with the arrow keys.");
		cellInfo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (HeatmapCanvas h : heatmaps) {
			h.onSelection(text -> cellInfo.setText("Selected: " + text));
		}
		form.getBody().addListener(SWT.Resize, e -> fitCells());
	}

	private static Button radio(FormToolkit toolkit, Composite parent, String text, Mode m, String tip, Consumer<Mode> chosen) {
		Button b = toolkit.createButton(parent, text, SWT.RADIO);
		b.setToolTipText(tip);
		b.setData(Mode.class.getName(), m);
		b.addListener(SWT.Selection, e -> {
			if (b.getSelection()) {
				chosen.accept(m);
			}
		});
		return b;
	}

	/** Shows the weights (before they are read, or when they cannot be): a note only. */
	void note(String text) {
		note.setText(text);
	}

	@Override
	public boolean setFormInput(Object input) {
		if (!(input instanceof WeightsInput in)) {
			return false;
		}
		Mode m = in.mode();
		showWeights.setSelection(m == Mode.WEIGHTS);
		compareParent.setSelection(m == Mode.DELTA_PARENT);
		compareBase.setSelection(m == Mode.DELTA_BASE);
		compareParent.setText("Compare to &parent (W − W_parent; parent = " + in.parentName() + ")");
		compareParent.setEnabled(in.sources().parent().isPresent());
		compareBase.setEnabled(in.sources().base().isPresent());
		String text = in.sources().note();
		if (in.comparison() != null && m == Mode.DELTA_PARENT) {
			text = (text.isEmpty() ? "" : text + " ") + "Δ against " + in.sources().parentLabel() + ".";
		} else if (in.comparison() != null && m == Mode.DELTA_BASE) {
			text = (text.isEmpty() ? "" : text + " ") + "Δ against the base checkpoint (cumulative drift).";
		}
		note.setText(text.isEmpty() ? "The session's current plastic weights (plastic_state.pt)." : text);
		for (int i = 0; i < heatmaps.size(); i++) {
			String name = WeightSet.PLASTIC.get(i);
			Matrix matrix = in.comparison() == null ? null : in.comparison().shown().get(name).orElse(null);
			String prefix = m == Mode.WEIGHTS ? "" : "Δ";
			String title = prefix + name + "  " + (matrix == null ? "" : matrix.shape()) + "  " + role(name);
			String scale = matrix != null && m != Mode.WEIGHTS && matrix.maxAbs() == 0 ? "All Δ = 0: identical\nto the reference"
					: "Colour: ±max|" + prefix + name + "|\n(own range per matrix)";
			heatmaps.get(i).setMatrix(matrix, title, prefix, scale, in.comparison() == null ? List.of() : in.comparison().topChanges(name),
					sessionId + "_" + (m == Mode.WEIGHTS ? "" : m == Mode.DELTA_PARENT ? "delta_parent_" : "delta_base_") + name);
		}
		fitCells();
		return true;
	}

	private static String role(String name) {
		return switch (name) {
		case "W_u" -> "input projection";
		case "B" -> "state input";
		default -> "readout";
		};
	}

	/** One cell size for all three heatmaps, as large as the page width allows (within readable bounds). */
	private void fitCells() {
		if (heatmapArea.isDisposed() || heatmaps.get(0).matrix() == null) {
			return;
		}
		int available = form.getClientArea().width - 40;
		int fixed = 0;
		int cols = 0;
		for (HeatmapCanvas h : heatmaps) {
			if (h.matrix() != null) {
				fixed += h.preferredSize(0).x + 16;
				cols += h.matrix().cols();
			}
		}
		int cell = cols == 0 ? MAX_CELL : Math.max(MIN_CELL, Math.min(MAX_CELL, (available - fixed) / cols));
		boolean changed = false;
		for (HeatmapCanvas h : heatmaps) {
			if (h.cellSize() != cell) {
				h.setCellSize(cell);
				changed = true;
			}
		}
		if (changed) {
			heatmapArea.layout(true);
			form.reflow(true);
		}
	}
}
