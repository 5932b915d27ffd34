package ttt.workbench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.SweepEngineProvider;
import ttt.workbench.sweep.SweepListener;
import ttt.workbench.sweep.SweepOutcome;
import ttt.workbench.sweep.Sweeps;
import ttt.workbench.sweep.spec.SpecReader;

/** The engine on Spark's in-process master ({@code local[2]}): no cluster, quick; the cluster ITs do the rest. */
@Timeout(300)
class SparkSweepEngineTest {

	@Test
	void localMasterMakesTheSameSessionsAsTheLocalEngineAndResumesToNothing(@TempDir Path dir) throws Exception {
		Path spec = SweepStores.spec(dir, "grid");
		Path localStore = SweepStores.storeWithBase(dir.resolve("local"));
		Path sparkStore = SweepStores.storeWithBase(dir.resolve("spark"));

		SweepOutcome local = Sweeps.run(localStore, SpecReader.read(spec), new LocalSweepEngine(2), SweepListener.NONE, () -> false);
		assertEquals(24, local.done());

		SweepEngineProvider provider = SweepEngineProvider.find("spark");
		assertEquals(SparkSweepEngineProvider.class, provider.getClass(), "found through META-INF/services");
		SparkConf conf = SparkSettings.driver(new SparkConf(false), "local[2]", "ttt-test");
		SweepOutcome spark = Sweeps.run(sparkStore, SpecReader.read(spec), new SparkSweepEngine(conf), SweepListener.NONE, () -> false);
		assertEquals(24, spark.done(), spark.failed().toString());
		assertEquals(0, spark.exitCode());
		SweepStores.assertSameSessions(localStore, sparkStore, "grid", 24);
		assertEquals(true, Files.isRegularFile(sparkStore.resolve("sweeps/grid/manifest.json")));

		SweepOutcome again = Sweeps.run(sparkStore, SpecReader.read(spec), new SparkSweepEngine(conf), SweepListener.NONE, () -> false);
		assertEquals(0, again.done());
		assertEquals(24, again.alreadyDone());
		assertEquals(24, SweepStores.sessionCount(sparkStore, "grid"));
	}
}
