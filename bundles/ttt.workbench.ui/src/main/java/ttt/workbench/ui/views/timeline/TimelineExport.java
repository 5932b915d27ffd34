package ttt.workbench.ui.views.timeline;

import java.util.List;

import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.updates.UpdateCsv;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;

/** The timeline as a picture (PNG, SVG: drawn by the same painter) and its events as CSV with their verdicts. */
final class TimelineExport implements Exportable {

	private final Canvas canvas;
	private final ShownTimeline shown;

	TimelineExport(Canvas canvas, ShownTimeline shown) {
		this.canvas = canvas;
		this.shown = shown;
	}

	@Override
	public Control control() {
		return canvas;
	}

	@Override
	public String suggestedName() {
		return (shown.sessionId == null ? "session" : shown.sessionId) + "_update_timeline";
	}

	@Override
	public void paint(Drawing d, int width, int height) {
		TimelinePainter.paint(d, width, height, shown);
	}

	@Override
	public CsvTable data() {
		return UpdateCsv.of(shown.timeline == null ? List.of() : shown.timeline.events(), shown.gates);
	}
}
