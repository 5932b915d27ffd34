package ttt.workbench.ui.transfer;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The wizards' banner images (75×66, drawn with the other icons); a missing file shows no image. */
final class TransferImages {

	static final String IMPORT_PHASE0 = "icons/wizban/import_phase0.png";
	static final String EXPORT_ZIP = "icons/wizban/export_zip.png";
	static final String IMPORT_ZIP = "icons/wizban/import_zip.png";

	private TransferImages() {
	}

	static ImageDescriptor banner(String path) {
		return ResourceLocator.imageDescriptorFromBundle("ttt.workbench.ui", path).orElse(null);
	}
}
