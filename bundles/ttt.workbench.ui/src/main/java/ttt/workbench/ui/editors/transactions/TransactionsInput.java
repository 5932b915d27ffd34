package ttt.workbench.ui.editors.transactions;

import java.util.List;

import ttt.workbench.analysis.updates.Gates;
import ttt.workbench.analysis.updates.UpdateRow;

/**
 * What the Transactions page shows, handed to its sections through the managed form's input.
 *
 * @param rows       the update events in scope (the focused run's, or every run's of the session)
 * @param scopeLabel the scope in words ("run …", "all 3 runs")
 * @param gates      the session's thresholds the verdicts are judged with
 * @param empty      what to say when there are no rows
 */
record TransactionsInput(List<UpdateRow> rows, String scopeLabel, Gates gates, String empty) {
}
