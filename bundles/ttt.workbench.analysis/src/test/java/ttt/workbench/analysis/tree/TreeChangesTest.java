package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;

import ttt.workbench.store.model.Session;

/**
 * What the Session Tree learns of a change between two refreshes: details of some sessions, or something that may move
 * nodes. Reading the details and learning whether a build is needed is one call, so a change that may move nodes is
 * never forgotten by a refresh that took the details without seeing it.
 */
class TreeChangesTest {

	private final TestSessions made = new TestSessions();
	private final TreeChanges changes = new TreeChanges();

	TreeChangesTest() {
		made.session("a", null, null);
		made.session("b", null, null);
		made.store.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification n) {
				super.notifyChanged(n);
				changes.record(n);
			}
		});
	}

	@Test
	void beforeTheFirstBuildEverythingNeedsABuild() {
		assertNull(changes.takeDetailsOrNull());
		assertNull(changes.takeDetailsOrNull(), "asking again does not clear it");
		changes.take();
		assertEquals(Set.of(), changes.takeDetailsOrNull());
	}

	@Test
	void detailsAreTakenOnceAndAChangeThatMayMoveNodesStaysUntilABuildTakesIt() {
		changes.take(); // built
		Session a = made.store.findSession("a");
		a.setForkNote("details only");
		assertEquals(Set.of(a), changes.takeDetailsOrNull());
		assertEquals(Set.of(), changes.takeDetailsOrNull(), "taken once");

		a.setForkNote("details again");
		made.session("c", a, null); // arrives before the refresh takes the details
		assertNull(changes.takeDetailsOrNull(), "the new session needs a build, though details were pending too");
		assertNull(changes.takeDetailsOrNull(), "and still does until a build takes it (the details were not lost either)");
		assertEquals(Set.of(a), changes.take(), "the build's take has the details and clears the layout change");
		assertEquals(Set.of(), changes.takeDetailsOrNull());
	}

	@Test
	void aLayoutChangeBetweenTwoRefreshesIsSeenByTheNext() {
		changes.take();
		made.store.findSession("b").setForkNote("details");
		assertEquals(1, changes.takeDetailsOrNull().size());
		changes.layoutChanged(); // e.g. a sweep's size became known right after a refresh took its details
		assertNull(changes.takeDetailsOrNull());
	}
}
