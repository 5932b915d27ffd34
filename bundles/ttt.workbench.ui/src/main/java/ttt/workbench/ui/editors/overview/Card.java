package ttt.workbench.ui.editors.overview;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import ttt.workbench.ui.editors.context.WidgetIds;

/** A dashboard card: a small caption, a large value, a detail line; one tooltip (the formula) over all of it. */
final class Card {

	private final Composite box;
	private final Label caption;
	private final Label value;
	private final Label detail;
	private Sparkline sparkline;

	Card(FormToolkit toolkit, Composite parent, String captionText, Font valueFont, Color accent) {
		box = toolkit.createComposite(parent, SWT.BORDER);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 12;
		layout.marginHeight = 8;
		layout.verticalSpacing = 2;
		box.setLayout(layout);
		GridData gd = new GridData(SWT.FILL, SWT.FILL, true, false);
		gd.widthHint = 120; // a floor, not the size: the cards share the row's width equally
		box.setLayoutData(gd);
		caption = toolkit.createLabel(box, captionText);
		caption.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		caption.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		value = toolkit.createLabel(box, "–");
		value.setFont(valueFont);
		if (accent != null) {
			value.setForeground(accent);
		}
		value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		detail = toolkit.createLabel(box, " ");
		detail.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		detail.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
	}

	/** Names the card's widgets {@code id} (the box, with the tooltip) and {@code id.value}. */
	Card named(String id) {
		WidgetIds.name(box, id);
		WidgetIds.name(value, id + ".value");
		return this;
	}

	/** Adds a sparkline under the detail line, in the value's colour. */
	Card withSparkline() {
		sparkline = new Sparkline(box, value.getForeground());
		return this;
	}

	/** The accent of the value and its sparkline (the palette preference changed). */
	void recolour(Color accent) {
		value.setForeground(accent);
		if (sparkline != null) {
			sparkline.setColor(accent);
		}
	}

	void curve(double[] values, String tooltip) {
		if (sparkline != null) {
			sparkline.set(values, tooltip);
		}
	}

	void set(String valueText, String detailText, String tooltip) {
		value.setText(valueText);
		detail.setText(detailText == null ? " " : detailText);
		for (var c : new Control[] { box, caption, value, detail }) {
			c.setToolTipText(tooltip);
		}
	}

	String detail() {
		return detail.getText();
	}

	Composite control() {
		return box;
	}
}
