package ttt.workbench.engine.run;

/** Progress of base pretraining, called on the training thread. */
public interface PretrainListener {

	PretrainListener NONE = (step, total, loss) -> {
	};

	/** After optimizer step {@code step} (1-based) of {@code total}, with that step's training loss. */
	void step(int step, int total, float loss);
}
