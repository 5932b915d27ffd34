package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.ui.editors.context.WidgetIds;

/** Finds a widget by the name it carries in its data ({@link WidgetIds#KEY}): how tests reach the widgets of a page. */
final class WidgetsById {

	private WidgetsById() {
	}

	/** The control under {@code root} named {@code id}, as a {@code type}; fails the test when there is none. */
	static <T extends Control> T find(Composite root, String id, Class<T> type) {
		T found = search(root, id, type);
		assertNotNull(found, "no " + type.getSimpleName() + " named " + id);
		return found;
	}

	private static <T extends Control> T search(Composite parent, String id, Class<T> type) {
		for (Control c : parent.getChildren()) {
			if (id.equals(c.getData(WidgetIds.KEY)) && type.isInstance(c)) {
				return type.cast(c);
			}
			if (c instanceof Composite composite) {
				T found = search(composite, id, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
