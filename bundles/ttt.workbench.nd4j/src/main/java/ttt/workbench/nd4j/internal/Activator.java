package ttt.workbench.nd4j.internal;

import org.nd4j.common.config.ND4JClassLoading;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Pins ND4J's service and backend look-ups to this bundle's class loader.
 *
 * <p>ND4J captures the thread context class loader once, on first use; inside OSGi that loader is whatever the
 * calling thread happened to have (a Job worker, the UI thread, the test harness) and cannot see the embedded
 * backend. Lazy activation guarantees this runs before any class of the bundle is handed out, so before anyone
 * touches {@code Nd4j}.
 */
public class Activator implements BundleActivator {
	@Override
	public void start(BundleContext context) {
		ND4JClassLoading.setNd4jClassloader(Activator.class.getClassLoader());
	}

	@Override
	public void stop(BundleContext context) {
		// nothing to release: ND4J's native memory is owned by the arrays and freed by its deallocator thread
	}
}
