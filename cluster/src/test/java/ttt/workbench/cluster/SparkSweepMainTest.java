package ttt.workbench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit main's command line: what it refuses before any Spark application starts. */
class SparkSweepMainTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return SparkSweepMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aWrongCommandLineExitsTwo() {
		assertEquals(2, run("--spec", "x.yaml"));
		assertTrue(err().contains("required: --artifacts_root, --spec"), err());
		assertEquals(2, run("--artifacts_root", "a", "--spec", "b", "--bogus"));
		assertEquals(2, run("--artifacts_root", "a", "--spec", "b", "--conf", "novalue"));
	}

	@Test
	void specProblemsExitOneAndWriteNothing(@TempDir Path dir) throws Exception {
		Path store = SweepStores.storeWithBase(dir.resolve("store"));
		Path spec = dir.resolve("bad.yaml");
		Files.writeString(spec, "name: bad\nfrom: base\nmu: [0.1]\nrunz: [64]\n");
		assertEquals(1, run("--artifacts_root", store.toString(), "--spec", spec.toString(), "--master", "local[1]"));
		assertTrue(err().contains("bad.yaml:"), err());
		assertFalse(Files.exists(store.resolve("sweeps")), "nothing written");
	}

	@Test
	void aMissingStoreExitsOne(@TempDir Path dir) throws Exception {
		Path spec = SweepStores.spec(dir, "grid");
		assertEquals(1, run("--artifacts_root", dir.resolve("nothing").toString(), "--spec", spec.toString()));
		assertTrue(err().contains("no artifact store"), err());
	}
}
