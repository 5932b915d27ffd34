package ttt.workbench.installcheck;

import java.io.File;
import java.io.FileNotFoundException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;

import org.osgi.framework.BundleContext;

/** Where an installed feature's feature.xml is: {@code <install area>/features/<id>_<version>/feature.xml}. */
final class InstalledFeatures {

	private InstalledFeatures() {
	}

	static File installArea(BundleContext context) throws URISyntaxException, FileNotFoundException {
		String area = context.getProperty("osgi.install.area");
		if (area == null) {
			throw new FileNotFoundException("osgi.install.area is not set: not started by the Eclipse launcher");
		}
		return new File(new URI(area.replace(" ", "%20")));
	}

	static File featureXml(File installArea, String featureId) throws FileNotFoundException {
		File[] matches = new File(installArea, "features").listFiles(f -> f.getName().startsWith(featureId + "_"));
		if (matches == null || matches.length == 0) {
			throw new FileNotFoundException("feature " + featureId + " is not installed in " + installArea + "/features");
		}
		if (matches.length > 1) {
			throw new FileNotFoundException("feature " + featureId + " is installed more than once: " + Arrays.toString(matches));
		}
		File xml = new File(matches[0], "feature.xml");
		if (!xml.isFile()) {
			throw new FileNotFoundException(xml + " is missing");
		}
		return xml;
	}
}
