package ttt.workbench.ui.views.tree;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.ui.IMemento;

import ttt.workbench.analysis.tree.ColorMode;

/**
 * What the Session Tree remembers between starts (the view's {@link IMemento}): the colour mode and whether the legend
 * shows, for any store; the zoom, scroll position and folded nodes of the store it showed, applied only when that
 * store opens again.
 *
 * @param store the store's root folder as shown (null: no store was open)
 */
record TreeViewState(ColorMode colorMode, boolean legend, String store, double zoom, int scrollX, int scrollY,
		Set<String> collapsed) {

	private static final String COLOR_MODE = "colorMode";
	private static final String LEGEND = "legend";
	private static final String STORE = "store";
	private static final String ZOOM = "zoom";
	private static final String SCROLL_X = "scrollX";
	private static final String SCROLL_Y = "scrollY";
	private static final String COLLAPSED = "collapsed";

	TreeViewState {
		collapsed = Set.copyOf(collapsed);
	}

	void save(IMemento memento) {
		memento.putString(COLOR_MODE, colorMode.name());
		memento.putBoolean(LEGEND, legend);
		if (store != null) {
			memento.putString(STORE, store);
			memento.putString(ZOOM, Double.toString(zoom));
			memento.putInteger(SCROLL_X, scrollX);
			memento.putInteger(SCROLL_Y, scrollY);
			memento.putString(COLLAPSED, String.join("\n", new TreeSet<>(collapsed))); // ids never hold a line break
		}
	}

	/** The state saved in {@code memento}, or null when there is none (first start) or it cannot be read. */
	static TreeViewState read(IMemento memento) {
		if (memento == null || memento.getString(COLOR_MODE) == null) {
			return null;
		}
		try {
			ColorMode mode = ColorMode.valueOf(memento.getString(COLOR_MODE));
			Boolean legend = memento.getBoolean(LEGEND);
			String store = memento.getString(STORE);
			String zoom = memento.getString(ZOOM);
			Integer x = memento.getInteger(SCROLL_X);
			Integer y = memento.getInteger(SCROLL_Y);
			String collapsed = memento.getString(COLLAPSED);
			return new TreeViewState(mode, legend == null || legend, store, zoom == null ? 1 : Double.parseDouble(zoom),
					x == null ? 0 : x, y == null ? 0 : y,
					collapsed == null || collapsed.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(collapsed.split("\n"))));
		} catch (IllegalArgumentException e) {
			return null; // a mode of another version: start as on first use rather than fail the view
		}
	}
}
