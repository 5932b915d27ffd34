package ttt.workbench.ui.editors.context;

import org.eclipse.swt.widgets.Widget;

/**
 * Names for the widgets of the editors' pages, kept in the widget's data under {@link #KEY}: UI tests find a widget by
 * its name instead of through accessors of the page, and a reader of a page sees what each widget is.
 */
public final class WidgetIds {

	/** The data key of a widget's name. */
	public static final String KEY = "ttt.id";

	private WidgetIds() {
	}

	/** Names {@code widget} {@code id} and returns it. */
	public static <W extends Widget> W name(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
