package ttt.workbench.engine.math;

import java.nio.FloatBuffer;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moving float32 matrices between the host ({@code float[][]}, row-major) and ND4J, without per-element calls: every
 * array is a fresh, dense, row-major ({@code 'c'}) FLOAT array, filled or read through its native buffer with bulk
 * {@link FloatBuffer} copies (one per row). Also the per-thread workspace every {@link Nd4jBackend} call runs in.
 *
 * <p>Measured on ND4J 1.0.0-M2.1 (2 cores, {@code OMP_NUM_THREADS=1}): allocating a 4 MB array outside a workspace
 * costs ≈ 2 ms (fresh pages), inside a warm workspace ≈ 20 µs; so all work happens inside
 * {@link #openWorkspace()}.
 */
final class Nd4jArrays {

	/** Workspace id: one workspace per thread (ND4J keeps workspaces per thread), never shared between threads. */
	static final String WORKSPACE_ID = "ttt.workbench.engine.math.Nd4jBackend";

	/**
	 * Learns its size in the first call on a thread, then reuses that memory; a larger later call spills once and the
	 * workspace grows to fit it ({@link SpillPolicy#REALLOCATE}). Everything allocated in a call is released for
	 * reuse when the call's scope closes ({@link ResetPolicy#BLOCK_LEFT}).
	 */
	private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
			.initialSize(0)
			.policyAllocation(AllocationPolicy.OVERALLOCATE)
			.overallocationLimit(0.25)
			.policyLearning(LearningPolicy.FIRST_LOOP)
			.policyReset(ResetPolicy.BLOCK_LEFT)
			.policySpill(SpillPolicy.REALLOCATE)
			.build();

	private Nd4jArrays() {
	}

	/** Loads ND4J's backend and natives once (any failure propagates to the caller). */
	static void ensureLoaded() {
		Loaded.check();
	}

	private static final class Loaded {
		static {
			INDArray probe = Nd4j.createFromArray(1f, 2f);
			if (probe.dataType() != DataType.FLOAT || probe.getFloat(1) != 2f) {
				throw new IllegalStateException("ND4J did not load correctly: " + probe);
			}
		}

		static void check() {
			// the static initialiser above has run (or thrown) by now
		}
	}

	/** Opens (and activates) this thread's workspace; close it (try-with-resources) before returning to the caller. */
	static MemoryWorkspace openWorkspace() {
		return Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, WORKSPACE_ID);
	}

	/** Frees the calling thread's workspace memory (if any). Safe to call at any time outside a backend call. */
	static void releaseThreadWorkspace() {
		if (Nd4j.getWorkspaceManager().checkIfWorkspaceExists(WORKSPACE_ID)) {
			Nd4j.getWorkspaceManager().destroyWorkspace(Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(WORKSPACE_ID));
		}
	}

	/** An uninitialised dense row-major FLOAT matrix (in the active workspace, if any). */
	static INDArray matrix(long rows, long cols) {
		if (rows * cols > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("matrix of " + rows + " x " + cols + " is too large for the ND4J backend");
		}
		return Nd4j.createUninitialized(DataType.FLOAT, new long[] { rows, cols }, 'c');
	}

	/** A FLOAT matrix holding {@code m}. */
	static INDArray toNd(float[][] m) {
		int cols = m[0].length;
		INDArray arr = matrix(m.length, cols);
		FloatBuffer fb = buffer(arr);
		for (int r = 0; r < m.length; r++) {
			if (m[r].length != cols) {
				throw new IllegalArgumentException("matrix is not rectangular");
			}
			fb.put(r * cols, m[r], 0, cols);
		}
		return arr;
	}

	/** A FLOAT matrix [rows, cols] holding the row-major {@code flat}. */
	static INDArray toNd(float[] flat, int rows, int cols) {
		INDArray arr = matrix(rows, cols);
		buffer(arr).put(0, flat, 0, rows * cols);
		return arr;
	}

	/** The host copy of a dense row-major FLOAT matrix. */
	static float[][] toHost(INDArray arr) {
		int rows = arr.rows(), cols = arr.columns();
		float[][] m = new float[rows][cols];
		FloatBuffer fb = buffer(arr);
		for (int r = 0; r < rows; r++) {
			fb.get(r * cols, m[r], 0, cols);
		}
		return m;
	}

	/** The host copy, row-major and flat, of a dense row-major FLOAT matrix. */
	static float[] toHostFlat(INDArray arr) {
		float[] f = new float[(int) arr.length()];
		buffer(arr).get(0, f, 0, f.length);
		return f;
	}

	/**
	 * A live view of the native memory of a dense row-major FLOAT array created by this class (offset 0), indexed
	 * like the row-major flat array. Reads and writes go straight to ND4J's buffer.
	 */
	static FloatBuffer buffer(INDArray arr) {
		if (arr.dataType() != DataType.FLOAT || arr.ordering() != 'c' || arr.isView() || arr.offset() != 0) {
			throw new IllegalStateException("expected a dense row-major FLOAT array, got " + arr.shapeInfoToString());
		}
		return arr.data().asNioFloat();
	}

	/** {@code m} rounded element-wise to bfloat16 (ties to even) and widened back to FLOAT: two cast ops. */
	static INDArray roundBf16(INDArray m) {
		// ND4J's FLOAT -> BFLOAT16 cast rounds to nearest even (checked bit for bit against BFloat16.round in the tests)
		return m.castTo(DataType.BFLOAT16).castTo(DataType.FLOAT);
	}
}
