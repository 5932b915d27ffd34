package ttt.workbench.store.io;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;

/**
 * A second process for {@link StoreConcurrencyTest}: forks {@code parent} into each child id given, the way every
 * writer of this product does it (store lock, whole folder renamed into place, index rebuilt from a fresh read).
 * Prints one line per child: "created ID" or "refused ID: message".
 */
public final class ForkingWriterMain {
	private ForkingWriterMain() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]);
		String parentId = args[1];
		for (int i = 2; i < args.length; i++) {
			String childId = args[i];
			try (ArtifactStore store = ArtifactStore.open(root); StoreLocks.Held lock = store.lockStore()) {
				store.refresh(); // what another process did before we got the lock
				Session parent = store.model().findSession(parentId);
				Session child = EcoreUtil.copy(parent);
				child.setId(childId);
				child.setParentId(parentId);
				child.setRootId(parent.getRootId());
				child.setLastRunAtUnix(null);
				child.setCreatedAtUnix(System.currentTimeMillis() / 1000);
				child.setMetrics(MetricsCodec.created());
				child.getRuns().clear();
				child.getEvents().clear();
				store.writer().createSession(child, PlasticState.read(store.layout().plasticState(parentId)),
						OptimizerState.read(store.layout().optimState(parentId)));
				store.refresh();
				IndexMaintenance.rebuild(store.model());
				System.out.println("created " + childId);
			} catch (FileAlreadyExistsException e) {
				System.out.println("refused " + childId + ": " + e.getMessage());
			}
		}
	}
}
