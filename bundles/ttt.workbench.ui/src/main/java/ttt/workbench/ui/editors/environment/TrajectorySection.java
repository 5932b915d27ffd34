package ttt.workbench.ui.editors.environment;

import java.util.function.DoubleConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.analysis.environment.FrictionThresholds;
import ttt.workbench.analysis.environment.ReplayClock;
import ttt.workbench.analysis.environment.TrajectoryData;
import ttt.workbench.ui.editors.context.RunFocus;
import ttt.workbench.ui.editors.context.WidgetIds;
import ttt.workbench.ui.export.Exports;

/**
 * The run's x–y path coloured by time, with its replay: play/pause, a slider to scrub, a speed and a readout of the
 * step. A paused replay publishes its step to the editor's {@link RunFocus}; every move of the replay goes to
 * {@code cursor} (the other sections' vertical lines).
 */
final class TrajectorySection extends SectionPart {

	private static final int FRAME_MILLIS = 33;

	private final RunFocus focus;
	private final DoubleConsumer cursor;
	private final TrajectoryCanvas canvas;
	private final Button play;
	private final Scale slider;
	private final Combo speed;
	private final Label readout;
	private EnvironmentInput input;
	private ReplayClock clock = new ReplayClock(0);
	private boolean publishing;
	private long lastTick;

