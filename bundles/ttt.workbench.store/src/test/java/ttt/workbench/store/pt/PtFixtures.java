package ttt.workbench.store.pt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture {@code .pt} files (real torch output), read as they are and never modified. */
final class PtFixtures {

	static final Path TORCH291_BASE = Path.of("torch291-store/base/base_checkpoint.pt");
	static final Path TORCH291_S1_PLASTIC = Path.of("torch291-store/sessions/s1/plastic_state.pt");
	static final Path TORCH291_S1_OPTIM = Path.of("torch291-store/sessions/s1/optim_state.pt");
	static final Path CASE1_BASE = Path.of("reference-run-case1/store_before/base/base_checkpoint.pt");
	static final Path CASE1_BEFORE_OPTIM = Path.of("reference-run-case1/store_before/sessions/case1/optim_state.pt");
	static final Path CASE1_AFTER_OPTIM = Path.of("reference-run-case1/store_after/sessions/case1/optim_state.pt");

	private PtFixtures() {
	}

	/** {@code ../shared/fixtures} beside the repository, or {@code -Dttt.fixtures.dir}. */
	static Path dir() {
		String configured = System.getProperty("ttt.fixtures.dir");
		Path dir = configured != null ? Path.of(configured) : Path.of("../../../shared/fixtures");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("fixtures not found at " + dir.toAbsolutePath()
					+ " (expected ../shared/fixtures next to the repository; set -Dttt.fixtures.dir)");
		}
		return dir.normalize();
	}

	static Path get(Path relative) {
		return dir().resolve(relative);
	}

	/** Every {@code .pt} of both fixture stores, sorted. */
	static List<Path> all() {
		try (Stream<Path> files = Files.walk(dir())) {
			return files.filter(p -> p.getFileName().toString().endsWith(".pt")).sorted().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<Path> named(String fileName) {
		return all().stream().filter(p -> p.getFileName().toString().equals(fileName)).toList();
	}
}
