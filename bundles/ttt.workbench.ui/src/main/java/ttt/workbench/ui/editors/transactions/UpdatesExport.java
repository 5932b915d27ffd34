package ttt.workbench.ui.editors.transactions;

import java.util.function.Supplier;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.Exports;

/** The updates table's exports: CSV of the shown rows with verdicts; PNG capture; no vector rendering. */
final class UpdatesExport implements Exportable {

	private final Table table;
	private final Supplier<String> name;
	private final Supplier<CsvTable> rows;

	private UpdatesExport(Table table, Supplier<String> name, Supplier<CsvTable> rows) {
		this.table = table;
		this.name = name;
		this.rows = rows;
	}

	/** Gives {@code table} the export context menu. */
	static void install(Table table, Supplier<String> name, Supplier<CsvTable> rows) {
		Exports.addContextMenu(new UpdatesExport(table, name, rows));
	}

	@Override
	public Control control() {
		return table;
	}

	@Override
	public String suggestedName() {
		return name.get();
	}

	@Override
	public boolean hasVector() {
		return false;
	}

	@Override
	public void paint(Drawing drawing, int width, int height) {
		// a table has no vector rendering
	}

	@Override
	public CsvTable data() {
		return rows.get();
	}
}
