package ttt.workbench.cluster;

import org.apache.spark.SparkConf;

import ttt.workbench.sweep.SweepEngine;
import ttt.workbench.sweep.SweepEngineProvider;

/**
 * {@code --engine spark} for {@code ttt sweep} (found through {@code META-INF/services}): a Spark application per
 * sweep on {@code --master} (any master URL Spark accepts: {@code local[N]}, {@code spark://host:7077},
 * {@code yarn}, {@code k8s://https://host:443}); without one, the master spark-submit set, else {@code local[N]} with
 * N = {@code --parallel}. Further {@code spark.*} settings come from spark-submit's {@code --conf}, Java system
 * properties, or {@link Settings#properties()}.
 */
public final class SparkSweepEngineProvider implements SweepEngineProvider {

	@Override
	public String name() {
		return SparkSweepEngine.NAME;
	}

	@Override
	public SweepEngine create(Settings settings) {
		SparkConf conf = new SparkConf(); // takes spark.* system properties (spark-submit passes its settings so)
		settings.properties().forEach(conf::set);
		SparkSettings.driver(conf, settings.master(), "ttt sweep", "local[" + Math.max(1, settings.parallel()) + "]");
		SparkSettings.shipOwnJar(conf);
		return new SparkSweepEngine(conf);
	}
}
