package ttt.workbench.analysis.updates;

import java.util.ArrayList;
import java.util.List;

import ttt.workbench.analysis.export.CsvTable;

/** Update events as CSV: the log's numbers at full precision plus the verdict under the session's thresholds. */
public final class UpdateCsv {

	public static final List<String> HEADER = List.of("run_id", "t", "status", "pre_loss", "post_loss", "delta",
			"delta_pct", "grad_norm", "pre_max_h", "post_max_h", "loss_limit", "derived_status", "explanation");

	private UpdateCsv() {
	}

	public static CsvTable of(List<UpdateRow> rows, Gates gates) {
		CsvTable table = new CsvTable(HEADER);
		for (UpdateRow r : rows) {
			Verdict v = UpdateVerdicts.explain(r, gates);
			List<Object> f = new ArrayList<>();
			f.add(r.runId());
			f.add(r.t());
			f.add(r.reason().status());
			f.add(r.preLoss());
			f.add(r.postLoss());
			f.add(r.delta());
			f.add(r.deltaPercent());
			f.add(r.gradNorm());
			f.add(r.preMaxH());
			f.add(r.postMaxH());
			f.add(gates.lossLimit(r.preLoss()));
			f.add(v.derived().status());
			f.add(v.headline());
			table.row(f);
		}
		return table;
	}
}
