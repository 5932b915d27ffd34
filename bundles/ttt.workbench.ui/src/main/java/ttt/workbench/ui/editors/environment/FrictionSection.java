package ttt.workbench.ui.editors.environment;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;

/** The session's hidden μ on the range it is drawn from, with the stiction thresholds in the nonlinear mode. */
final class FrictionSection extends SectionPart {

	private final MuGauge gauge;

	FrictionSection(Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section section = getSection();
		section.setText("Hidden friction μ");
		section.setDescription("The session's hidden μ (▼) on the shaded range [0.02, 0.25] it is drawn from. The models never see it.");
		gauge = WidgetIds.name(new MuGauge(section), "environment.gauge");
		section.setClient(gauge);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(gauge);
		Exports.addContextMenu(gauge);
	}

	@Override
	public boolean setFormInput(Object input) {
		if (input instanceof EnvironmentInput in) {
			show(in.friction(), in.sessionId());
		}
		return false;
	}

	/** Shows {@code friction} of session {@code sessionId} (μ is per session and may be rewritten on disk). */
	void show(FrictionThresholds friction, String sessionId) {
		gauge.show(friction, (sessionId == null ? "session" : sessionId) + "_mu");
	}
}
