package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandImageService;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ttt.workbench.icons.IconRasterizer;

/**
 * The icons (issue #18): every contribution has one of ours, every path resolves (with its @2x), the committed PNGs
 * are what the SVGs render to, and each icon reads on a light and on a dark background.
 */
public class IconsTest {

	private static final String UI = "ttt.workbench.ui";
	/** Where a command, view, editor ... of ours must name its image. */
	private static final Set<String> NEEDS_ICON = Set.of("view", "editor", "perspective", "wizard");
	private static final int WHITE = 0xffffff;
	private static final int DARK = 0x2b2b2b;
	/**
	 * At least a third of an icon's visible pixels stand out on each background: the mid-tone fills on both, the dark
	 * outline on light ones only (no single colour has 3:1 against both white and #2b2b2b except mid-tones).
	 */
	private static final double MIN_CONTRASTING_SHARE = 1.0 / 3;

	@Test
	public void everyIconPathOfPluginXmlAndProductExistsWithItsDoubleSize() throws Exception {
		Bundle ui = Platform.getBundle(UI);
		Document plugin = pluginXml();
		List<String> checked = new ArrayList<>();
		NodeList all = plugin.getElementsByTagName("*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			String icon = e.getAttribute("icon");
			if (!icon.isEmpty()) {
				assertFalse(icon.startsWith("platform:"), "our contributions wear our icons, not the platform's: " + icon);
				assertPair(ui, icon);
				checked.add(icon);
			}
			if ("property".equals(e.getTagName()) && "windowImages".equals(e.getAttribute("name"))) {
				String[] images = e.getAttribute("value").split(",");
				assertEquals(5, images.length, "window images at 16, 32, 48, 64 and 128 px");
				int[] sizes = { 16, 32, 48, 64, 128 };
				for (int k = 0; k < images.length; k++) {
					BufferedImage image = read(ui, images[k]);
					assertEquals(sizes[k], image.getWidth(), images[k]);
					checked.add(images[k]);
				}
			}
			if ("property".equals(e.getTagName()) && "aboutImage".equals(e.getAttribute("name"))) {
				assertNotNull(read(ui, e.getAttribute("value")), "about image");
				checked.add(e.getAttribute("value"));
			}
		}
		assertTrue(checked.size() > 20, "plugin.xml names our icons: " + checked);
		// the product file (PDE's view of the same product) names the same images
		String product = Files.readString(repo().resolve("releng/ttt.workbench.repository/ttt-workbench.product"));
		var paths = java.util.regex.Pattern.compile("/" + UI + "/(icons/[^\"]+)").matcher(product);
		int inProduct = 0;
		while (paths.find()) {
			assertNotNull(ui.getEntry(paths.group(1)), "the product's " + paths.group(1) + " is in the bundle");
			inProduct++;
		}
		assertEquals(6, inProduct, "five window images and the about image in the .product");
	}

