package ttt.workbench.sweep;

/** Told about a sweep's progress; called from the engine's threads (implementations synchronise themselves). */
public interface SweepListener {

	SweepListener NONE = new SweepListener() {
	};

	/** @param pending points this run will try; {@code alreadyDone} points whose sessions existed */
	default void started(int pending, int total, int alreadyDone) {
	}

	/** A point was committed: its session is in the store. */
	default void pointDone(SweepPoint point, PointResult result) {
	}

	/** A point failed (nothing of it was written); the others go on. */
	default void pointFailed(SweepPoint point, String message) {
	}
}
