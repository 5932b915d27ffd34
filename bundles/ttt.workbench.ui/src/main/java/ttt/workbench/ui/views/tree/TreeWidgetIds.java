package ttt.workbench.ui.views.tree;

/**
 * The ids the Session Tree puts on its widgets ({@code widget.setData(KEY, CANVAS)}), by which tests and tools find
 * them instead of asking the view for its fields.
 */
public final class TreeWidgetIds {

	/** The data key of a widget's id. */
	public static final String KEY = "ttt.id";
	public static final String CANVAS = "sessionTree.canvas";
	public static final String HEADER = "sessionTree.header";
	public static final String FIND = "sessionTree.find";
	public static final String COLOR_MODE = "sessionTree.colorMode";
	/** The MSE strip under the tree (the shared MseChart's composite) and its SWTChart. */
	public static final String CHART = "sessionTree.chart";
	public static final String CHART_PLOT = "sessionTree.chart.plot";

	private TreeWidgetIds() {
	}
}
