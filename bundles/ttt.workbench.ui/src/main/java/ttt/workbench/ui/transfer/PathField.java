package ttt.workbench.ui.transfer;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import ttt.workbench.ui.editors.context.WidgetIds;

/** A label, a path text and a Browse… button (folder, zip to open or zip to save) on one row of a 3-column grid. */
final class PathField {

	enum Kind {
		FOLDER, OPEN_ZIP, SAVE_ZIP
	}

	private final Text text;

	PathField(Composite parent, String label, String id, Kind kind, Runnable changed) {
		new Label(parent, SWT.NONE).setText(label);
		text = WidgetIds.name(new Text(parent, SWT.BORDER), id);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addModifyListener(e -> changed.run());
		Button browse = new Button(parent, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> {
			String chosen;
			if (kind == Kind.FOLDER) {
				DirectoryDialog d = new DirectoryDialog(parent.getShell());
				d.setFilterPath(text.getText());
				d.setMessage(label);
				chosen = d.open();
			} else {
				FileDialog d = new FileDialog(parent.getShell(), kind == Kind.SAVE_ZIP ? SWT.SAVE : SWT.OPEN);
				d.setFilterExtensions(new String[] { "*.zip", "*" });
				d.setOverwrite(kind == Kind.SAVE_ZIP);
				chosen = d.open();
			}
			if (chosen != null) {
				text.setText(chosen);
			}
		});
	}

	/** The path typed, or {@code null} when the field is empty or not a path. */
	Path path() {
		String s = text.getText().trim();
		if (s.isEmpty()) {
			return null;
		}
		try {
			return Path.of(s).toAbsolutePath().normalize();
		} catch (java.nio.file.InvalidPathException e) {
			return null;
		}
	}

	void set(Path p) {
		text.setText(p == null ? "" : p.toString());
	}
}
