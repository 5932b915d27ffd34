package ttt.workbench.nd4j.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.File;
import java.util.Random;

import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs inside a plain Equinox runtime (tycho-surefire, no UI harness) against the wrapper bundle: proves that the
 * embedded native backend loads through OSGi class loading and computes a real matrix product.
 */
public class Nd4jInOsgiTest {

	@Test
	public void smallProductMatchesHandComputedValues() {
		INDArray a = Nd4j.create(new float[] { 1, 2, 3, 4, 5, 6 }, new long[] { 2, 3 });
		INDArray b = Nd4j.create(new float[] { 1, 0, 0, 1, 1, 1 }, new long[] { 3, 2 });
		INDArray c = a.mmul(b);
		assertArrayEquals(new long[] { 2, 2 }, c.shape());
		assertArrayEquals(new float[] { 4, 5, 10, 11 }, c.data().asFloat(), 0f);
	}

	@Test
	public void largerProductAgreesWithPlainJava() {
		int n = 64, k = 48, m = 40;
		float[][] x = random(n, k, 1);
		float[][] y = random(k, m, 2);
		INDArray product = Nd4j.create(x).castTo(DataType.FLOAT).mmul(Nd4j.create(y).castTo(DataType.FLOAT));
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				double expected = 0;
				for (int p = 0; p < k; p++) {
					expected += (double) x[i][p] * y[p][j];
				}
				assertEquals(expected, product.getDouble(i, j), 1e-4, "entry (" + i + "," + j + ")");
			}
		}
	}

	@Test
	public void backendIsLoadedFromTheWrapperBundle() throws Exception {
		Nd4j.create(new float[] { 1 }, new long[] { 1 }); // forces backend initialisation
		Bundle nd4jBundle = FrameworkUtil.getBundle(Nd4j.class);
		assertNotNull(nd4jBundle, "Nd4j must come from an OSGi bundle");
		assertEquals("ttt.workbench.nd4j", nd4jBundle.getSymbolicName());
		assertEquals(Bundle.ACTIVE, nd4jBundle.getState(), "lazy activation must have run the activator");
		assertSame(Nd4j.class.getClassLoader(), ND4JClassLoading.getNd4jClassloader(),
				"the activator must pin ND4J's class loader to the wrapper bundle");
		assertEquals("org.nd4j.linalg.cpu.nativecpu.CpuBackend", Nd4j.getBackend().getClass().getName());

		String wanted = System.getProperty("org.bytedeco.javacpp.cachedir");
		if (wanted != null) {
			assertEquals(new File(wanted).getCanonicalPath(), Loader.getCacheDir().getCanonicalPath(),
					"JavaCPP must unpack natives where the build asked it to");
		}
	}

	private static float[][] random(int rows, int cols, long seed) {
		Random random = new Random(seed);
		float[][] m = new float[rows][cols];
		for (float[] row : m) {
			for (int j = 0; j < cols; j++) {
				row[j] = (float) random.nextGaussian();
			}
		}
		return m;
	}
}
