package ttt.workbench.icons;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.ViewBox;

/**
 * Renders one hand-drawn SVG icon into the PNGs the bundle ships. Shared by the regeneration tool
 * ({@link RegenerateIcons}) and the UI test that checks the committed PNGs against a fresh rendering, so both render
 * with the same code and the same JSVG.
 */
public final class IconRasterizer {

	/** Marks a multi-size source (the window images): {@code data-sizes="16 32 48"} renders name16, name32, name48. */
	private static final Pattern SIZES = Pattern.compile("data-sizes=\"([0-9 ]+)\"");
	private static final Pattern WIDTH = Pattern.compile("<svg[^>]*\\swidth=\"([0-9.]+)\"", Pattern.DOTALL);
	private static final Pattern HEIGHT = Pattern.compile("<svg[^>]*\\sheight=\"([0-9.]+)\"", Pattern.DOTALL);

	/** One PNG to write: its name next to the SVG's (without ".png") and its pixel size. */
	public record Output(String name, int width, int height) {
	}

	private IconRasterizer() {
	}

	/** The PNGs that {@code svg} stands for: name + name@2x, or one per declared size. */
	public static List<Output> outputsOf(Path svg) throws IOException {
		String text = Files.readString(svg, StandardCharsets.UTF_8);
		String base = svg.getFileName().toString().replaceFirst("\\.svg$", "");
		List<Output> outputs = new ArrayList<>();
		Matcher sizes = SIZES.matcher(text);
		if (sizes.find()) {
			for (String size : sizes.group(1).trim().split(" +")) {
				int pixels = Integer.parseInt(size);
				outputs.add(new Output(base + size, pixels, pixels));
			}
			return outputs;
		}
		int width = (int) Math.round(Double.parseDouble(attribute(WIDTH, text, svg)));
		int height = (int) Math.round(Double.parseDouble(attribute(HEIGHT, text, svg)));
		outputs.add(new Output(base, width, height));
		outputs.add(new Output(base + "@2x", 2 * width, 2 * height));
		return outputs;
	}

	private static String attribute(Pattern pattern, String text, Path svg) throws IOException {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IOException(svg + ": the <svg> element needs width and height (the icon's size at 100%)");
		}
		return matcher.group(1);
	}

	/** Renders the whole SVG scaled to {@code width × height} on a transparent ARGB image. */
	public static BufferedImage render(Path svg, int width, int height) throws IOException {
		SVGDocument document;
		try (InputStream in = Files.newInputStream(svg)) {
			document = new SVGLoader().load(in, svg.toUri(), LoaderContext.createDefault());
		}
		if (document == null) {
			throw new IOException(svg + ": not a readable SVG document");
		}
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			document.render((java.awt.Component) null, g, new ViewBox(0, 0, width, height));
		} finally {
			g.dispose();
		}
		return image;
	}
}
