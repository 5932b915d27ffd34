package ttt.workbench.ui.properties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * The base, a session or a run in the Properties view: the generated rows, plus the creation time in words and the
 * files of the object's folder with their sizes on disk (what the Phase 0 Sessions tab showed).
 */
final class StoreObjectProperties extends ItemPropertySource {

	private static final String IDENTITY = "Identity";
	private final Display display;

	StoreObjectProperties(EObject object, Map<EStructuralFeature, FeatureEdit> edits, Display display) {
		super(object, edits);
		this.display = display;
		ModelWatch.watch(object, display, StoreObjectProperties::folder);
	}

	@Override
	protected List<Extra> extras() {
		List<Extra> rows = new ArrayList<>();
		Double created = switch (object) {
		case Base b -> Double.valueOf(b.getCreatedAtUnix());
		case Session s -> Double.valueOf(s.getCreatedAtUnix());
		case Run r -> r.getCreatedAtUnix();
		default -> (Double) null;
		};
		if (created != null && !created.isNaN() && created != 0) {
			rows.add(Extra.of(IDENTITY, "Created", "created_at_unix as a date", PropertyText.utc(created)));
		}
		if (object instanceof Session s && s.getLastRunAtUnix() != null) {
			rows.add(Extra.of(IDENTITY, "Last Run", "last_run_at_unix as a date", PropertyText.utc(s.getLastRunAtUnix())));
		}
		rows.addAll(FolderRows.of(folder(object), display));
		return rows;
	}

	/** The store folder that holds {@code object}'s files (null when the object is not in a store on disk). */
	static Path folder(EObject object) {
		try {
			return switch (object) {
			case Base b -> b.eContainer() instanceof Store st ? layout(st).baseDir() : null;
			case Session s -> s.getStore() == null ? null : layout(s.getStore()).sessionDir(s.getId());
			case Run r -> r.getSession() == null || r.getSession().getStore() == null ? null
					: layout(r.getSession().getStore()).runDir(r.getSession().getId(), r.getId());
			default -> null;
			};
		} catch (RuntimeException notAPath) {
			return null;
		}
	}

	private static StoreLayout layout(Store store) {
		return store.getRootPath() == null ? null : new StoreLayout(Path.of(store.getRootPath()));
	}
}
