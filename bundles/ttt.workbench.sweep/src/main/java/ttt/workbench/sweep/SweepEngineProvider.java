package ttt.workbench.sweep;

import java.util.Map;
import java.util.ServiceLoader;

/**
 * Makes a {@link SweepEngine} by name; found with {@link ServiceLoader} (a
 * {@code META-INF/services/ttt.workbench.sweep.SweepEngineProvider} file in the engine's jar), so {@code ttt sweep
 * --engine spark} works when the cluster jar is on the class path, without this bundle depending on Spark.
 */
public interface SweepEngineProvider {

	/**
	 * @param parallel   points at once (the local engine's threads; a hint elsewhere), ≥ 1
	 * @param master     the cluster's master URL (null: the engine's default)
	 * @param properties further engine settings (may be empty)
	 */
	record Settings(int parallel, String master, Map<String, String> properties) {
		public Settings {
			properties = Map.copyOf(properties);
		}
	}

	String name();

	SweepEngine create(Settings settings);

	/** The provider of engine {@code name} on the class path, or null. */
	static SweepEngineProvider find(String name) {
		if (LocalSweepEngine.NAME.equals(name)) {
			return LocalSweepEngine.PROVIDER;
		}
		for (SweepEngineProvider p : ServiceLoader.load(SweepEngineProvider.class, SweepEngineProvider.class.getClassLoader())) {
			if (p.name().equals(name)) {
				return p;
			}
		}
		return null;
	}
}
