package ttt.workbench.analysis.weights;

import java.io.IOException;
import java.nio.file.Path;

import ttt.workbench.store.ArtifactStore;
import ttt.workbench.test.support.Fixtures;

/** Opens a copy of one of the reference's fixture stores (tests never change the fixtures themselves). */
final class FixtureWeights {

	private FixtureWeights() {
	}

	static Path fixtures() {
		return Fixtures.dir();
	}

	static ArtifactStore open(String name, Path tmp) throws IOException {
		Path source = fixtures().resolve(name);
		Path target = tmp.resolve(name);
		Fixtures.copy(source, target);
		return ArtifactStore.open(target);
	}
}
