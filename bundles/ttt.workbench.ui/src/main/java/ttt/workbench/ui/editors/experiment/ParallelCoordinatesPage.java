package ttt.workbench.ui.editors.experiment;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.experiment.Brushing;
import ttt.workbench.analysis.experiment.Dimension;
import ttt.workbench.analysis.experiment.Experiment;
import ttt.workbench.analysis.experiment.Figure;
import ttt.workbench.analysis.experiment.ParallelCoordinatesModel;
import ttt.workbench.ui.editors.experiment.ExperimentContext.Change;
import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/**
 * Parallel coordinates: an axis per swept parameter and per learning figure, a line per member coloured by a chosen
 * figure. Dragging along an axis brushes it: every page then shows only the members inside all brushes (and the
 * table's filter). Clicking a line selects its session.
 */
public final class ParallelCoordinatesPage extends ExperimentPage {

	public static final String ID = "ttt.workbench.ui.editors.experiment.parallel";
	/** Widget data keys for tests. */
	public static final String CANVAS_KEY = "ttt.experiment.parallel.canvas";
	public static final String COLOR_KEY = "ttt.experiment.parallel.colorBy";

	ParallelCoordinatesPage(FormEditor formEditor, ExperimentContext editor) {
		super(formEditor, editor, ID, "Parallel coordinates");
	}

	@Override
	protected String title() {
		return "Parallel coordinates";
	}

	@Override
	protected void createParts(IManagedForm managed, Composite body) {
		managed.addPart(new PlotPart(editor, body, managed.getToolkit()));
	}

	static final class PlotPart extends ExperimentPage.Part implements Exportable {

		private Combo colorBy;
		private Label hint;
		private ParallelCoordinatesCanvas canvas;
		private ParallelCoordinatesModel model;
		private Figure colorFigure = Figure.ONLINE;
		private MemberColors colors;
		private List<String> constant = List.of();

		PlotPart(ExperimentContext editor, Composite parent, FormToolkit tk) {
			super(editor, parent, tk, "Parameters and figures",
					"Drag along an axis to brush it (every page follows); click an axis to clear its brush; click a line to select its session, Ctrl+click to add; Enter opens it.",
					true);
		}

		@Override
		protected void createClient(Composite client, FormToolkit tk) {
			GridLayoutFactory.fillDefaults().numColumns(4).applyTo(client);
			tk.createLabel(client, "&Colour by:");
			colorBy = new Combo(client, SWT.READ_ONLY | SWT.DROP_DOWN);
			colorBy.setData(COLOR_KEY, Boolean.TRUE);
			colorBy.setToolTipText("The figure that colours the lines (learning: blue learns, red got worse; others: dark purple low, yellow high)");
			for (Figure f : Figure.values()) {
				colorBy.add(f.label());
			}
			colorBy.select(Figure.ONLINE.ordinal());
			colorBy.addListener(SWT.Selection, e -> {
				colorFigure = Figure.values()[colorBy.getSelectionIndex()];
				changed(Change.EXPERIMENT);
			});
			Button clear = tk.createButton(client, "Clear &brushes", SWT.PUSH);
			clear.setToolTipText("Remove every brush (the table's filter stays)");
			clear.addListener(SWT.Selection, e -> editor.clearBrushes());
			hint = tk.createLabel(client, "");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
			canvas = new ParallelCoordinatesCanvas(client);
			canvas.setData(CANVAS_KEY, Boolean.TRUE);
			canvas.setToolTipText("Drag along an axis to brush; click a line to select");
			GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(400, 300).applyTo(canvas);
			canvas.onBrush((axis, range) -> {
				if (model != null && axis < model.axes().size()) {
					Dimension d = model.axes().get(axis);
					editor.brushNormalised(d.key(), range);
				}
			});
			canvas.onPick((line, add) -> {
				BitSet sel = add ? (BitSet) editor.state().picked().clone() : new BitSet();
				if (line >= 0) {
					if (add && sel.get(line)) {
						sel.clear(line);
					} else {
						sel.set(line);
					}
				}
				editor.select(sel);
			});
			canvas.onHover(line -> {
				Experiment e = editor.experiment();
				canvas.setToolTipText(e == null || line < 0 ? "Drag along an axis to brush; click a line to select"
						: e.members().get(line).sessionId() + "\n" + memberText(e, line));
			});
			canvas.addListener(SWT.KeyDown, e -> {
				if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
					editor.openSelected();
				} else if (e.keyCode == SWT.ESC) {
					editor.clearBrushes();
				}
			});
			Exports.addContextMenu(this);
		}