	TrajectorySection(Composite parent, FormToolkit tk, RunFocus focus, DoubleConsumer cursor) {
		super(parent, tk, Section.TITLE_BAR | Section.DESCRIPTION);
		this.focus = focus;
		this.cursor = cursor;
		Section section = getSection();
		section.setText("Trajectory");
		section.setDescription("x–y path coloured by time. Space plays or pauses, ← → step, click the path to jump.");
		Composite body = tk.createComposite(section);
		section.setClient(body);
		GridLayoutFactory.fillDefaults().numColumns(4).spacing(6, 4).applyTo(body);
		canvas = WidgetIds.name(new TrajectoryCanvas(body), "environment.trajectory");
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).minSize(360, 320).hint(520, 460).applyTo(canvas);
		canvas.setToolTipText("Space: play/pause   ←/→: previous/next step   Home/End: first/last step   click: jump to the nearest step");
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_ARROW_NEXT || e.detail == SWT.TRAVERSE_ARROW_PREVIOUS) {
				e.doit = false; // the arrows step the replay
			} else if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		canvas.onPick(row -> position(row, true));
		Exports.addContextMenu(canvas);

		play = WidgetIds.name(tk.createButton(body, "▶ Play", SWT.PUSH), "environment.play");
		play.setToolTipText("Play or pause the replay (Space)");
		play.addListener(SWT.Selection, e -> togglePlay());
		GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(play);
		slider = WidgetIds.name(new Scale(body, SWT.HORIZONTAL), "environment.slider");
		tk.adapt(slider, true, true);
		slider.setToolTipText("Replay position: drag to scrub over the run's steps");
		slider.addListener(SWT.Selection, e -> {
			clock.pause();
			position(slider.getSelection(), true);
		});
		slider.addListener(SWT.KeyDown, e -> {
			if (e.character == ' ') {
				togglePlay();
				e.doit = false;
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(slider);
		Label speedLabel = tk.createLabel(body, "Speed:");
		speedLabel.setToolTipText("Replay speed in steps per second");
		speed = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		for (int s : ReplayClock.SPEEDS) {
			speed.add(s + " steps/s");
		}
		speed.select(indexOfSpeed(ReplayClock.DEFAULT_SPEED));
		speed.setToolTipText("Replay speed in steps per second");
		speed.addListener(SWT.Selection, e -> clock.speed(ReplayClock.SPEEDS[speed.getSelectionIndex()]));
		readout = WidgetIds.name(tk.createLabel(body, "", SWT.WRAP), "environment.readout");
		readout.setFont(JFaceResources.getTextFont());
		GridDataFactory.fillDefaults().grab(true, false).span(4, 1).hint(300, SWT.DEFAULT).applyTo(readout);
		canvas.addDisposeListener(e -> clock.pause());
	}

	private static int indexOfSpeed(int stepsPerSecond) {
		for (int i = 0; i < ReplayClock.SPEEDS.length; i++) {
			if (ReplayClock.SPEEDS[i] == stepsPerSecond) {
				return i;
			}
		}
		return 0;
	}

	@Override
	public boolean setFormInput(Object in) {
		if (!(in instanceof EnvironmentInput environment)) {
			return false;
		}
		clock.pause();
		input = environment;
		TrajectoryData data = input.data();
		canvas.show(data, input.message(), input.stem() + "_trajectory");
		clock = new ReplayClock(data == null ? 0 : data.size());
		clock.speed(ReplayClock.SPEEDS[Math.max(0, speed.getSelectionIndex())]);
		slider.setMinimum(0);
		slider.setMaximum(Math.max(1, data == null ? 1 : data.size() - 1));
		slider.setPageIncrement(Math.max(1, data == null ? 1 : data.size() / 20));
		slider.setIncrement(1);
		slider.setEnabled(data != null);
		play.setEnabled(data != null && data.size() > 1);
		position(0, false);
		updatePlayButton();
		return true;
	}

	/** The session's μ was rewritten: the readout's friction regime follows. */
	void friction(FrictionThresholds friction) {
		if (input != null) {
			input = new EnvironmentInput(input.run(), input.stem(), input.data(), input.curves(), input.message(), input.loading(),
					input.sessionId(), friction);
		}
	}

	/** The replay's row (-1 without a trajectory). */
	int row() {
		return input == null || input.data() == null ? -1 : clock.index();
	}

	boolean playing() {
		return clock.playing();
	}

	/** This section is setting the focus: the page does not move the replay back. */
	boolean publishing() {
		return publishing;
	}

	/** A step picked elsewhere: the replay pauses there. */
	void seekStep(int step) {
		if (input != null && input.data() != null && step >= 0) {
			clock.pause();
			position(input.data().indexOf(step), false);
		}
	}

	private void key(Event e) {
		if (input == null || input.data() == null) {
			return;
		}
		switch (e.keyCode) {
		case ' ' -> togglePlay();
		case SWT.ARROW_LEFT -> step(-1);
		case SWT.ARROW_RIGHT -> step(1);
		case SWT.HOME -> step(-clock.rows());
		case SWT.END -> step(clock.rows());
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	private void step(int delta) {
		clock.step(delta);
		updatePlayButton();
		position(clock.index(), true);
	}

	private void togglePlay() {
		if (clock.playing()) {
			clock.pause();
			updatePlayButton();
			publish();
			return;
		}
		if (clock.play()) {
			updatePlayButton();
			lastTick = System.nanoTime();
			canvas.getDisplay().timerExec(FRAME_MILLIS, this::tick);
		}
	}

	private void tick() {
		if (canvas.isDisposed() || !clock.playing()) {
			return;
		}
		long now = System.nanoTime();
		if (clock.tick((now - lastTick) / 1_000_000L)) {
			position(clock.index(), false);
		}
		lastTick = now;
		if (clock.playing()) {
			canvas.getDisplay().timerExec(FRAME_MILLIS, this::tick);
		} else {
			updatePlayButton();
			publish(); // reached the end
		}
	}

	private void updatePlayButton() {
		play.setText(clock.playing() ? "❚❚ Pause" : "▶ Play");
	}

	/** Moves the replay to {@code row}; {@code publish}: tell the other pages (only when paused). */
	private void position(int row, boolean publish) {
		TrajectoryData data = input.data();
		if (data == null) {
			canvas.current(-1);
			slider.setSelection(0);
			readout.setText(input.message() == null ? "" : "No trajectory to replay.");
			cursor.accept(Double.NaN);
			return;
		}
		clock.seek(row);
		int i = clock.index();
		canvas.current(i);
		if (slider.getSelection() != i) {
			slider.setSelection(i);
		}
		readout.setText(ReplayReadout.of(data, i, input.friction()));
		cursor.accept(data.t()[i]);
		if (publish && !clock.playing()) {
			publish();
		}
	}

	private void publish() {
		if (input == null || input.data() == null || input.run() == null) {
			return;
		}
		publishing = true;
		try {
			focus.set(input.run(), input.data().t()[clock.index()]);
		} finally {
			publishing = false;
		}
	}
}
