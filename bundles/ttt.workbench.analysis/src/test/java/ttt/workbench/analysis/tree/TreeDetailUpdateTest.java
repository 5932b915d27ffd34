package ttt.workbench.analysis.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.engine.bench.SyntheticStore;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.io.SessionLoader;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * Details that arrive for sessions of a store opened from its index (what the tree's visible nodes and the table's rows
 * ask for) update the nodes they belong to in place — same layout, new labels and looks — and the result is exactly
 * what building the tree anew gives, in every colour mode, folded and unfolded. A change that may move nodes (a new
 * session, a sweep key) builds anew.
 */
class TreeDetailUpdateTest {

	private static final double NOW = 2e9;

	@TempDir
	Path tmp;

	/** A content fed with the model's notifications, as the Session Tree feeds it. */
	private static TreeContent following(ArtifactStore store, int collapseAbove) {
		TreeContent content = new TreeContent(store.model(), "store", name -> null, collapseAbove);
		store.model().eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification n) {
				super.notifyChanged(n);
				content.modelChanged(n);
			}
		});
		return content;
	}

	@Test
	void arrivingDetailsUpdateTheNodesInPlaceAsABuildWould() throws Exception {
		SyntheticStore.Result generated = SyntheticStore.generate(tmp.resolve("store"), 600, 3);
		for (ColorMode mode : ColorMode.values()) {
			for (boolean folded : new boolean[] { true, false }) {
				try (ArtifactStore store = ArtifactStore.openSummaries(generated.root())) {
					TreeContent content = following(store, folded ? 400 : 100_000);
					content.setColorMode(mode);
					TreeContent.Shown before = content.refresh(NOW);
					String where = mode + (folded ? ", folded" : ", open");
					List<Session> sessions = List.copyOf(store.model().getSessions());
					List<Session> onScreen = sessions.stream().filter(s -> before.tree().box(s.getId()).isPresent()).limit(5).toList();
					List<Session> offScreen = sessions.stream().filter(s -> before.tree().box(s.getId()).isEmpty()).limit(5).toList();
					assertEquals(folded, !offScreen.isEmpty(), where);

					// a batch for the nodes on screen, then one for rows elsewhere (the Sessions table's)
					TreeContent.Shown previous = before;
					for (List<Session> batch : List.of(onScreen, offScreen)) {
						store.sessionLoader().ensureLoaded(batch);
						assertTrue(batch.stream().allMatch(SessionLoader::isLoaded));
						TreeContent.Shown updated = content.refresh(NOW);
						assertSame(previous.tree().edges(), updated.tree().edges(), where + ": updated in place, not laid out anew");
						TreeContent.Shown built = content.build(NOW);
						ShownAssert.same(built, updated, where + ", " + batch.size() + " loaded");
						assertEquals(built.header(), updated.header(), where);
						previous = built;
					}
					String label = content.refresh(NOW).tree().box(onScreen.get(0).getId()).orElseThrow().node().label();
					assertTrue(label.contains("✓") && label.contains("run"), "the counts are on the node: " + label);

					// refreshed at other times (the fixture's sessions are years before NOW: "ago" in days would not change in
					// hours), without and with new details: every node's "ran … ago" is as a build at that time would say it
					double justAfter = sessions.stream().mapToDouble(SessionFigures::lastActivity).max().orElseThrow() + 30;
					for (double later : new double[] { justAfter, justAfter + 7200 }) {
						if (later > justAfter) {
							store.sessionLoader().ensureLoaded(sessions.stream().filter(s -> !SessionLoader.isLoaded(s)).limit(3).toList());
						}
						TreeContent.Shown updated = content.refresh(later);
						assertSame(previous.tree().edges(), updated.tree().edges(), where + ": updated in place later on");
						TreeContent.Shown built = content.build(later);
						ShownAssert.same(built, updated, where + ", refreshed at " + (long) later);
						previous = built;
					}
				}
			}
		}
	}

	@Test
	void aChangeThatMayMoveNodesBuildsAnew() throws Exception {
		SyntheticStore.Result generated = SyntheticStore.generate(tmp.resolve("store"), 300, 4);
		try (ArtifactStore store = ArtifactStore.openSummaries(generated.root())) {
			TreeContent content = following(store, 100_000);
			TreeContent.Shown before = content.refresh(NOW);
			Session parent = store.model().getSessions().get(3);

			// a new fork of a session on screen
			Session fork = StoreFactory.eINSTANCE.createSession();
			fork.setId("zz-new-fork");
			fork.setCreatedAtUnix(parent.getCreatedAtUnix() + 1);
			fork.setParentId(parent.getId());
			fork.setParent(parent);
			store.model().getSessions().add(fork);
			TreeContent.Shown after = content.refresh(NOW);
			assertNotSame(before.tree().edges(), after.tree().edges());
			assertTrue(after.tree().box("zz-new-fork").isPresent(), "the new session is drawn");
			ShownAssert.same(content.build(NOW), after, "after a new session");

			// a session that turns out to be a sweep point hangs under its sweep's group
			ObjectNode extra = JsonNodeFactory.instance.objectNode();
			extra.putObject("sweep").put("name", "late").put("point", 0).put("from", "base").putArray("runs").add(48);
			Session root = store.model().getSessions().stream().filter(s -> s.getParent() == null).findFirst().orElseThrow();
			root.setExtraJson(extra);
			TreeContent.Shown grouped = content.refresh(NOW);
			assertTrue(grouped.tree().box(SweepGroups.groupId("late", StoreLineage.BASE_ID)).isPresent(), "the sweep's group is drawn");
			ShownAssert.same(content.build(NOW), grouped, "after a sweep key");
		}
	}

	@Test
	void revealingWhatIsOnScreenOrChoosingTheSameModeBuildsNothing() throws Exception {
		SyntheticStore.Result generated = SyntheticStore.generate(tmp.resolve("store"), 600, 3);
		try (ArtifactStore store = ArtifactStore.openSummaries(generated.root())) {
			TreeContent content = following(store, 400); // opens folded
			content.setColorMode(ColorMode.RECENCY);
			TreeContent.Shown before = content.refresh(NOW);
			Session shown = store.model().getSessions().stream().filter(s -> before.tree().box(s.getId()).isPresent()).findFirst()
					.orElseThrow();
			Session hidden = store.model().getSessions().stream().filter(s -> before.tree().box(s.getId()).isEmpty()).findFirst()
					.orElseThrow();

			assertFalse(content.expandTo(shown), "nothing hides it");
			content.setColorMode(ColorMode.RECENCY);
			TreeContent.Shown after = content.refresh(NOW);
			assertSame(before.tree().edges(), after.tree().edges(), "not laid out anew");
			ShownAssert.same(content.build(NOW), after, "a find of a node on screen");

			TreeContent.Shown built = content.refresh(NOW);
			assertTrue(content.expandTo(hidden));
			TreeContent.Shown revealed = content.refresh(NOW);
			assertNotSame(built.tree().edges(), revealed.tree().edges(), "unfolded: laid out anew");
			assertTrue(revealed.tree().box(hidden.getId()).isPresent(), "and drawn");

			content.setColorMode(ColorMode.DEPTH);
			TreeContent.Shown recoloured = content.refresh(NOW);
			assertNotSame(revealed.tree().edges(), recoloured.tree().edges(), "another mode: laid out anew");
			ShownAssert.same(content.build(NOW), recoloured, "another mode");
		}
	}
}
