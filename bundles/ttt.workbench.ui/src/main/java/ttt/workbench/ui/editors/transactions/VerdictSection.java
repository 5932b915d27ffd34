package ttt.workbench.ui.editors.transactions;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.UpdateRow;
import ttt.workbench.analysis.updates.UpdateVerdicts;
import ttt.workbench.analysis.updates.Verdict;
import ttt.workbench.ui.editors.context.WidgetIds;

/** Why the selected update was committed or rolled back, in plain words, under the session's thresholds. */
final class VerdictSection extends SectionPart {

	private final Text detail;

	VerdictSection(Composite parent, FormToolkit tk) {
		super(parent, tk, ExpandableComposite.NO_TITLE);
		detail = WidgetIds.name(new Text(getSection(), SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER), "transactions.verdict");
		detail.setToolTipText("Why the selected update was committed or rolled back, under this session's thresholds");
		getSection().setClient(detail);
	}

	/** Says why {@code row} of session {@code sessionId} was committed or rolled back. */
	void explain(UpdateRow row, Gates g, String sessionId) {
		Verdict v = UpdateVerdicts.explain(row, g);
		String head = "Update at t = " + row.t() + " of run " + (row.runId() == null ? "(unattributed)" : row.runId()) + "\n\n";
		String gatesText = "\nThresholds of session " + sessionId + ": rollback_tol " + Numbers.fmt(g.rollbackTol())
				+ ", grad_norm_max " + Numbers.fmt(g.gradNormMax()) + ", state_norm_max " + Numbers.fmt(g.stateNormMax()) + ".";
		detail.setText(head + v.text() + gatesText);
	}

	/** Shows {@code text} instead of a verdict (nothing selected, nothing to show). */
	void say(String text) {
		detail.setText(text);
	}
}
