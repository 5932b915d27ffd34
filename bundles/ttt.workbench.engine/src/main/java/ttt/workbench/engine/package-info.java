/**
 * The TTT-SSM engine: model, environment, Muon, runs, pretraining and session procedures (SPEC §3), plus the
 * headless command line (SPEC §4). It reads and writes the artifact store only through {@code ttt.workbench.store}.
 *
 * <p>Empty in the walking skeleton; filled by the engine issue.
 */
package ttt.workbench.engine;
