package ttt.workbench.analysis.weights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import ttt.workbench.store.ArtifactStore;

/** Opens a copy of one of the reference's fixture stores (tests never change the fixtures themselves). */
final class FixtureWeights {

	private FixtureWeights() {
	}

	static Path fixtures() {
		String configured = System.getProperty("ttt.fixtures.dir");
		return configured != null ? Path.of(configured) : Path.of("../../../shared/fixtures");
	}

	static ArtifactStore open(String name, Path tmp) throws IOException {
		Path source = fixtures().resolve(name);
		Path target = tmp.resolve(name);
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(p, dest);
					dest.toFile().setWritable(true);
				}
			}
		}
		return ArtifactStore.open(target);
	}
}
