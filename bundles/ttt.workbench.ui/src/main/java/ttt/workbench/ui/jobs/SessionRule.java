package ttt.workbench.ui.jobs;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

/**
 * One job per session at a time: two jobs on the same session of the same store wait for each other, jobs on
 * different sessions run side by side. A {@link StoreRule} of the same store conflicts with every session rule.
 * The engine's file locks would serialise them anyway; the rule makes the second job wait visibly ("Blocked" in the
 * Progress view) instead of holding a worker thread inside a lock.
 */
public record SessionRule(Path store, String sessionId) implements ISchedulingRule {

	public SessionRule {
		store = store.toAbsolutePath().normalize();
		Objects.requireNonNull(sessionId, "sessionId");
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		if (rule instanceof MultiRule multi) {
			return multi.isConflicting(this); // symmetric with a fork's parent + child rule
		}
		if (rule instanceof SessionRule other) {
			return store.equals(other.store) && sessionId.equals(other.sessionId);
		}
		if (rule instanceof StoreRule other) {
			return store.equals(other.store());
		}
		return false;
	}
}
