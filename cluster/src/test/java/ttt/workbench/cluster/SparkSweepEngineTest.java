package ttt.workbench.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.sweep.LocalSweepEngine;
import ttt.workbench.sweep.PointResult;
import ttt.workbench.sweep.SweepPoint;
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

	@Test
	void aCancelledSweepCommitsWhatArrivedAndTheRerunMakesTheRest(@TempDir Path dir) throws Exception {
		Path spec = SweepStores.spec(dir, "cancel");
		Path store = SweepStores.storeWithBase(dir.resolve("store"));
		SparkConf conf = SparkSettings.driver(new SparkConf(false), "local[2]", "ttt-test").set(SparkSweepEngine.POINT_DELAY, "300");
		AtomicBoolean cancel = new AtomicBoolean();
		SweepListener cancelAfterTheFirst = new SweepListener() {
			@Override
			public void pointDone(SweepPoint point, PointResult result) {
				cancel.set(true);
			}
		};
		SweepOutcome first = Sweeps.run(store, SpecReader.read(spec), new SparkSweepEngine(conf), cancelAfterTheFirst, cancel::get);
		assertTrue(first.cancelled());
		assertEquals(130, first.exitCode());
		assertTrue(first.done() >= 1 && first.done() < 24, "done " + first.done());
		assertEquals(24, first.done() + first.notRun(), "every point committed or not run: " + first);
		assertEquals(first.done(), SweepStores.sessionCount(store, "cancel"), "only whole, committed points are in the store");

		SweepOutcome rest = Sweeps.run(store, SpecReader.read(spec), new SparkSweepEngine(conf.set(SparkSweepEngine.POINT_DELAY, "0")),
				SweepListener.NONE, () -> false);
		assertEquals(first.done(), rest.alreadyDone());
		assertEquals(24 - first.done(), rest.done());
		assertEquals(24, SweepStores.sessionCount(store, "cancel"));
	}
}
