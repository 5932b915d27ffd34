package ttt.workbench.analysis.weights;

import java.util.ArrayList;
import java.util.List;

import ttt.workbench.engine.model.Decay;
import ttt.workbench.store.model.ModelConfig;
import ttt.workbench.store.model.Tensor;

/**
 * What the Architecture page shows of the DiagStableSSM (SPEC §3): each tensor of the base checkpoint with its shape,
 * parameter count and whether online updates change it (W_u, B, W_o plastic; a_raw frozen), and the frozen decay
 * {@code exp(−softplus(a_raw)·dt)} as the engine computes it ({@link Decay}, float32 like the reference).
 */
public record ArchitectureSummary(ModelConfig config, List<TensorInfo> tensors, double[] decay) {

	/** One tensor of the model. */
	public record TensorInfo(String name, int[] shape, boolean plastic) {

		public long count() {
			long n = 1;
			for (int d : shape) {
				n *= d;
			}
			return n;
		}

		/** "[16, 6]". */
		public String shapeText() {
			StringBuilder s = new StringBuilder("[");
			for (int i = 0; i < shape.length; i++) {
				s.append(i > 0 ? ", " : "").append(shape[i]);
			}
			return s.append(']').toString();
		}
	}

	public static final String A_RAW = "a_raw";

	/** From the base checkpoint's tensors (as {@code LazyLoader.tensors(base)} returns them) and model config. */
	public static ArchitectureSummary of(ModelConfig config, List<Tensor> baseTensors) {
		List<TensorInfo> infos = new ArrayList<>();
		double[] decay = new double[0];
		for (String name : List.of("W_u", "B", "W_o", A_RAW)) {
			for (Tensor t : baseTensors) {
				if (name.equals(t.getName())) {
					infos.add(new TensorInfo(name, t.getShape().clone(), !A_RAW.equals(name)));
					if (A_RAW.equals(name)) {
						float[] d = Decay.compute(t.getData(), config.getDt());
						decay = new double[d.length];
						for (int i = 0; i < d.length; i++) {
							decay[i] = d[i];
						}
					}
				}
			}
		}
		return new ArchitectureSummary(config, List.copyOf(infos), decay);
	}

	public long plasticCount() {
		return tensors.stream().filter(TensorInfo::plastic).mapToLong(TensorInfo::count).sum();
	}

	public long frozenCount() {
		return tensors.stream().filter(t -> !t.plastic()).mapToLong(TensorInfo::count).sum();
	}

	public java.util.Optional<TensorInfo> tensor(String name) {
		return tensors.stream().filter(t -> t.name().equals(name)).findFirst();
	}

	public double decayMin() {
		double m = Double.POSITIVE_INFINITY;
		for (double d : decay) {
			m = Math.min(m, d);
		}
		return m;
	}

	public double decayMax() {
		double m = Double.NEGATIVE_INFINITY;
		for (double d : decay) {
			m = Math.max(m, d);
		}
		return m;
	}

	/** Whether every decay lies strictly inside (0, 1): the recurrence then forgets and stays stable. */
	public boolean decayInOpenUnitInterval() {
		for (double d : decay) {
			if (!(d > 0 && d < 1)) {
				return false;
			}
		}
		return decay.length > 0;
	}

	/**
	 * The decay values in {@code bins} equal bins over their own range [min, max] (widened when all are equal): a
	 * pretrained model's decays often sit in a narrow band, which bins over the whole of [0, 1] would lump into one.
	 */
	public Histogram decayHistogram(int bins) {
		if (decay.length == 0) {
			return Histogram.of(decay, 0, 1, bins);
		}
		double lo = decayMin();
		double hi = decayMax();
		if (hi - lo < 1e-6) {
			lo -= 5e-4;
			hi += 5e-4;
		}
		return Histogram.of(decay, lo, hi, bins);
	}
}
