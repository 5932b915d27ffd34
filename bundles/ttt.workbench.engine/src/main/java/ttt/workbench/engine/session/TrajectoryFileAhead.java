package ttt.workbench.engine.session;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import ttt.workbench.engine.run.RunInput;
import ttt.workbench.engine.run.SessionRunner;
import ttt.workbench.store.codec.TrajectoryCodec;

/**
 * Formats a run's {@code trajectory.json} on a thread of its own while the model runs. The trajectory depends on
 * the environment only, so it is known before the first step; its file is two thirds of the numbers a run prints
 * (six per step, against three in {@code per_step.csv}), and formatting them as Python does was the largest cost
 * of a long command-line run after the maths. On two cores the model runs on one and this on the other.
 */
final class TrajectoryFileAhead {

	private final FutureTask<String> text;

	private TrajectoryFileAhead(RunInput input) {
		text = new FutureTask<>(() -> TrajectoryCodec.format(SessionRunner.trajectory(input).toStore()));
		Thread thread = new Thread(text, "ttt-trajectory-json");
		thread.setDaemon(true); // a cancelled or failed run does not wait for it
		thread.start();
	}

	/** Starts formatting the trajectory of {@code input} now. */
	static TrajectoryFileAhead start(RunInput input) {
		return new TrajectoryFileAhead(input);
	}

	/** The file's text, waiting for it if needed; what went wrong there is thrown here. */
	String text() throws IOException {
		try {
			return text.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while formatting trajectory.json", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IOException("formatting trajectory.json failed: " + e.getCause(), e.getCause());
		}
	}

	/**
	 * The text is not needed (any more): a formatting not begun never starts; one under way runs to its end on its
	 * daemon thread (tens of milliseconds for 20,000 steps) and its text is dropped with this object.
	 */
	void cancel() {
		text.cancel(false);
	}
}
