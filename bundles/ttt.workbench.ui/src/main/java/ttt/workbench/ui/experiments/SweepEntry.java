package ttt.workbench.ui.experiments;

import java.nio.file.Path;

/**
 * A sweep of a store as the Experiments view publishes it to the workbench selection; "Open Experiment" opens the
 * editor of every selected one.
 */
public record SweepEntry(Path storeRoot, String name) {
}
