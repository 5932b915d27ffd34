package ttt.workbench.ui.views.tree;

import ttt.workbench.analysis.tree.TreeContent;
import ttt.workbench.analysis.tree.SweepGroups;
import ttt.workbench.analysis.tree.StoreLineage;
import ttt.workbench.analysis.tree.ColorMode;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ControlContribution;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchActionConstants;

/**
 * The Session Tree's toolbar (colour drop-down, zoom, fit), view menu (colour, legend, fold, zoom, find) and context
 * menu (open, fold; commands contributed to {@code popup:ttt.workbench.ui.views.sessionTree} in plugin.xml join them).
 */
final class TreeActions {

	/** What the actions act on. */
	interface Host {
		TreeCanvas canvas();

		/** The folding of the shown store (null while the example shows). */
		TreeContent content();

		void setColorMode(ColorMode mode);

		void toggle(String id);

		void collapseAll();

		void expandAll();

		void open(String id);

		void focusFind();
	}

	private final Host host;
	private final List<IAction> colorActions = new ArrayList<>();
	private IAction legendAction;
	private Combo colorCombo;

	TreeActions(Host host) {
		this.host = host;
	}

	void fill(IViewSite site, ColorMode initial) {
		TreeCanvas canvas = host.canvas();
		IToolBarManager toolbar = site.getActionBars().getToolBarManager();
		IMenuManager menu = site.getActionBars().getMenuManager();
		toolbar.add(new ControlContribution("ttt.workbench.ui.sessionTree.colorMode") {
			@Override
			protected Control createControl(Composite parent) {
				colorCombo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
				colorCombo.setData(TreeWidgetIds.KEY, TreeWidgetIds.COLOR_MODE);
				for (ColorMode m : ColorMode.values()) {
					colorCombo.add("Colour: " + m.label());
				}
				colorCombo.select(initial.ordinal());
				colorCombo.setToolTipText("What the node colours show (the value is also written on each node)");
				colorCombo.addListener(SWT.Selection, e -> host.setColorMode(ColorMode.values()[colorCombo.getSelectionIndex()]));
				return colorCombo;
			}
		});
		toolbar.add(new Separator("fork"));
		toolbar.add(action("Zoom In", "Zoom in (Ctrl++ or Ctrl+wheel)", () -> canvas.zoomBy(1.25), "+"));
		toolbar.add(action("Zoom Out", "Zoom out (Ctrl+- or Ctrl+wheel)", () -> canvas.zoomBy(0.8), "−"));
		toolbar.add(action("Fit", "Show the whole tree (Ctrl+0)", canvas::fit, "Fit"));
		toolbar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager colorMenu = new MenuManager("&Colour By");
		for (ColorMode m : ColorMode.values()) {
			IAction a = new Action(m.label(), IAction.AS_RADIO_BUTTON) {
				@Override
				public void run() {
					if (isChecked()) {
						host.setColorMode(m);
					}
				}
			};
			a.setId("ttt.workbench.ui.sessionTree.colorBy." + m.name());
			a.setChecked(m == initial);
			colorActions.add(a);
			colorMenu.add(a);
		}
		menu.add(colorMenu);
		legendAction = new Action("Show &Legend", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				canvas.setLegendVisible(isChecked());
			}
		};
		legendAction.setId("ttt.workbench.ui.sessionTree.legend");
		legendAction.setChecked(true);
		legendAction.setToolTipText("Show what the node colours mean (hide it when it covers nodes)");
		menu.add(legendAction);
		menu.add(new Separator());
		menu.add(withId(action("Collapse All", "Collapse every root session's subtree", host::collapseAll, null), "collapseAll"));
		menu.add(withId(action("Expand All", "Expand every collapsed subtree", host::expandAll, null), "expandAll"));
		menu.add(new Separator());
		menu.add(action("Zoom 100 %", "Actual size", () -> canvas.setZoom(1), null));
		menu.add(action("Fit", "Show the whole tree", canvas::fit, null));
		menu.add(action("Find Session...", "Focus the find field (Ctrl+F)", host::focusFind, null));
	}

	/** Shows or hides the legend, and the menu's check mark with it (a remembered choice). */
	void showLegend(boolean shown) {
		legendAction.setChecked(shown);
		host.canvas().setLegendVisible(shown);
	}

	/** The menus and the drop-down show {@code mode}. */
	void showColorMode(ColorMode mode) {
		colorActions.forEach(a -> a.setChecked(a.getText().equals(mode.label())));
		if (colorCombo != null && !colorCombo.isDisposed()) {
			colorCombo.select(mode.ordinal());
		}
	}

	/** The context menu: Open and the fold of the node under it, then the commands contributed in plugin.xml. */
	MenuManager contextMenu() {
		MenuManager manager = new MenuManager("#SessionTreePopup");
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(m -> {
			TreeCanvas canvas = host.canvas();
			String id = canvas.getSelectedId();
			m.add(new Separator("fork"));
			m.add(new Separator("open"));
			if (id != null && !id.equals(canvas.getBaseId()) && !SweepGroups.isGroup(id)) {
				m.appendToGroup("open", action("&Open", "Open the session editor (Enter)", () -> host.open(id), null));
			}
			m.add(new Separator("tree"));
			if (id != null && !id.equals(StoreLineage.BASE_ID)) {
				boolean group = SweepGroups.isGroup(id);
				boolean isCollapsed = host.content() != null && host.content().isCollapsed(id);
				m.appendToGroup("tree", action(isCollapsed ? (group ? "E&xpand Sweep" : "E&xpand Subtree")
						: (group ? "Co&llapse Sweep" : "Co&llapse Subtree"),
						isCollapsed ? "Show the sessions under this one (+)" : "Hide the sessions under this one (−)", () -> host.toggle(id), null));
			}
			m.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		});
		return manager;
	}

	private static IAction withId(IAction a, String id) {
		a.setId("ttt.workbench.ui.sessionTree." + id);
		return a;
	}

	private static IAction action(String text, String tooltip, Runnable run, String toolbarText) {
		IAction a = new Action(toolbarText != null ? toolbarText : text) {
			@Override
			public void run() {
				run.run();
			}
		};
		a.setToolTipText(tooltip);
		a.setDescription(text);
		return a;
	}
}
