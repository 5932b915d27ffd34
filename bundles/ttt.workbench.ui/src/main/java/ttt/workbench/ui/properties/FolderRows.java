package ttt.workbench.ui.properties;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;

import ttt.workbench.ui.properties.ItemPropertySource.Extra;

/** The "Files" rows of a store folder: one per file or sub-folder with its size on disk, listed off the UI thread. */
final class FolderRows {

	static final String CATEGORY = "Files (on disk)";

	private FolderRows() {
	}

	static List<Extra> of(Path dir, Display display) {
		if (dir == null) {
			return List.of();
		}
		FolderListing.Listing listing = FolderListing.get(dir, display, () -> PropertySheets.refreshSoon(display));
		List<Extra> rows = new ArrayList<>();
		if (listing == null) {
			rows.add(Extra.of(CATEGORY, "(folder)", dir.toString(), "listing " + dir + "…"));
			return rows;
		}
		rows.add(Extra.of(CATEGORY, "(folder)", "where these files are", dir.toString()));
		for (FolderListing.Entry e : listing.entries()) {
			String value = e.folder() ? e.files() + (e.files() == 1 ? " file, " : " files, ") + PropertyText.bytes(e.bytes())
					: PropertyText.bytes(e.bytes());
			rows.add(Extra.of(CATEGORY, e.name(), (e.folder() ? "all files under " : "") + dir.resolve(e.name()), value));
		}
		if (listing.problem() != null) {
			rows.add(Extra.of(CATEGORY, "(problem)", "the folder could not be listed fully", listing.problem()));
		}
		return rows;
	}
}
