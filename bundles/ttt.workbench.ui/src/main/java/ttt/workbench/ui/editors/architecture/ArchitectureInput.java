package ttt.workbench.ui.editors.architecture;

import ttt.workbench.analysis.weights.ArchitectureSummary;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;

/**
 * What the Architecture page shows, handed to its sections through the managed form's input.
 *
 * @param session the session (its settings)
 * @param base    the store's base (its torch version)
 * @param summary shapes, counts and decay of the base checkpoint (null while it is read, or when it cannot be)
 */
record ArchitectureInput(Session session, Base base, ArchitectureSummary summary) {
}
