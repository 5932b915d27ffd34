package ttt.workbench.engine.math;

/**
 * The maths of the DiagStableSSM (SPEC §3) behind one small interface, so that a plain-JVM implementation (fast for
 * the default small sizes) and an ND4J one (batched, for large sizes and pretraining) can be swapped and checked
 * against each other. Everything is float32, as in the reference.
 *
 * <p>Model: {@code x_t = [z_t; a_t]}, {@code u_t = W_u x_t}, {@code h_{t+1} = decay ⊙ h_t + B u_t},
 * {@code ẑ_{t+1} = W_o h_{t+1}}, h starting at 0 for every sequence. Loss: mean of {@code (ẑ_{t+1} − z_{t+1})²} over
 * every element of every step of every sequence. {@code maxH}: the largest {@code ‖h_{t+1}‖₂} met.
 *
 * <p>Implementations are stateless and thread-safe.
 */
public interface SsmBackend {

	/** "jvm" or "nd4j". */
	String name();

	Forward forward(Weights w, float[] decay, SequenceBatch batch);

	/** The loss and its gradient w.r.t. W_u, B and W_o, backpropagated through the recurrence (a_raw frozen). */
	Gradient gradient(Weights w, float[] decay, SequenceBatch batch);

	/**
	 * Newton–Schulz orthogonalisation of {@code g} (SPEC §3 "NS(G)"): {@code X = G / (‖G‖_F + eps)}, transposed when
	 * rows &gt; cols, then {@code steps} times {@code A = X Xᵀ; B = b·A + c·A·A; X = a·X + B·X}, transposed back.
	 *
	 * @param bfloat16 round like torch's Muon, which runs the iteration in bfloat16; false: float32 throughout
	 */
	float[][] newtonSchulz(float[][] g, int steps, float a, float b, float c, float eps, boolean bfloat16);

	/** Loss and largest hidden-state norm of a forward pass. */
	record Forward(float loss, float maxH) {
	}

	/** Loss, largest hidden-state norm and the gradient (same shapes as the weights). */
	record Gradient(float loss, float maxH, Weights grad) {
	}
}
