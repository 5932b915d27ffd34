package ttt.workbench.analysis.updates;

import static ttt.workbench.analysis.format.Numbers.fmt;

import java.util.Comparator;
import java.util.function.Function;

/** The columns of the transactions table: header, cell text and a numeric sort (missing values last). */
public enum UpdateColumn {
	T("t", "step at which the update was attempted", r -> (double) r.t()),
	STATUS("status", "commit, or the gate that rolled the update back", null),
	PRE_LOSS("pre_loss", "replay loss of the buffer before the step", UpdateRow::preLoss),
	POST_LOSS("post_loss", "replay loss after the step (— when no step was taken)", UpdateRow::postLoss),
	DELTA("Δ loss", "post_loss − pre_loss, and in percent of pre_loss", UpdateRow::delta),
	GRAD_NORM("grad_norm", "global L2 norm of the gradient of W_u, B, W_o", UpdateRow::gradNorm),
	PRE_MAX_H("pre max‖h‖", "largest state norm of the replay before the step", UpdateRow::preMaxH),
	POST_MAX_H("post max‖h‖", "largest state norm of the replay after the step", UpdateRow::postMaxH),
	RUN("run", "the run the update belongs to", null);

	private final String header;
	private final String tooltip;
	private final Function<UpdateRow, Double> value;

	UpdateColumn(String header, String tooltip, Function<UpdateRow, Double> value) {
		this.header = header;
		this.tooltip = tooltip;
		this.value = value;
	}

	public String header() {
		return header;
	}

	public String tooltip() {
		return tooltip;
	}

	/** The number behind the cell (null for text columns and missing values). */
	public Double value(UpdateRow r) {
		return value == null ? null : value.apply(r);
	}

	public String text(UpdateRow r) {
		return switch (this) {
		case T -> Integer.toString(r.t());
		case STATUS -> r.reason().label();
		case DELTA -> r.delta() == null ? "—"
				: (r.delta() >= 0 ? "+" : "") + fmt(r.delta())
						+ (r.deltaPercent() == null ? "" : String.format(java.util.Locale.ROOT, " (%+.1f%%)", r.deltaPercent()));
		case RUN -> r.runId() == null ? "(unattributed)" : r.runId();
		default -> fmt(value(r));
		};
	}

	/** Ascending order; missing numbers last; ties by run and t. */
	public Comparator<UpdateRow> ascending() {
		Comparator<UpdateRow> primary = switch (this) {
		case STATUS -> Comparator.comparing(UpdateRow::reason);
		case RUN -> Comparator.comparing(r -> r.runId() == null ? "" : r.runId());
		default -> Comparator.comparing(this::value, Comparator.nullsLast(Comparator.naturalOrder()));
		};
		return primary.thenComparing(r -> r.runId() == null ? "" : r.runId()).thenComparingInt(UpdateRow::t);
	}

	/** Descending order, missing numbers still last. */
	public Comparator<UpdateRow> descending() {
		if (value == null) {
			return ascending().reversed();
		}
		return Comparator.comparing(this::value, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
				.thenComparing(r -> r.runId() == null ? "" : r.runId()).thenComparingInt(UpdateRow::t);
	}
}
