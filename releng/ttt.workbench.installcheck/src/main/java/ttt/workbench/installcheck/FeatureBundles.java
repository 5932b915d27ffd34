package ttt.workbench.installcheck;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.osgi.framework.BundleContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundles a feature.xml lists ({@code <plugin id=...>}) that apply to this platform: a plugin limited to other
 * os / ws / arch values (e.g. {@code os="linux" arch="x86_64"}) is not installed elsewhere and is not expected.
 */
final class FeatureBundles {

	private FeatureBundles() {
	}

	static List<String> read(File featureXml, BundleContext context) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		NodeList plugins = factory.newDocumentBuilder().parse(featureXml).getDocumentElement().getElementsByTagName("plugin");
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < plugins.getLength(); i++) {
			Element plugin = (Element) plugins.item(i);
			if (applies(plugin, "os", context.getProperty("osgi.os")) && applies(plugin, "ws", context.getProperty("osgi.ws"))
					&& applies(plugin, "arch", context.getProperty("osgi.arch"))) {
				ids.add(plugin.getAttribute("id"));
			}
		}
		if (ids.isEmpty()) {
			throw new IllegalStateException(featureXml + " lists no plugin for this platform");
		}
		return ids;
	}

	/** feature.xml filters are comma-separated lists; an absent attribute means any. */
	private static boolean applies(Element plugin, String attribute, String actual) {
		String allowed = plugin.getAttribute(attribute);
		if (allowed.isEmpty()) {
			return true;
		}
		for (String value : allowed.split(",")) {
			if (value.trim().equals(actual)) {
				return true;
			}
		}
		return false;
	}
}
