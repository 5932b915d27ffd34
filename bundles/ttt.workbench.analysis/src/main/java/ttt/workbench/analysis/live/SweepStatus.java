package ttt.workbench.analysis.live;

/**
 * What the workbench knows of a sweep beyond its sessions in the model: its size and how its last (or current) run
 * went. From the Run Sweep job while it runs, else from the sweep's manifest ({@code sweeps/<name>/manifest.json}).
 *
 * @param total   points of the spec
 * @param failed  points that failed (in this run, or recorded in the manifest)
 * @param running whether a Run Sweep job of this workbench is working on it now
 * @param summary one line about the spec (from, grid, seeds, runs), or null
 */
public record SweepStatus(int total, int failed, boolean running, String summary) {
}
