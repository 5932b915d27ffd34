package ttt.workbench.icons;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/** {@code RegenerateIcons SRC OUT}: renders every SVG under SRC into OUT, keeping the sub-folders (view16, etool16 ...). */
public final class RegenerateIcons {

	private RegenerateIcons() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: RegenerateIcons <icons-src folder> <icons output folder>");
			System.exit(2);
		}
		Path sources = Path.of(args[0]).toAbsolutePath().normalize();
		Path output = Path.of(args[1]).toAbsolutePath().normalize();
		List<Path> svgs;
		try (Stream<Path> files = Files.walk(sources)) {
			svgs = files.filter(f -> f.toString().endsWith(".svg")).sorted().toList();
		}
		int written = 0;
		for (Path svg : svgs) {
			Path folder = output.resolve(sources.relativize(svg.getParent()).toString());
			Files.createDirectories(folder);
			for (IconRasterizer.Output out : IconRasterizer.outputsOf(svg)) {
				BufferedImage image = IconRasterizer.render(svg, out.width(), out.height());
				ImageIO.write(image, "png", folder.resolve(out.name() + ".png").toFile());
				written++;
			}
		}
		System.out.println(svgs.size() + " SVGs rendered into " + written + " PNGs under " + output);
	}
}
