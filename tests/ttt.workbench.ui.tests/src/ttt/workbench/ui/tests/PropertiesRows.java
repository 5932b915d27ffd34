package ttt.workbench.ui.tests;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.PropertySheetPage;

/** What the standard Properties view shows, read from its tree: "Category/Name" (nested: ".../Parent/Child") → value. */
final class PropertiesRows {

	private PropertiesRows() {
	}

	static Tree tree(IWorkbenchPage page) {
		PropertySheet sheet = (PropertySheet) page.findView(IPageLayout.ID_PROP_SHEET);
		return (Tree) ((PropertySheetPage) sheet.getCurrentPage()).getControl();
	}

	/** Every row, categories and nested rows expanded as a user would (the viewer creates children on expansion). */
	static Map<String, String> read(IWorkbenchPage page) {
		Map<String, String> rows = new LinkedHashMap<>();
		Tree tree = tree(page);
		for (TreeItem item : tree.getItems()) {
			collect(tree, item, "", rows);
		}
		return rows;
	}

	static TreeItem find(IWorkbenchPage page, String path) {
		Tree tree = tree(page);
		for (TreeItem item : tree.getItems()) {
			TreeItem found = find(tree, item, "", path);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static void collect(Tree tree, TreeItem item, String prefix, Map<String, String> rows) {
		String path = prefix + item.getText(0);
		rows.put(path, item.getText(1));
		if (path.chars().filter(c -> c == '/').count() >= 3) {
			return; // deep enough for any row of ours; guards against a source that nests itself
		}
		expand(tree, item);
		for (TreeItem child : item.getItems()) {
			collect(tree, child, path + "/", rows);
		}
	}

	private static TreeItem find(Tree tree, TreeItem item, String prefix, String path) {
		String here = prefix + item.getText(0);
		if (here.equals(path)) {
			return item;
		}
		if (!path.startsWith(here + "/")) {
			return null;
		}
		expand(tree, item);
		for (TreeItem child : item.getItems()) {
			TreeItem found = find(tree, child, here + "/", path);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static void expand(Tree tree, TreeItem item) {
		if (item.getItemCount() > 0 && !item.getExpanded()) {
			Event e = new Event();
			e.item = item;
			tree.notifyListeners(SWT.Expand, e);
			item.setExpanded(true);
		}
	}
}
