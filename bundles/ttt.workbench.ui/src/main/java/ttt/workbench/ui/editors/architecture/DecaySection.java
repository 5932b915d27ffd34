package ttt.workbench.ui.editors.architecture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.weights.ArchitectureSummary;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;

/** The frozen decay of the state channels as a histogram. */
final class DecaySection extends SectionPart {

	static final int BINS = 20;

	private final DecayHistogramCanvas histogram;

	DecaySection(Composite parent, FormToolkit toolkit) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section s = getSection();
		s.setText("Decay (frozen)");
		s.setDescription("Per state channel: h_{t+1} = decay ⊙ h_t + B u_t.");
		s.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(s);
		client.setLayout(new GridLayout(1, false));
		s.setClient(client);
		histogram = WidgetIds.name(new DecayHistogramCanvas(client), "architecture.decay");
		histogram.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Exports.addContextMenu(histogram);
	}

	@Override
	public boolean setFormInput(Object input) {
		if (!(input instanceof ArchitectureInput in)) {
			return false;
		}
		ArchitectureSummary summary = in.summary();
		histogram.setHistogram(summary == null ? null : summary.decayHistogram(BINS), summary == null ? 0 : summary.decayMin(),
				summary == null ? 0 : summary.decayMax(), in.session().getId() + "_decay");
		return true;
	}
}
