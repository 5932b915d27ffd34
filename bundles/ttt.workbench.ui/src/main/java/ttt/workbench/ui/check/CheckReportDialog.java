package ttt.workbench.ui.check;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import ttt.workbench.store.io.StoreCheck;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.StoreProblem;

/** The findings of a store check: one row per problem (severity, file, what is wrong), and a Repair button. */
public class CheckReportDialog extends TitleAreaDialog {

	public static final int REPAIR = IDialogConstants.CLIENT_ID + 1;

	private final Path root;
	private final StoreCheck.Report report;
	private final List<String> repairs;

	/** @param repairs what a repair just did (empty when this report is from a plain check) */
	public CheckReportDialog(Shell parent, Path root, StoreCheck.Report report, List<String> repairs) {
		super(parent);
		this.root = root;
		this.report = report;
		this.repairs = repairs;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		getShell().setText("Check Store");
		setTitle(report.clean() ? "The store is consistent" : "The check found problems");
		String summary = plural(report.store().getSessions().size(), "session") + ", " + plural(report.count(ProblemSeverity.ERROR), "error")
				+ ", " + plural(report.count(ProblemSeverity.WARNING), "warning") + " in " + root;
		setMessage(repairs.isEmpty() ? summary : "Repaired: " + String.join("; ", repairs) + ". " + summary);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, true);
		gd.heightHint = 260;
		gd.widthHint = 820;
		table.setLayoutData(gd);
		for (String[] column : new String[][] { { "Severity", "90" }, { "File", "260" }, { "Problem", "460" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		for (StoreProblem p : report.problems()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { p.getSeverity().getLiteral(), p.getPath() + (p.getLine() > 0 ? ":" + p.getLine() : ""),
					p.getMessage() });
		}
		return area;
	}

	private static String plural(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		if (!report.clean()) {
			createButton(parent, REPAIR, "&Repair", false).setToolTipText(
					"Complete interrupted run commits, remove files left by interrupted writers, rebuild index.json");
		}
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		setReturnCode(buttonId);
		close();
	}
}
