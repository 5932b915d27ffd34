package ttt.workbench.ui.jobs;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;

/**
 * The whole store: held by jobs that create the store or its base (New Store, pretraining), so that no session job
 * of that store runs meanwhile. Conflicts with every {@link SessionRule} of the same store and with itself.
 */
public record StoreRule(Path store) implements ISchedulingRule {

	public StoreRule {
		store = store.toAbsolutePath().normalize();
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		if (rule instanceof SessionRule session) {
			return store.equals(session.store());
		}
		return equals(rule);
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		if (rule instanceof MultiRule multi) {
			return multi.isConflicting(this); // symmetric with a fork's parent + child rule
		}
		if (rule instanceof StoreRule other) {
			return store.equals(other.store);
		}
		if (rule instanceof SessionRule session) {
			return store.equals(session.store());
		}
		return false;
	}
}
