package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.TreeContent;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * The find field of the Session Tree: Enter selects the next session whose id contains the text (case-insensitive,
 * the exact id first), expanding what hides it; Ctrl+F in the tree focuses it.
 */
final class TreeFind {

	private final Text field;
	private final TreeCanvas canvas;
	private final IStatusLineManager status;
	private final Supplier<TreeContent> content;
	private final Consumer<String> reveal;
	private String findText = "";
	private int findIndex = -1;

	/** @param reveal selects a session in the tree, expanding what hides it */
	TreeFind(Composite parent, TreeCanvas canvas, IStatusLineManager status, Supplier<TreeContent> content, Consumer<String> reveal) {
		this.canvas = canvas;
		this.status = status;
		this.content = content;
		this.reveal = reveal;
		field = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		field.setData(TreeWidgetIds.KEY, TreeWidgetIds.FIND);
		field.setMessage("Find session id (Ctrl+F)");
		field.setToolTipText("Type part of a session id and press Enter; Enter again goes to the next match");
		GridData findData = new GridData(SWT.END, SWT.CENTER, false, false);
		findData.widthHint = 220;
		field.setLayoutData(findData);
		field.addListener(SWT.DefaultSelection, e -> findNext(field.getText()));
		field.addListener(SWT.Modify, e -> field.setBackground(null));
		canvas.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'f' || e.keyCode == 'F')) {
				focus();
			}
		});
	}

	void focus() {
		field.setFocus();
		field.selectAll();
	}

	private void findNext(String text) {
		TreeContent shown = content.get();
		if (shown == null || text.isBlank()) {
			return;
		}
		String needle = text.trim().toLowerCase(Locale.ROOT);
		List<String> matches = shown.matches(text);
		if (matches.isEmpty()) {
			field.setBackground(field.getDisplay().getSystemColor(SWT.COLOR_INFO_BACKGROUND));
			status.setErrorMessage("No session id contains \"" + text.trim() + "\"");
			return;
		}
		findIndex = needle.equals(findText) ? (findIndex + 1) % matches.size() : 0;
		findText = needle;
		String id = matches.get(findIndex);
		reveal.accept(id);
		canvas.setHighlightId(id);
		status.setErrorMessage(null);
		status.setMessage("Match " + (findIndex + 1) + " of " + matches.size() + ": " + id + " (Enter for the next)");
	}
}
