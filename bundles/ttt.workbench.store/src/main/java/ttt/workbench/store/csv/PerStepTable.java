package ttt.workbench.store.csv;

import java.util.Arrays;
import java.util.Objects;

/**
 * The per-step values of one run ({@code per_step.csv}), column-wise. In a Phase 0 file there is no
 * {@code session_no_update_mse} column ({@link #sessionNoUpdateMse()} is {@code null}) and {@code baseline_mse}
 * plays the part of {@code base_mse}.
 */
public record PerStepTable(Format format, int[] t, double[] baseMse, double[] sessionNoUpdateMse, double[] adaptiveMse,
		boolean[] didUpdate, boolean[] updateOk) {

	/** The two headers readers accept (SPEC §2.3). */
	public enum Format {
		PHASE1("t,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok"),
		PHASE0("t,baseline_mse,adaptive_mse,did_update,update_ok");

		private final String header;

		Format(String header) {
			this.header = header;
		}

		public String header() {
			return header;
		}
	}

	public PerStepTable {
		Objects.requireNonNull(format, "format");
		int n = t.length;
		if (baseMse.length != n || adaptiveMse.length != n || didUpdate.length != n || updateOk.length != n
				|| (sessionNoUpdateMse != null && sessionNoUpdateMse.length != n)) {
			throw new IllegalArgumentException("all columns must have " + n + " rows");
		}
		if ((format == Format.PHASE1) != (sessionNoUpdateMse != null)) {
			throw new IllegalArgumentException("session_no_update_mse is present exactly in Phase 1 tables");
		}
	}

	public int steps() {
		return t.length;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof PerStepTable p && format == p.format && Arrays.equals(t, p.t) && Arrays.equals(baseMse, p.baseMse)
				&& Arrays.equals(sessionNoUpdateMse, p.sessionNoUpdateMse) && Arrays.equals(adaptiveMse, p.adaptiveMse)
				&& Arrays.equals(didUpdate, p.didUpdate) && Arrays.equals(updateOk, p.updateOk);
	}

	@Override
	public int hashCode() {
		return Objects.hash(format, Arrays.hashCode(t), Arrays.hashCode(baseMse), Arrays.hashCode(adaptiveMse));
	}

	@Override
	public String toString() {
		return "PerStepTable[" + format + ", " + t.length + " steps]";
	}
}
