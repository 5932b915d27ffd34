package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.ui.editors.SessionEditor;
import ttt.workbench.ui.editors.SessionEditors;
import ttt.workbench.ui.editors.environment.CursorChart;
import ttt.workbench.ui.editors.environment.EnvironmentPage;
import ttt.workbench.ui.editors.environment.MuGauge;
import ttt.workbench.ui.editors.environment.TrajectoryCanvas;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;
import ttt.workbench.ui.perspectives.LineagePerspective;
import ttt.workbench.ui.store.ActiveStore;

/**
 * The Environment page on real runs: the reference's case1 run (600 steps, with a gzip trajectory) and the torch 2.9.1
 * fixture's run, which has no trajectory. Expected values come from the fixture files, parsed here independently.
 */
public class EnvironmentPageUITest {

	private static final String CASE1_RUN = "case1_1795287431_seed1";

	@TempDir
	Path tmp;

	private IWorkbenchWindow window;
	private SessionEditor editor;

	@AfterEach
	void closeEditors() {
		if (window != null) {
			window.getActivePage().closeAllEditors(false);
		}
	}

	@Test
	public void replaysTheTrajectoryOfTheReferenceRun() throws Exception {
		Path fixtures = Path.of(System.getProperty("ttt.fixtures.dir")).resolve("reference-run-case1");
		Path root = tmp.resolve("store");
		copyTree(fixtures.resolve("store_before"), root);
		copyTree(fixtures.resolve("store_after"), root); // the run's files over the store it was made from
		Path runDir = root.resolve("sessions/case1/runs/" + CASE1_RUN);
		Expected truth = Expected.parse(gunzip(runDir.resolve("trajectory.json.gz")));
		assertEquals(600, truth.x.length);
		double mu = Double.parseDouble(find("\"mu\": ([0-9.eE+-]+)", Files.readString(root.resolve("sessions/case1/meta.json"))).get(0));

		Env page = open(root, "case1");
		Display display = page.page.getPartControl().getDisplay();
		waitFor(display, () -> page.canvas.pathPointCount() == 600);
		assertNull(page.message());
		assertTrue(page.play.isEnabled());

		// scrub the slider to t = 250: the marker lands on the trajectory's (x, y) at t = 250, and the step is published
		scrub(page, 250);
		assertEquals(250, page.replayRow());
		double[] marker = page.markerInData();
		double tol = page.dataPerPixel() * 1.01;
		assertEquals(truth.x[250], marker[0], tol, "marker x at t=250");
		assertEquals(truth.y[250], marker[1], tol, "marker y at t=250");
		assertEquals(250, editor.focus().get().step(), "a paused replay sets the editor's focus step");
		assertEquals(250.0, page.stateCursor());
		assertTrue(page.readout.getText().startsWith("t = 250 / 599"), page.readout.getText());
		assertTrue(page.readout.getText().contains(String.format(Locale.ROOT, "x = %.4f", truth.x[250])), page.readout.getText());

		// a step picked elsewhere (e.g. the transactions page) moves the replay
		Run run = editor.focus().run();
		editor.focus().set(run, 400);
		assertEquals(400, page.replayRow());
		assertEquals(truth.x[400], page.markerInData()[0], tol);
		assertEquals(400.0, page.stateCursor());

		// keys on the trajectory: Right steps, Space plays
		key(page, SWT.ARROW_RIGHT, '\0');
		assertEquals(401, page.replayRow());
		assertEquals(401, editor.focus().get().step());
		// predictions: case1 is a session's first run from the base, so base and session_start replay from the base
		// weights and must reproduce the recorded errors
		page.showErrorsView(1); // the predictions of x: the truth and the models recomputed faithfully, once the replay is done
		waitFor(display, () -> page.errors.getSeriesSet().getSeries().length > 1);
		assertEquals(List.of("base", "session_start"), page.predictedModels(), page.errorsNote.getToolTipText());
		assertEquals(3, page.errors.getSeriesSet().getSeries().length);
		double[] trueX = page.errors.getSeriesSet().getSeries("true x").getYSeries();
		assertEquals(599, trueX.length, "the truth of steps 1..599");
		assertEquals(truth.x[1], trueX[0]);
		assertEquals(truth.x[599], trueX[598]);
		assertEquals(599, page.errors.getSeriesSet().getSeries("base").getYSeries().length);

		key(page, ' ', ' ');
		assertTrue(page.playing(), page.play.getText());
		waitFor(display, () -> page.replayRow() >= 430);
		assertTrue(page.play.getText().contains("Pause"));
		Screenshots.settle(display, 150);
		File shot = Screenshots.ofShell(page.page.getPartControl().getShell(), "environment-mid-replay");
		assertTrue(shot.length() > 10_000);
		int before = page.replayRow();
		page.play.notifyListeners(SWT.Selection, new Event()); // pause with the button
		assertFalse(page.playing(), page.play.getText());
		assertTrue(page.replayRow() >= before);
		assertEquals(page.replayRow(), editor.focus().get().step(), "pausing publishes the replay step");
		int paused = page.replayRow();
		Screenshots.settle(display, 200);
		assertEquals(paused, page.replayRow(), "paused means still");

		// μ gauge: the session's μ from meta.json, its marker at that value
		assertEquals(mu, page.gauge.friction().mu());
		assertEquals(mu, page.gaugeMarkerMu(), 0.005);

		// series: x, y, vx, vy and ax, ay with the trajectory's length and values; the three models' errors
		ISeries<?>[] states = page.states.getSeriesSet().getSeries();
		assertEquals(4, states.length);
		for (ISeries<?> s : states) {
			assertEquals(600, s.getYSeries().length, s.getId());
		}
		assertEquals(truth.vy[123], page.states.getSeriesSet().getSeries("vy").getYSeries()[123]);
		assertEquals(2, page.actions.getSeriesSet().getSeries().length);
		assertEquals(truth.ax[599], page.actions.getSeriesSet().getSeries("ax").getYSeries()[599]);
		page.showErrorsView(0);
		assertEquals(3, page.errors.getSeriesSet().getSeries().length);
		assertEquals(600, page.errors.getSeriesSet().getSeries("adaptive").getYSeries().length);
		PaletteAssertions.assertMseColours(page.errors);

		// SVG export: a polyline through all 600 path points
		String svg = page.svg();
		boolean full = find("<polyline points=\"([^\"]*)\"", svg).stream().anyMatch(p -> p.trim().split("\\s+").length == 600);
		assertTrue(full, "the SVG has a polyline with the 600 path points");
		long series = find("<polyline points=\"([^\"]*)\"", page.stateChartSvg()).stream()
				.filter(p -> p.trim().split("\\s+").length == 600).count();
		assertEquals(4, series, "the state chart's SVG has x, y, vx and vy, each through its 600 steps");
	}