	@Test
	public void everyViewEditorPerspectiveWizardAndCommandHasAnIcon() throws Exception {
		Document plugin = pluginXml();
		NodeList all = plugin.getElementsByTagName("*");
		Set<String> missing = new TreeSet<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			boolean contribution = NEEDS_ICON.contains(e.getTagName()) && e.hasAttribute("class");
			if (contribution && e.getAttribute("icon").isEmpty()) {
				missing.add(e.getTagName() + " " + e.getAttribute("id"));
			}
		}
		// commands: all of our category as the running workbench has them, whoever's block declared them
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		ICommandImageService images = PlatformUI.getWorkbench().getService(ICommandImageService.class);
		int ours = 0;
		for (Command command : commands.getDefinedCommands()) {
			if (command.getId().startsWith(UI + ".")) {
				ours++;
				if (images.getImageDescriptor(command.getId()) == null) {
					missing.add("command " + command.getId());
				}
			}
		}
		assertTrue(ours >= 16, "the registry has our commands: " + ours);
		assertTrue(missing.isEmpty(), "contributions without an icon: " + missing);
	}

	@Test
	public void committedPngsAreWhatTheSvgsRenderTo() throws Exception {
		Path sources = repo().resolve("bundles/" + UI + "/icons-src");
		Path rendered = repo().resolve("bundles/" + UI + "/icons");
		List<Path> svgs = svgs(sources);
		assertTrue(svgs.size() >= 28, "hand-drawn sources: " + svgs.size());
		Set<Path> expected = new TreeSet<>();
		for (Path svg : svgs) {
			Path folder = rendered.resolve(sources.relativize(svg.getParent()).toString());
			for (IconRasterizer.Output out : IconRasterizer.outputsOf(svg)) {
				Path png = folder.resolve(out.name() + ".png");
				expected.add(png);
				assertTrue(Files.exists(png), png + " is missing: run releng/icons/regenerate.sh and commit");
				BufferedImage committed = ImageIO.read(png.toFile());
				BufferedImage fresh = IconRasterizer.render(svg, out.width(), out.height());
				assertEquals(fresh.getWidth(), committed.getWidth(), png.toString());
				assertEquals(fresh.getHeight(), committed.getHeight(), png.toString());
				long total = 0;
				int worst = 0;
				for (int y = 0; y < fresh.getHeight(); y++) {
					for (int x = 0; x < fresh.getWidth(); x++) {
						int d = channelDistance(fresh.getRGB(x, y), committed.getRGB(x, y));
						total += d;
						worst = Math.max(worst, d);
					}
				}
				double mean = (double) total / (fresh.getWidth() * fresh.getHeight());
				assertTrue(worst <= 48 && mean <= 2.0, png + " differs from its SVG (worst channel " + worst
						+ ", mean " + mean + "): run releng/icons/regenerate.sh and commit");
			}
		}
		try (Stream<Path> files = Files.walk(rendered)) {
			List<Path> orphans = files.filter(p -> p.toString().endsWith(".png")).filter(p -> !expected.contains(p)).toList();
			assertTrue(orphans.isEmpty(), "PNGs without an SVG: " + orphans);
		}
	}

	@Test
	public void everyIconReadsOnLightAndDarkBackgrounds() throws Exception {
		Path rendered = repo().resolve("bundles/" + UI + "/icons");
		List<String> weak = new ArrayList<>();
		int icons = 0;
		try (Stream<Path> files = Files.walk(rendered)) {
			for (Path png : files.filter(p -> p.toString().endsWith(".png")).sorted().toList()) {
				BufferedImage image = ImageIO.read(png.toFile());
				for (int background : new int[] { WHITE, DARK }) {
					double share = contrastingShare(image, background);
					if (share < MIN_CONTRASTING_SHARE) {
						weak.add(rendered.relativize(png) + String.format(" on #%06x: %.2f", background, share));
					}
				}
				icons++;
			}
		}
		assertTrue(icons > 50, "rendered icons: " + icons);
		assertTrue(weak.isEmpty(), "icons that fade into a background (share of visible pixels with contrast >= 3:1): " + weak);
	}

	/**
	 * The share of an icon's visible pixels (alpha >= 50%) that stand out against {@code background}: composited onto
	 * it, their luminance contrast with it is at least 3:1 (WCAG's figure for graphical objects).
	 */
	static double contrastingShare(BufferedImage image, int background) {
		int visible = 0;
		int contrasting = 0;
		double bgLuminance = luminance(background);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int argb = image.getRGB(x, y);
				int alpha = argb >>> 24;
				if (alpha < 128) {
					continue;
				}
				visible++;
				int composed = over(argb, background);
				double l = luminance(composed);
				double ratio = (Math.max(l, bgLuminance) + 0.05) / (Math.min(l, bgLuminance) + 0.05);
				if (ratio >= 3.0) {
					contrasting++;
				}
			}
		}
		return visible == 0 ? 0 : (double) contrasting / visible;
	}

	private static int over(int argb, int rgb) {
		double a = (argb >>> 24) / 255.0;
		int out = 0;
		for (int shift = 16; shift >= 0; shift -= 8) {
			int c = (int) Math.round(((argb >> shift) & 0xff) * a + ((rgb >> shift) & 0xff) * (1 - a));
			out |= c << shift;
		}
		return out;
	}

	static double luminance(int rgb) {
		double r = linear((rgb >> 16) & 0xff);
		double g = linear((rgb >> 8) & 0xff);
		double b = linear(rgb & 0xff);
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static int channelDistance(int a, int b) {
		int worst = 0;
		for (int shift = 24; shift >= 0; shift -= 8) {
			worst = Math.max(worst, Math.abs(((a >>> shift) & 0xff) - ((b >>> shift) & 0xff)));
		}
		return worst;
	}

	private static void assertPair(Bundle ui, String icon) throws IOException {
		assertNotNull(ui.getEntry(icon), icon + " is not in the bundle (build.properties bin.includes?)");
		String doubled = icon.replaceFirst("\\.png$", "@2x.png");
		assertNotNull(ui.getEntry(doubled), doubled + " (HiDPI) is not in the bundle");
		BufferedImage one = read(ui, icon);
		BufferedImage two = read(ui, doubled);
		assertEquals(2 * one.getWidth(), two.getWidth(), doubled + " is twice " + icon);
		assertEquals(2 * one.getHeight(), two.getHeight(), doubled + " is twice " + icon);
	}

	private static BufferedImage read(Bundle bundle, String path) throws IOException {
		URL entry = bundle.getEntry(path);
		assertNotNull(entry, path + " is not in the bundle");
		try (InputStream in = entry.openStream()) {
			return ImageIO.read(in);
		}
	}

	static Document pluginXml() throws Exception {
		try (InputStream in = Platform.getBundle(UI).getEntry("plugin.xml").openStream()) {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
		}
	}

	private static List<Path> svgs(Path sources) throws IOException {
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
		}
	}

	/** The repository's root: the sources (SVGs, the .product) are read from there. */
	static Path repo() {
		String root = System.getProperty("ttt.repo.root");
		assertNotNull(root, "the test runtime sets ttt.repo.root (tests/ttt.workbench.ui.tests/pom.xml)");
		return Path.of(root);
	}
}
