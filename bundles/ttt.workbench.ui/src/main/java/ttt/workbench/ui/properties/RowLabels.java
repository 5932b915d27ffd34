package ttt.workbench.ui.properties;

import java.util.function.Function;

import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * The text of a Properties view row, greyed when the value cannot be edited there (the standard property sheet asks
 * the label provider of a row's descriptor for its colour).
 */
final class RowLabels extends LabelProvider implements IColorProvider {

	private final Function<Object, String> text;
	private final boolean editable;

	RowLabels(Function<Object, String> text, boolean editable) {
		this.text = text;
		this.editable = editable;
	}

	boolean editable() {
		return editable;
	}

	@Override
	public String getText(Object element) {
		return text.apply(element);
	}

	@Override
	public Color getForeground(Object element) {
		return editable ? null : Display.getCurrent().getSystemColor(SWT.COLOR_WIDGET_DISABLED_FOREGROUND);
	}

	@Override
	public Color getBackground(Object element) {
		return null;
	}
}
