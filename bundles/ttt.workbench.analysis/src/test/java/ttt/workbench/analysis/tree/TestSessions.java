package ttt.workbench.analysis.tree;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;

/** A store made session by session for the tree's tests: each new session one second younger than the last. */
final class TestSessions {

	final Store store = StoreFactory.eINSTANCE.createStore();
	private int clock = 1000;

	/** Adds a session under {@code parent} (null: a root), a sweep's point when {@code sweepKey} is given. */
	Session session(String id, Session parent, ObjectNode sweepKey) {
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setId(id);
		s.setCreatedAtUnix(clock++);
		if (parent != null) {
			s.setParentId(parent.getId());
			s.setParent(parent);
		}
		if (sweepKey != null) {
			ObjectNode extra = JsonNodeFactory.instance.objectNode();
			extra.set("sweep", sweepKey);
			s.setExtraJson(extra);
		}
		store.getSessions().add(s);
		return s;
	}
}
