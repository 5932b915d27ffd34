package ttt.workbench.ui.editors.architecture;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.weights.ArchitectureSummary;
import ttt.workbench.analysis.weights.ArchitectureSummary.TensorInfo;

/** Per tensor of the base checkpoint: shape, parameter count, plastic or frozen, and the totals. */
final class ParametersSection extends TablePart {

	ParametersSection(Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, "Parameters", "Per tensor of the base checkpoint; plastic tensors change with every committed update.",
				"architecture.parameters", "Tensor", "Shape", "Parameters", "Kind");
	}

	@Override
	protected void fill(ArchitectureInput in) {
		ArchitectureSummary summary = in.summary();
		if (summary == null) {
			return;
		}
		for (TensorInfo t : summary.tensors()) {
			row(t.name(), t.shapeText(), Long.toString(t.count()), t.plastic() ? "plastic" : "frozen");
		}
		row("total plastic", "", Long.toString(summary.plasticCount()), "W_u + B + W_o");
		row("total frozen", "", Long.toString(summary.frozenCount()), "a_raw");
		row("total", "", Long.toString(summary.plasticCount() + summary.frozenCount()), "");
	}
}
