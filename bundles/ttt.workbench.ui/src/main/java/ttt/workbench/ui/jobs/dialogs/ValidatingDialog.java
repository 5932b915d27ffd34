package ttt.workbench.ui.jobs.dialogs;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * A title-area dialog whose fields are checked as they are typed: the first problem is shown as the error message in
 * the title area and OK stays disabled until there is none. Subclasses build rows with {@link #text} and
 * {@link #combo} (label with mnemonic, tooltip on both) and say what is wrong in {@link #problem()}.
 */
abstract class ValidatingDialog extends TitleAreaDialog {

	private final String title;
	private final String message;
	private final String okLabel;
	/** Until the user changes a field, a problem only disables OK (no error for a field not filled in yet). */
	private boolean touched;

	ValidatingDialog(Shell parent, String title, String message, String okLabel) {
		super(parent);
		this.title = title;
		this.message = message;
		this.okLabel = okLabel;
		setHelpAvailable(false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(title);
		setMessage(message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 10;
		layout.marginHeight = 10;
		body.setLayout(layout);
		createFields(body);
		return area;
	}

	/** Fills {@code body} (a three-column grid: label, field, extra). */
	protected abstract void createFields(Composite body);

	/** The first problem of the fields as they are now, or null when OK may be pressed. */
	protected abstract String problem();

	/**
	 * Whether a check is still running (off the UI thread): OK stays disabled and the message shown stays until it
	 * ends and calls {@link #validate()}. Dialogs that check everything on the spot keep the default, false.
	 */
	protected boolean pending() {
		return false;
	}

	/** Called when OK is pressed and {@link #problem()} is null: keep the result. */
	protected abstract void accept();

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, okLabel, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	/** Re-checks the fields: error message in the title area, OK enabled only when they are fine. */
	protected final void validate() {
		String problem = problem();
		boolean pending = pending();
		if (!pending) {
			setErrorMessage(touched ? problem : null);
		}
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null && !pending);
		}
	}

	/** A field was changed by the user (or a Browse button): from now on problems are shown. */
	protected final void changed() {
		touched = true;
		validate();
	}

	@Override
	protected void okPressed() {
		touched = true;
		if (pending() || problem() != null) {
			validate();
			return;
		}
		accept();
		super.okPressed();
	}

	protected Label label(Composite body, String text, String tooltip) {
		Label l = new Label(body, SWT.NONE);
		l.setText(text);
		l.setToolTipText(tooltip);
		return l;
	}

	/** A label (with mnemonic) and a text field spanning the remaining columns unless {@code span} is 1. */
	protected Text text(Composite body, String label, String value, String tooltip, int span) {
		label(body, label, tooltip);
		Text t = new Text(body, SWT.BORDER | SWT.SINGLE);
		t.setText(value);
		t.setToolTipText(tooltip);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1);
		gd.widthHint = 220;
		t.setLayoutData(gd);
		t.addModifyListener(e -> changed());
		return t;
	}

	protected Combo combo(Composite body, String label, String[] items, String value, String tooltip) {
		label(body, label, tooltip);
		Combo c = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		c.setItems(items);
		c.setText(value);
		c.setToolTipText(tooltip);
		c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		c.addModifyListener(e -> changed());
		return c;
	}

	protected static void filler(Composite body) {
		new Label(body, SWT.NONE);
	}
}
