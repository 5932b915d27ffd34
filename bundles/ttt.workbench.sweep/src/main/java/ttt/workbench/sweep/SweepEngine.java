package ttt.workbench.sweep;

import java.io.IOException;
import java.util.function.BooleanSupplier;

/**
 * Runs the pending points of a {@link SweepJob}: each point is computed ({@link PointComputer}, pure, anywhere) and
 * committed ({@link PointCommitter}, whole or not at all, on the machine that holds the store). Implementations:
 * {@link LocalSweepEngine} (threads of this JVM, the default) and the Spark engine of {@code cluster/}
 * (executors compute, the driver commits), found through {@link SweepEngineProvider}.
 *
 * <p>Contract: open one {@code PointCommitter} for the job (it writes the spec and the manifest and holds the sweep's
 * lock), commit every point that was computed, record every failure with {@link PointCommitter#failed}, never let one
 * failure stop the others, and close the committer at the end. Cancellation: stop starting points, finish those in
 * flight (they commit whole), return with {@code cancelled} set.
 */
public interface SweepEngine {

	/** "local", "spark", … */
	String name();

	SweepOutcome run(SweepJob job, SweepListener listener, BooleanSupplier cancelled) throws IOException;
}