	@Test
	public void saysWhyARunWrittenByTheReferenceHasNoTrajectoryAndShowsNonlinearThresholds() throws Exception {
		Path root = UiTestSupport.copyFixtureStore("torch291-store", tmp.resolve("store"));
		// s1 made nonlinear in this copy (meta and index), to see the gauge's stiction thresholds on a real session
		Path meta = root.resolve("sessions/s1/meta.json"), index = root.resolve("sessions/index.json");
		Files.writeString(meta, Files.readString(meta).replace("\"env_mode\": \"linear\"", "\"env_mode\": \"nonlinear\""));
		Files.writeString(index, Files.readString(index).replaceFirst("\"env_mode\": \"linear\"", "\"env_mode\": \"nonlinear\""));
		Env page = open(root, "s1");
		Display display = page.page.getPartControl().getDisplay();
		UiTestSupport.loadsDone(display); // the run's files are read on a job; meanwhile the page says it is loading
		waitFor(display, () -> page.message() != null);
		assertTrue(page.message().contains("no trajectory.json") && page.message().contains("Python reference"), page.message());
		assertEquals(0, page.canvas.pathPointCount());
		assertEquals(-1, page.replayRow());
		assertFalse(page.play.isEnabled());
		assertEquals(0, page.states.getSeriesSet().getSeries().length);
		page.showErrorsView(1);
		assertEquals(0, page.errors.getSeriesSet().getSeries().length, "no trajectory, no truth to predict");
		assertTrue(page.errorsNote.getText().startsWith("No trajectory"), page.errorsNote.getText());
		page.showErrorsView(0);
		// the per-step errors are still there: per_step.csv has the 96 steps
		assertEquals(96, page.errors.getSeriesSet().getSeries("adaptive").getYSeries().length);
		double mu = Double.parseDouble(find("\"mu\": ([0-9.eE+-]+)", Files.readString(meta)).get(0));
		assertEquals(mu, page.gauge.friction().mu());
		assertTrue(page.gauge.friction().nonlinear());
		assertEquals(Math.min(0.95, 2 * mu), page.gauge.friction().staticMu(), 1e-12, "static μ_eff");
		assertEquals(0.5 * mu, page.gauge.friction().dynamicMu(), 1e-12, "dynamic μ_eff");
		assertEquals(2 * mu, page.gauge.friction().speedThreshold(), 1e-12, "speed threshold");
		Screenshots.settle(display, 300);
		Screenshots.ofShell(page.page.getPartControl().getShell(), "environment-no-trajectory");
	}

