package ttt.workbench.ui.jobs.dialogs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import ttt.workbench.engine.env.Dynamics;
import ttt.workbench.engine.run.PretrainConfig;

/**
 * What the New Store dialog's fields say: the folder and the pretraining of the base, with the defaults of the
 * command line's {@code init_base} (2000 steps, batch 32, sequences of 32, seed 1337, linear, u_dim 16, n_state 32).
 */
public record NewStoreForm(String folder, String steps, String batch, String seqLen, String seed, String envMode, String uDim,
		String nState, String backend) {

	public static final Set<String> BACKENDS = Set.of("auto", "jvm", "nd4j");

	public record Outcome(Path root, PretrainConfig config, String backend, String problem) {
		public boolean ok() {
			return problem == null;
		}
	}

	public static NewStoreForm defaults(String folder) {
		PretrainConfig d = PretrainConfig.defaults();
		return new NewStoreForm(folder, Integer.toString(d.steps()), Integer.toString(d.batch()), Integer.toString(d.seqLen()),
				Long.toString(d.seed()), "linear", Integer.toString(d.uDim()), Integer.toString(d.nState()), "auto");
	}

	public Outcome validate() {
		try {
			if (Fields.blank(folder)) {
				throw new Fields.Invalid("Choose a folder for the new store");
			}
			Path root = Path.of(folder.trim());
			if (!root.isAbsolute()) {
				throw new Fields.Invalid("The store folder must be an absolute path");
			}
			root = root.normalize();
			if (Files.exists(root)) {
				if (!Files.isDirectory(root)) {
					throw new Fields.Invalid(root + " is a file; choose a new or empty folder");
				}
				if (!isEmpty(root)) {
					throw new Fields.Invalid(root + " is not empty; choose a new or empty folder (to open a store, use -store)");
				}
			} else if (root.getParent() != null && Files.exists(root.getParent()) && !Files.isWritable(root.getParent())) {
				throw new Fields.Invalid("Cannot create a folder in " + root.getParent() + " (not writable)");
			}
			PretrainConfig d = PretrainConfig.defaults();
			PretrainConfig cfg = d.withSteps(Fields.positiveInt("Pretraining steps", steps))
					.withBatch(Fields.positiveInt("Batch", batch)).withSeqLen(Fields.positiveInt("Sequence length", seqLen))
					.withSeed(Fields.longValue("Seed", seed));
			if (!"linear".equals(envMode) && !"nonlinear".equals(envMode)) {
				throw new Fields.Invalid("Friction model must be linear or nonlinear");
			}
			cfg = cfg.withDynamics("nonlinear".equals(envMode) ? Dynamics.NONLINEAR : Dynamics.LINEAR)
					.withSizes(Fields.positiveInt("u_dim", uDim), Fields.positiveInt("n_state", nState));
			if (!BACKENDS.contains(backend)) {
				throw new Fields.Invalid("Backend must be auto, jvm or nd4j");
			}
			return new Outcome(root, cfg, backend, null);
		} catch (Fields.Invalid e) {
			return new Outcome(null, null, null, e.getMessage());
		} catch (java.nio.file.InvalidPathException e) {
			return new Outcome(null, null, null, "Not a valid folder name: " + e.getMessage());
		}
	}

	private static boolean isEmpty(Path dir) throws Fields.Invalid {
		try (Stream<Path> list = Files.list(dir)) {
			return list.findAny().isEmpty();
		} catch (IOException e) {
			throw new Fields.Invalid("Cannot read " + dir + ": " + e.getMessage());
		}
	}
}
