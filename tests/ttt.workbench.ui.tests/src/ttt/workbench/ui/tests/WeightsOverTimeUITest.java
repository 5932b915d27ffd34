package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ttt.workbench.analysis.updates.RollbackReason;
import ttt.workbench.store.model.Session;
import ttt.workbench.test.support.stores.MixedUpdatesStore;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.weights.WeightsPage;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Weights page's "Weights over time" chart on a session with three runs and every update outcome: its series are
 * the norms the events record (read here with plain Jackson from update_events.jsonl), every outcome has its marker
 * series, and hovering names the update's run and step.
 */
public class WeightsOverTimeUITest {

	@TempDir
	Path tmp;
	private IWorkbenchPage page;

	@AfterEach
	public void closeEditors() {
		if (page != null) {
			page.closeAllEditors(false);
		}
	}

	@Test
	public void theChartShowsEveryUpdatesNormsAcrossRunsWithMarkersPerOutcome() throws Exception {
		Path root = MixedUpdatesStore.create(tmp.resolve("mixed")).toAbsolutePath().normalize();
		ObjectMapper json = new ObjectMapper();
		List<JsonNode> events = new ArrayList<>();
		for (String l : Files.readAllLines(root.resolve("sessions/mixed/update_events.jsonl"))) {
			if (!l.isBlank()) {
				events.add(json.readTree(l));
			}
		}
		Map<String, Long> offsets = new LinkedHashMap<>();
		long offset = 0;
		for (JsonNode e : events) {
			String run = e.get("run_id").asText();
			if (!offsets.containsKey(run)) {
				offsets.put(run, offset);
				offset += Files.readAllLines(root.resolve("sessions/mixed/runs/" + run + "/per_step.csv")).size() - 1;
			}
		}
		double[] x = events.stream().mapToDouble(e -> offsets.get(e.get("run_id").asText()) + e.get("t").asInt()).toArray();
		double[] total = events.stream().mapToDouble(e -> {
			JsonNode n = e.get("weight_fro_norms");
			return Math.sqrt(sq(n, "W_u") + sq(n, "B") + sq(n, "W_o"));
		}).toArray();
		double[] wo = events.stream().mapToDouble(e -> e.get("weight_fro_norms").get("W_o").asDouble()).toArray();
		double[] maxAbs = events.stream().mapToDouble(e -> {
			JsonNode m = e.get("weight_max_abs");
			return Math.max(m.get("W_u").asDouble(), Math.max(m.get("B").asDouble(), m.get("W_o").asDouble()));
		}).toArray();

		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		page = window.getActivePage();
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1400, 1000);
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display);
		UiTestSupport.waitFor(display, () -> ActiveStore.get().store() != null && ActiveStore.get().store().root().equals(root), 30);
		Session s = ActiveStore.get().store().model().findSession(MixedUpdatesStore.SESSION);
		SessionEditor editor = SessionEditors.open(page, s);
		editor.setActivePage(WeightsPage.ID);
		WeightsPage weights = (WeightsPage) editor.findPage(WeightsPage.ID);
		UiTestSupport.waitFor(display, () -> weights.getPartControl() != null && chart(weights) != null
				&& chart(weights).getSeriesSet().getSeries().length > 0, 30);
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		UiTestSupport.loadsDone(display);
		Chart chart = chart(weights);

		ISeries<?> totalSeries = chart.getSeriesSet().getSeries("‖W‖_F (W_u, B, W_o together)");
		assertNotNull(totalSeries);
		assertArrayEquals(x, totalSeries.getXSeries(), "x = the step across runs");
		assertArrayEquals(total, totalSeries.getYSeries(), 1e-12);
		assertArrayEquals(wo, chart.getSeriesSet().getSeries("‖W_o‖_F").getYSeries());
		assertArrayEquals(maxAbs, chart.getSeriesSet().getSeries("max |w| (right axis)").getYSeries());
		int markers = 0;
		for (RollbackReason r : List.of(RollbackReason.COMMITTED, RollbackReason.GRAD_NORM, RollbackReason.LOSS_REGRESSION,
				RollbackReason.STATE_NORM)) {
			ISeries<?> m = chart.getSeriesSet().getSeries(r.label());
			assertNotNull(m, "a marker series for " + r.label());
			long expected = events.stream().filter(e -> e.get("status").asText().equals(r.status())).count();
			assertEquals(expected, m.getXSeries().length, r.label());
			markers += m.getXSeries().length;
		}
		assertEquals(events.size(), markers, "every update has exactly one marker");
		assertTrue(chart.getLegend().isVisible() && chart.getLegend().getPosition() == SWT.BOTTOM, "the legend is below the plot");

		// scroll the section into view and hover the last update
		ScrolledForm form = weights.getManagedForm().getForm();
		form.setOrigin(0, chart.getParent().getParent().getLocation().y - 10);
		Screenshots.settle(display, 500);
		Control plot = chart.getPlotArea().getControl();
		int px = chart.getAxisSet().getXAxis(0).getPixelCoordinate(x[x.length - 1]);
		int py = plot.getSize().y / 2;
		Point target = plot.toDisplay(px, py);
		Widgets.post(display, SWT.MouseMove, target.x - 4, target.y, 0);
		Widgets.post(display, SWT.MouseMove, target.x, target.y, 0);
		String lastRun = events.get(events.size() - 1).get("run_id").asText();
		UiTestSupport.waitFor(display, () -> plot.getToolTipText() != null && plot.getToolTipText().contains("run " + lastRun), 10);
		assertTrue(plot.getToolTipText().contains("step " + events.get(events.size() - 1).get("t").asInt()), plot.getToolTipText());
		Screenshots.settle(display, 300);
		Screenshots.ofShell(shell, "weights-over-time");
	}

	private static double sq(JsonNode n, String key) {
		return n.get(key).asDouble() * n.get(key).asDouble();
	}

	private static Chart chart(WeightsPage weights) {
		return weights.getPartControl() == null ? null
				: WidgetsById.find((Composite) weights.getPartControl(), "weights.overTime", Chart.class);
	}
}
