package ttt.workbench.ui.editors.environment;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.ui.editors.context.WidgetIds;

/** The run's state (x, y, vx, vy) and actions (ax, ay) over t, with the replay's step as a vertical line. */
final class SeriesSection extends SectionPart {

	static final RGB C_X = new RGB(31, 119, 180), C_Y = new RGB(255, 127, 14), C_VX = new RGB(44, 160, 44),
			C_VY = new RGB(148, 103, 189);

	private final CursorChart states, actions;
	private final Label noSeries;

	SeriesSection(Composite parent, FormToolkit tk) {
		super(parent, tk, Section.TITLE_BAR);
		Section section = getSection();
		section.setText("State and actions over time");
		Composite body = tk.createComposite(section);
		section.setClient(body);
		GridLayoutFactory.fillDefaults().applyTo(body);
		states = new CursorChart(body, "Observation", "x, y (left)", "state");
		WidgetIds.name(states.chart(), "environment.states");
		GridDataFactory.fillDefaults().grab(true, true).minSize(300, 140).hint(400, 200).applyTo(states.chart());
		actions = new CursorChart(body, "Action", "ax, ay", "actions");
		WidgetIds.name(actions.chart(), "environment.actions");
		GridDataFactory.fillDefaults().grab(true, true).minSize(300, 110).hint(400, 150).applyTo(actions.chart());
		noSeries = tk.createLabel(body, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).exclude(true).applyTo(noSeries);
		noSeries.setVisible(false);
		states.addExportMenu();
		actions.addExportMenu();
	}

	@Override
	public boolean setFormInput(Object input) {
		if (input instanceof EnvironmentInput in) {
			show(in);
		}
		return false;
	}

	private void show(EnvironmentInput in) {
		TrajectoryData data = in.data();
		boolean have = data != null;
		for (Control c : new Control[] { states.chart(), actions.chart() }) {
			c.setVisible(have);
			((GridData) c.getLayoutData()).exclude = !have;
		}
		noSeries.setVisible(!have);
		((GridData) noSeries.getLayoutData()).exclude = have;
		noSeries.setText(have ? "" : in.run() != null && in.loading() ? "Loading the trajectory of run " + in.run().getId() + "…"
				: "No state or action series: " + (in.run() == null ? "no run." : "the run has no trajectory."));
		noSeries.getParent().layout(true, true);
		states.clear("Observation");
		actions.clear("Action taken");
		if (!have) {
			return;
		}
		double[] t = CursorChart.steps(data.t(), data.size());
		states.x(t);
		states.series("x", data.x(), C_X, LineStyle.SOLID);
		states.series("y", data.y(), C_Y, LineStyle.DASH);
		// velocities are two orders of magnitude below positions: their own axis at the right
		states.series("vx", data.vx(), C_VX, LineStyle.DOT, "vx, vy (right)");
		states.series("vy", data.vy(), C_VY, LineStyle.DASHDOT, "vx, vy (right)");
		states.fit();
		actions.x(t);
		actions.series("ax", data.ax(), C_X, LineStyle.SOLID);
		actions.series("ay", data.ay(), C_Y, LineStyle.DASH);
		actions.fit();
	}

	/** Draws the replay's step {@code t} (NaN: none). */
	void cursor(double t) {
		states.cursor(t);
		actions.cursor(t);
	}
}
