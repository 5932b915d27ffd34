package ttt.workbench.ui.editors.architecture;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.SectionPart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import ttt.workbench.ui.editors.context.WidgetIds;

/** A titled section of the Architecture page holding one table of texts; subclasses fill it from the page's input. */
abstract class TablePart extends SectionPart {

	protected final Table table;

	TablePart(Composite parent, FormToolkit toolkit, String title, String description, String id, String... columns) {
		super(parent, toolkit, Section.TITLE_BAR | Section.DESCRIPTION);
		Section s = getSection();
		s.setText(title);
		s.setDescription(description);
		s.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite client = toolkit.createComposite(s);
		client.setLayout(new GridLayout(1, false));
		s.setClient(client);
		table = WidgetIds.name(toolkit.createTable(client, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String c : columns) {
			new TableColumn(table, SWT.LEFT).setText(c);
		}
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	@Override
	public final boolean setFormInput(Object input) {
		if (!(input instanceof ArchitectureInput in)) {
			return false;
		}
		table.removeAll();
		fill(in);
		for (TableColumn c : table.getColumns()) {
			c.pack();
		}
		return true;
	}

	/** Adds the rows for {@code in}. */
	protected abstract void fill(ArchitectureInput in);

	protected final void row(String... values) {
		new TableItem(table, SWT.NONE).setText(values);
	}
}