		private static String memberText(Experiment e, int member) {
			StringBuilder b = new StringBuilder();
			for (Dimension d : e.dimensions()) {
				if (d.kind() != Dimension.Kind.FIGURE || Figure.LEARNING.contains(d.figure())) {
					b.append(d.key()).append(" = ").append(d.format(e.value(member, d))).append('\n');
				}
			}
			return b.toString().strip();
		}

		@Override
		protected void changed(Change change) {
			Experiment e = editor.experiment();
			if (e == null) {
				canvas.setMessage(editor.loadError() == null ? "Loading…" : "Cannot load: " + editor.loadError());
				return;
			}
			if (change == Change.EXPERIMENT || model == null || model.experiment() != e) {
				// a figure with one value for every member (persistent learning of sessions made from the base) says
				// nothing a line could show: its axis is left out and named in the hint
				List<Dimension> axes = new ArrayList<>();
				constant = new ArrayList<>();
				for (Dimension d : ParallelCoordinatesModel.defaultAxes(e)) {
					if (d.kind() == Dimension.Kind.FIGURE && d.isNumeric() && d.min() == d.max()) {
						constant.add(d.key() + " = " + d.format(d.min()));
					} else {
						axes.add(d);
					}
				}
				model = ParallelCoordinatesModel.of(e, axes, e.figure(colorFigure));
				colors = MemberColors.of(e, e.figure(colorFigure));
			}
			BitSet visible = editor.state().visible();
			canvas.setPlot(plot(model, visible, editor.state().picked()));
			hint.setText(visible.cardinality() + " of " + e.size() + " members shown" + (editor.state().brushes().isEmpty() ? ""
					: " · brushed: " + String.join(", ", editor.state().brushes().keySet()))
					+ (constant.isEmpty() ? "" : " · the same for every member (no axis): " + String.join(", ", constant)));
			hint.getParent().layout(new Control[] { hint });
		}

		private ParallelPlot plot(ParallelCoordinatesModel m, BitSet visible, BitSet selected) {
			List<ParallelPlot.Axis> axes = new ArrayList<>();
			double[][] brushes = new double[m.axes().size()][];
			for (int a = 0; a < m.axes().size(); a++) {
				Dimension d = m.axes().get(a);
				AxisTicks ticks = AxisTicks.of(m.experiment(), d);
				axes.add(new ParallelPlot.Axis(axisLabel(d), d.label(), m.axis(a), ticks.fractions(), ticks.labels()));
				brushes[a] = fractions(d, editor.state().brushes().get(d.key()));
			}
			return new ParallelPlot(axes, m.experiment().size(), colors.colors(), visible, selected, brushes, colors.legend());
		}

		private static String axisLabel(Dimension d) {
			return d.kind() == Dimension.Kind.FIGURE ? d.key() : d.key() + (d.logScale() ? " (log)" : "");
		}

		/** A brush as fractions of its axis: a range's ends, or the span of the brushed categories. */
		private static double[] fractions(Dimension d, Brushing.Brush brush) {
			if (brush instanceof Brushing.Range r) {
				return new double[] { clamp(d.normalise(Math.min(r.lo(), r.hi()))), clamp(d.normalise(Math.max(r.lo(), r.hi()))) };
			}
			if (brush instanceof Brushing.Categories c) {
				double lo = 1, hi = 0;
				for (String label : c.labels()) {
					int i = d.categoryIndex(label);
					if (i >= 0) {
						double u = d.normalise(i);
						lo = Math.min(lo, u);
						hi = Math.max(hi, u);
					}
				}
				return hi >= lo ? new double[] { Math.max(0, lo - 0.02), Math.min(1, hi + 0.02) } : null;
			}
			return null;
		}

		private static double clamp(double u) {
			return Double.isNaN(u) ? 0 : Math.max(0, Math.min(1, u));
		}

		ParallelCoordinatesCanvas canvas() {
			return canvas;
		}

		// ---- export

		@Override
		public Control control() {
			return canvas;
		}

		@Override
		public String suggestedName() {
			Experiment e = editor.experiment();
			return (e == null ? "experiment" : e.name()) + "_parallel";
		}

		@Override
		public void paint(Drawing drawing, int width, int height) {
			canvas.paintAll(drawing, width, height);
		}

		@Override
		public CsvTable data() {
			return model == null ? new CsvTable(List.of("member")) : CsvTable.parse(model.csv(editor.state().visible()));
		}
	}
}
