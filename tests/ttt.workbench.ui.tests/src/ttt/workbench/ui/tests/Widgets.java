package ttt.workbench.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/** Finding and driving widgets in dialogs from UI tests (dialogs are modal: tests reach them from timerExec pollers). */
final class Widgets {

	private Widgets() {
	}

	static Shell findShell(Display display, String text) {
		for (Shell s : display.getShells()) {
			if (text.equals(s.getText()) && s.isVisible()) {
				return s;
			}
		}
		return null;
	}

	static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control c : parent.getChildren()) {
			if (type.isInstance(c)) {
				return type.cast(c);
			}
			if (c instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static Button findButton(Composite parent, String label) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Button b && label.equals(b.getText())) {
				return b;
			}
			if (c instanceof Composite composite) {
				Button found = findButton(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}

	/** Real input through the display server: the widget sees it as it would a user's. */
	static void post(Display display, int type, int x, int y, int button) {
		Event e = new Event();
		e.type = type;
		e.x = x;
		e.y = y;
		e.button = button;
		display.post(e);
		Screenshots.settle(display, 120);
	}

	static void key(Display display, int keyCode, char character, int... modifiers) {
		for (int m : modifiers) {
			Event e = new Event();
			e.type = SWT.KeyDown;
			e.keyCode = m;
			display.post(e);
		}
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event e = new Event();
			e.type = type;
			e.keyCode = keyCode;
			e.character = character;
			display.post(e);
		}
		for (int m : modifiers) {
			Event e = new Event();
			e.type = SWT.KeyUp;
			e.keyCode = m;
			display.post(e);
		}
		Screenshots.settle(display, 150);
	}

	/** Press at {@code from}, move in steps to {@code to}, release there: a drag as a mouse makes it. */
	static void drag(Display display, org.eclipse.swt.graphics.Point from, org.eclipse.swt.graphics.Point to, Runnable beforeRelease) {
		post(display, SWT.MouseMove, from.x, from.y, 0);
		post(display, SWT.MouseDown, from.x, from.y, 1);
		for (int i = 1; i <= 8; i++) {
			post(display, SWT.MouseMove, from.x + (to.x - from.x) * i / 8, from.y + (to.y - from.y) * i / 8, 0);
		}
		if (beforeRelease != null) {
			beforeRelease.run();
		}
		post(display, SWT.MouseUp, to.x, to.y, 1);
	}
}