	private Env open(Path root, String sessionId) throws Exception {
		window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(LineagePerspective.ID, window);
		Shell shell = window.getShell();
		shell.setBounds(0, 0, 1500, 1000);
		Display display = shell.getDisplay();
		ActiveStore.get().open(root, display).join();
		waitFor(display, () -> ActiveStore.get().store() != null
				&& ActiveStore.get().store().root().equals(root.toAbsolutePath().normalize()));
		Session session = ActiveStore.get().store().model().findSession(sessionId);
		assertNotNull(session);
		IWorkbenchPage wp = window.getActivePage();
		editor = SessionEditors.open(wp, session);
		wp.setPartState(wp.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		editor.setActivePage(EnvironmentPage.ID);
		EnvironmentPage page = (EnvironmentPage) editor.findPage(EnvironmentPage.ID);
		waitFor(display, () -> page.getPartControl() != null);
		Screenshots.settle(display, 300);
		return Env.of(page);
	}

	private static void scrub(Env page, int t) {
		page.slider.setSelection(t);
		page.slider.notifyListeners(SWT.Selection, new Event());
	}

	private static void key(Env page, int keyCode, char character) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.character = character;
		e.doit = true;
		page.canvas.notifyListeners(SWT.KeyDown, e);
	}

	/** The page's widgets, found by their names, and what the test reads from them. */
	private record Env(EnvironmentPage page, TrajectoryCanvas canvas, Button play, Scale slider, Label readout, MuGauge gauge,
			Chart states, Chart actions, Chart errors, Combo errorsView, Label errorsNote) {

		static Env of(EnvironmentPage page) {
			Composite root = (Composite) page.getPartControl();
			return new Env(page, WidgetsById.find(root, "environment.trajectory", TrajectoryCanvas.class),
					WidgetsById.find(root, "environment.play", Button.class), WidgetsById.find(root, "environment.slider", Scale.class),
					WidgetsById.find(root, "environment.readout", Label.class), WidgetsById.find(root, "environment.gauge", MuGauge.class),
					WidgetsById.find(root, "environment.states", Chart.class), WidgetsById.find(root, "environment.actions", Chart.class),
					WidgetsById.find(root, "environment.errors", Chart.class), WidgetsById.find(root, "environment.errorsView", Combo.class),
					WidgetsById.find(root, "environment.errorsNote", Label.class));
		}

		/** The replay row: where the marker is on the path (-1 without a trajectory). */
		int replayRow() {
			return canvas.current();
		}

		/** The play button says what a click does: pause while the replay plays. */
		boolean playing() {
			return play.getText().contains("Pause");
		}

		/** The message in the form's head instead of a trajectory (null when one is shown). */
		String message() {
			return page.getManagedForm().getForm().getMessage();
		}

		/** The replay marker mapped back to data units {x, y}. */
		double[] markerInData() {
			return canvas.toData(canvas.currentPixel());
		}

		/** The trajectory plot's scale (data units per pixel), for tolerances. */
		double dataPerPixel() {
			double[] a = canvas.toData(new Point(0, 0));
			double[] b = canvas.toData(new Point(1, 0));
			return Math.abs(b[0] - a[0]);
		}

		double gaugeMarkerMu() {
			return gauge.muAt(gauge.muPixel());
		}

		/** The vertical replay line's t on the state chart. */
		double stateCursor() {
			return ((CursorChart) states.getData(Exports.EXPORTABLE_KEY)).cursor();
		}

		/** The models of the predictions view beside the truth. */
		List<String> predictedModels() {
			return Stream.of(errors.getSeriesSet().getSeries()).map(ISeries::getId).filter(id -> !id.startsWith("true ")).toList();
		}

		/** Picks a view of the errors section as a user does (0: errors, 1–4: predictions of x, y, vx, vy). */
		void showErrorsView(int view) {
			errorsView.select(view);
			errorsView.notifyListeners(SWT.Selection, new Event());
		}

		String svg() {
			return Exports.svg(canvas);
		}

		String stateChartSvg() {
			return Exports.svg((Exportable) states.getData(Exports.EXPORTABLE_KEY));
		}
	}

	private static void waitFor(Display display, BooleanSupplier condition) {
		UiTestSupport.waitFor(display, condition, 30);
	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
					dest.toFile().setWritable(true);
				}
			}
		}
	}

	private static String gunzip(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<String> find(String regex, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = Pattern.compile(regex).matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/** The trajectory's columns read straight from the JSON text (keys are unique per step object). */
	private record Expected(double[] x, double[] y, double[] vy, double[] ax) {
		static Expected parse(String json) {
			return new Expected(column(json, "x"), column(json, "y"), column(json, "vy"), column(json, "ax"));
		}

		private static double[] column(String json, String key) {
			return find("\"" + key + "\": (-?[0-9.eE+-]+)", json).stream().mapToDouble(Double::parseDouble).toArray();
		}
	}
}
