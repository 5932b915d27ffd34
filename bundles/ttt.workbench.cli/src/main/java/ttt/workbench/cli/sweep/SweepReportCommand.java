package ttt.workbench.cli.sweep;

import java.util.Set;

import ttt.workbench.cli.CliContext;
import ttt.workbench.cli.Command;
import ttt.workbench.cli.Options;
import ttt.workbench.cli.StoreAccess;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.sweep.report.SweepReport;

/** {@code ttt sweep_report --name NAME [--format table|csv|json]}: one row per point and one per configuration. */
public final class SweepReportCommand implements Command {

	@Override
	public String name() {
		return "sweep_report";
	}

	@Override
	public String summary() {
		return "a sweep's results: per point and per configuration (mean ± std over seeds)";
	}

	@Override
	public Options options() {
		return new Options(name()).required("name", "the sweep's name").choice("format", "table", Set.of("table", "csv", "json"),
				"output format");
	}

	@Override
	public int run(CliContext context, Options o) throws Exception {
		try (var store = StoreAccess.open(context)) {
			SweepReport report = SweepReport.of(store, o.getString("name"));
			switch (o.getString("format")) {
			case "csv" -> context.out().print(report.csv());
			case "json" -> context.out().println(PythonJsonWriter.pretty(report.json()));
			default -> context.out().print(report.table());
			}
		}
		return 0;
	}
}
