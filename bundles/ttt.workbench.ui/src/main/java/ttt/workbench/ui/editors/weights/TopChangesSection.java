package ttt.workbench.ui.editors.weights;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.weights.Matrix;
import ttt.workbench.analysis.weights.TopChanges;
import ttt.workbench.analysis.weights.WeightSet;
import ttt.workbench.analysis.weights.WeightsComparison;
import ttt.workbench.analysis.weights.WeightsComparison.Mode;
import ttt.workbench.ui.editors.context.WidgetIds;

/** The cells with the largest change against the reference, as outlined on the heatmaps. */
final class TopChangesSection extends SectionPart {

	private final Label label;
	private final Table table;

	TopChangesSection(Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section top = getSection();
		top.setText("Largest changes");
		top.setDescription("The " + WeightsComparison.TOP_K + " cells of each matrix with the largest |Δ|, outlined in black on the heatmaps.");
		Composite body = toolkit.createComposite(top);
		body.setLayout(new GridLayout(1, false));
		top.setClient(body);
		label = toolkit.createLabel(body, "", SWT.WRAP);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = WidgetIds.name(Tables.create(toolkit, body, "Cell", "Δ", "W", "Reference", "|Δ| / max|Δ| of matrix"), "weights.topChanges");
		table.setToolTipText("The cells outlined on the heatmaps; |Δ| relative to the largest change in the same matrix");
	}

	@Override
	public boolean setFormInput(Object input) {
		if (!(input instanceof WeightsInput in)) {
			return false;
		}
		Mode m = in.mode();
		WeightsComparison comparison = in.comparison();
		table.removeAll();
		boolean compare = m != Mode.WEIGHTS && comparison != null;
		show(table, compare);
		String reference = m == Mode.DELTA_PARENT ? in.sources().parentLabel() : "the base";
		if (!compare) {
			label.setText("Choose “Compare to parent” or “Compare to base” to list the largest changes.");
		} else if (comparison.topChanges().isEmpty()) {
			label.setText("No weight differs from " + reference + ": every Δ is 0 (e.g. a fork that has not run since it was made).");
			show(table, false);
		} else {
			table.getColumn(3).setText(m == Mode.DELTA_PARENT ? "W_parent" : "W_base");
			WeightSet referenceWeights = m == Mode.DELTA_PARENT ? in.sources().parent().get() : in.sources().base().get();
			WeightSet shown = in.sources().shown().get();
			label.setText("Reference: " + (m == Mode.DELTA_PARENT ? reference : "the base checkpoint") + ".");
			for (TopChanges.Cell c : comparison.topChanges()) {
				Matrix delta = comparison.shown().get(c.matrix()).orElseThrow();
				double w = shown.get(c.matrix()).orElseThrow().get(c.row(), c.col());
				double ref = referenceWeights.get(c.matrix()).orElseThrow().get(c.row(), c.col());
				new TableItem(table, SWT.NONE).setText(new String[] { c.label(), Numbers.short4(c.value()), Numbers.short4(w),
						Numbers.short4(ref), String.format(Locale.ROOT, "%.0f%%", 100 * Math.abs(c.value()) / delta.maxAbs()) });
			}
		}
		Tables.pack(table);
		return true;
	}

	private static void show(Table table, boolean visible) {
		table.setVisible(visible);
		((GridData) table.getLayoutData()).exclude = !visible;
	}
}
