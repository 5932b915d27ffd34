package ttt.workbench.ui.editors.transactions;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.analysis.updates.SessionUpdates;
import ttt.workbench.ui.editors.context.WidgetIds;

/** The breakdown of outcomes and grad_norm, loss and max‖h‖ over t with their thresholds, for the updates in scope. */
final class ChartsSection extends SectionPart {

	private final BreakdownChart breakdown;
	private final SeriesChart lossChart, gradChart, maxHChart;

	/** {@code name}: the export file name of a chart, from what it shows. */
	ChartsSection(Composite parent, FormToolkit tk, Function<String, String> name) {
		super(parent, tk, ExpandableComposite.NO_TITLE);
		Composite charts = tk.createComposite(getSection());
		getSection().setClient(charts);
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(4, 4).applyTo(charts);
		breakdown = new BreakdownChart(charts, named(name, "outcomes"));
		lossChart = new SeriesChart(charts, named(name, "loss"));
		gradChart = new SeriesChart(charts, named(name, "grad_norm"));
		maxHChart = new SeriesChart(charts, named(name, "max_h"));
		WidgetIds.name(breakdown.chart(), "transactions.breakdown");
		WidgetIds.name(lossChart.chart(), "transactions.loss");
		WidgetIds.name(gradChart.chart(), "transactions.gradNorm");
		WidgetIds.name(maxHChart.chart(), "transactions.maxH");
		for (Control c : List.of(breakdown.control(), lossChart.control(), gradChart.control(), maxHChart.control())) {
			GridDataFactory.fillDefaults().grab(true, true).hint(200, 160).applyTo(c);
		}
	}

	private static Supplier<String> named(Function<String, String> name, String what) {
		return () -> name.apply(what);
	}

	@Override
	public boolean setFormInput(Object input) {
		if (!(input instanceof TransactionsInput in)) {
			return false;
		}
		breakdown.show(SessionUpdates.breakdown(in.rows()), in.scopeLabel());
		lossChart.show(TransactionCharts.loss(in.rows(), in.gates()));
		gradChart.show(TransactionCharts.gradNorm(in.rows(), in.gates()));
		maxHChart.show(TransactionCharts.maxH(in.rows(), in.gates()));
		return true;
	}
}
