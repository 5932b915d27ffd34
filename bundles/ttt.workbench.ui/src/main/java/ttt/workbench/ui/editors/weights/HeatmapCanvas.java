package ttt.workbench.ui.editors.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.accessibility.AccessibleAdapter;
import org.eclipse.swt.accessibility.AccessibleEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.export.CsvTable;
import ttt.workbench.analysis.format.Numbers;
import ttt.workbench.analysis.weights.DivergingScale;
import ttt.workbench.analysis.weights.Matrix;
import ttt.workbench.analysis.weights.TopChanges;
import ttt.workbench.ui.charts.ChartTheme;
import ttt.workbench.ui.export.Drawing;
import ttt.workbench.ui.export.Exportable;
import ttt.workbench.ui.export.GcDrawing;

/**
 * One matrix as a heatmap: a square cell per entry on a diverging blue–white–red scale centred at 0 and symmetric
 * over ±max|value| of this matrix, row and column indices, a legend bar with its values, the value under the mouse as
 * a tooltip and the largest changes outlined. The page sets one cell size for all heatmaps so they read alike.
 * Painted through {@link Drawing}, so the SVG export is the same picture (one {@code <rect>} per cell: everything else
 * is drawn with polygons and lines).
 */
public final class HeatmapCanvas extends Canvas implements Exportable {

	private static final RGB BACKGROUND = new RGB(255, 255, 255);
	private static final RGB OUTLINE = new RGB(0, 0, 0);
	private static final int GAP = 6;
	private static final int LEGEND_BAR = 12;
	private static final int LEGEND_MIN_HEIGHT = 96;

	/** A cell under a point. */
	public record Cell(int row, int col, double value) {
	}

	private Matrix matrix;
	private String title = "";
	private String valuePrefix = "";
	private String scaleNote = "";
	private List<TopChanges.Cell> highlighted = List.of();
	private DivergingScale scale = new DivergingScale(1);
	private int cellSize = 16;
	private String exportName = "heatmap";

	public HeatmapCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		ChartTheme.applyToCanvas(this);
		addPaintListener(e -> paint(new GcDrawing(e.gc), getSize().x, getSize().y));
		addListener(SWT.MouseMove, e -> {
			String tip = tooltipAt(e.x, e.y);
			if (!tip.equals(getToolTipText() == null ? "" : getToolTipText())) {
				setToolTipText(tip.isEmpty() ? null : tip);
			}
		});
		addListener(SWT.MouseExit, e -> setToolTipText(null));
		// keyboard: Tab in, arrows move a selected cell whose value the page shows; a click selects too
		addListener(SWT.MouseDown, e -> cellAt(e.x, e.y).ifPresent(c -> {
			setFocus();
			select(c.row(), c.col());
		}));
		addListener(SWT.Traverse, e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = true;
			}
		});
		addListener(SWT.FocusIn, e -> {
			if (matrix != null) {
				select(Math.max(0, selectedRow), Math.max(0, selectedCol));
			}
		});
		addListener(SWT.FocusOut, e -> redraw());
		addListener(SWT.KeyDown, e -> {
			if (matrix == null) {
				return;
			}
			int r = Math.max(0, selectedRow);
			int c = Math.max(0, selectedCol);
			switch (e.keyCode) {
			case SWT.ARROW_UP -> r--;
			case SWT.ARROW_DOWN -> r++;
			case SWT.ARROW_LEFT -> c--;
			case SWT.ARROW_RIGHT -> c++;
			case SWT.HOME -> c = 0;
			case SWT.END -> c = matrix.cols() - 1;
			default -> {
				return;
			}
			}
			select(Math.max(0, Math.min(matrix.rows() - 1, r)), Math.max(0, Math.min(matrix.cols() - 1, c)));
		});
		getAccessible().addAccessibleListener(new AccessibleAdapter() {
			@Override
			public void getName(AccessibleEvent e) {
				e.result = title + (matrix != null && selectedRow >= 0 ? ": " + tooltipText(selectedRow, selectedCol) : "");
			}
		});
	}

	private int selectedRow = -1;
	private int selectedCol = -1;
	private Consumer<String> selectionListener = s -> {
	};

	/** Told the text of the cell selected with the keyboard or a click ("W_u[3,5] = -0.0123"). */
	public void onSelection(Consumer<String> listener) {
		this.selectionListener = listener;
	}

	public void select(int row, int col) {
		selectedRow = row;
		selectedCol = col;
		redraw();
		selectionListener.accept(tooltipText(row, col));
	}

	/**
	 * @param prefix    put before the matrix name in the tooltip ("Δ" for differences)
	 * @param scaleNote how the colour range was chosen, shown under the legend
	 */
	public void setMatrix(Matrix matrix, String title, String prefix, String scaleNote, List<TopChanges.Cell> highlighted,
			String exportName) {
		this.matrix = matrix;
		this.title = title;
		this.valuePrefix = prefix;
		this.scaleNote = scaleNote;
		this.highlighted = List.copyOf(highlighted);
		this.scale = matrix == null ? new DivergingScale(1) : DivergingScale.symmetric(matrix);
		this.exportName = exportName;
		if (matrix == null || selectedRow >= matrix.rows() || selectedCol >= matrix.cols()) {
			selectedRow = -1;
			selectedCol = -1;
		}
		setToolTipText(null);
		redraw();
	}

	public Matrix matrix() {
		return matrix;
	}

	public DivergingScale scale() {
		return scale;
	}

	public void setCellSize(int cellSize) {
		this.cellSize = cellSize;
		redraw();
	}

	public int cellSize() {
		return cellSize;
	}

	/** Where things go, for painting and for finding the cell under the mouse. */
	private record Geometry(int textHeight, int left, int top, int cell, int legendX) {
	}

	private Geometry geometry(Point charSize, Point indexSize) {
		int textHeight = charSize.y;
		int left = indexSize.x + GAP;
		int top = 2 * textHeight + GAP;
		int cols = matrix == null ? 0 : matrix.cols();
		return new Geometry(textHeight, left, top, cellSize, left + cols * cellSize + 2 * GAP);
	}

	private Geometry screenGeometry() {
		GC gc = new GC(this);
		try {
			return geometry(gc.textExtent("Ag"), gc.textExtent("00"));
		} finally {
			gc.dispose();
		}
	}

	/** The size that shows every cell at {@code cell} pixels, with indices, title and legend. */
	public Point preferredSize(int cell) {
		GC gc = new GC(this);
		try {
			Point ch = gc.textExtent("Ag");
			int legendWidth = LEGEND_BAR + 4 + legendLabels().stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0) + 2;
			int rows = matrix == null ? 1 : matrix.rows();
			int cols = matrix == null ? 1 : matrix.cols();
			int width = gc.textExtent("00").x + GAP + cols * cell + 2 * GAP + legendWidth + GAP;
			width = Math.max(width, gc.textExtent(title).x + GAP);
			width = Math.max(width, gc.textExtent(scaleNote).x + GAP);
			int height = 2 * ch.y + GAP + Math.max(rows * cell, LEGEND_MIN_HEIGHT) + GAP + 2 * ch.y + GAP;
			return new Point(width, height);
		} finally {
			gc.dispose();
		}
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		Point p = preferredSize(cellSize);
		return new Point(wHint == SWT.DEFAULT ? p.x : wHint, hHint == SWT.DEFAULT ? p.y : hHint);
	}

	/** The cell under control coordinates (x, y), as the last screen layout placed it. */
	public Optional<Cell> cellAt(int x, int y) {
		if (matrix == null) {
			return Optional.empty();
		}
		Geometry g = screenGeometry();
		if (x < g.left || y < g.top) {
			return Optional.empty();
		}
		int col = (x - g.left) / g.cell;
		int row = (y - g.top) / g.cell;
		if (row >= matrix.rows() || col >= matrix.cols()) {
			return Optional.empty();
		}
		return Optional.of(new Cell(row, col, matrix.get(row, col)));
	}

	/** The centre of a cell in control coordinates (for tests and keyboard users). */
	public Point cellCentre(int row, int col) {
		Geometry g = screenGeometry();
		return new Point(g.left + col * g.cell + g.cell / 2, g.top + row * g.cell + g.cell / 2);
	}

	/** "W_u[3,5] = -0.0123" for the cell under (x, y); empty when there is none. */
	public String tooltipAt(int x, int y) {
		return cellAt(x, y).map(c -> tooltipText(c.row(), c.col())).orElse("");
	}

	public String tooltipText(int row, int col) {
		return valuePrefix + matrix.name() + "[" + row + "," + col + "] = " + Numbers.short4(matrix.get(row, col));
	}

	@Override
	public Control control() {
		return this;
	}

	@Override
	public String suggestedName() {
		return exportName;
	}

	@Override
	public void paint(Drawing d, int width, int height) {
		d.fill(BACKGROUND);
		d.fillPolygon(new int[] { 0, 0, width, 0, width, height, 0, height });
		d.stroke(ChartTheme.inkRgb());
		d.text(title, 0, 0);
		if (matrix == null) {
			d.text("No weights to show", 0, 2 * d.textExtent("Ag").y);
			return;
		}
		Geometry g = geometry(d.textExtent("Ag"), d.textExtent("00"));
		int rows = matrix.rows();
		int cols = matrix.cols();
		int cell = g.cell;
		// indices: every one when they fit, else every 4th (and the last)
		int everyCol = d.textExtent("00").x + 2 <= cell ? 1 : 4;
		int everyRow = g.textHeight <= cell + 2 ? 1 : 4;
		for (int c = 0; c < cols; c++) {
			if (c % everyCol == 0 || c == cols - 1 && c % everyCol > everyCol / 2) {
				String s = Integer.toString(c);
				d.text(s, g.left + c * cell + (cell - d.textExtent(s).x) / 2, g.top - g.textHeight - 2);
			}
		}
		for (int r = 0; r < rows; r++) {
			if (r % everyRow == 0 || r == rows - 1 && r % everyRow > everyRow / 2) {
				String s = Integer.toString(r);
				d.text(s, g.left - GAP / 2 - d.textExtent(s).x, g.top + r * cell + (cell - g.textHeight) / 2);
			}
		}
		for (int r = 0; r < rows; r++) {
			for (int c = 0; c < cols; c++) {
				d.fill(rgb(scale.rgb(matrix.get(r, c))));
				d.fillRect(g.left + c * cell, g.top + r * cell, cell, cell);
			}
		}
		d.stroke(ChartTheme.gridRgb());
		d.lineWidth(1);
		d.polyline(new int[] { g.left, g.top, g.left + cols * cell, g.top, g.left + cols * cell, g.top + rows * cell, g.left,
				g.top + rows * cell, g.left, g.top });
		d.stroke(OUTLINE);
		d.lineWidth(2);
		for (TopChanges.Cell h : highlighted) {
			if (h.row() < rows && h.col() < cols) {
				d.rect(g.left + h.col() * cell + 1, g.top + h.row() * cell + 1, cell - 2, cell - 2);
			}
		}
		d.lineWidth(1);
		if (selectedRow >= 0 && isFocusControlSafe()) {
			d.stroke(OUTLINE);
			d.dashed(true);
			d.rect(g.left + selectedCol * cell - 1, g.top + selectedRow * cell - 1, cell + 2, cell + 2);
			d.dashed(false);
		}
		paintLegend(d, g, Math.max(rows * cell, LEGEND_MIN_HEIGHT));
		d.stroke(ChartTheme.inkRgb());
		int footerY = g.top + Math.max(rows * cell, LEGEND_MIN_HEIGHT) + GAP + g.textHeight / 2;
		d.text(scaleNote, 0, footerY);
	}

	private void paintLegend(Drawing d, Geometry g, int barHeight) {
		int x = g.legendX;
		int top = g.top;
		for (int y = 0; y < barHeight; y++) {
			double value = scale.limit() * (1 - 2.0 * y / (barHeight - 1));
			d.stroke(rgb(scale.rgb(value)));
			d.line(x, top + y, x + LEGEND_BAR, top + y);
		}
		d.stroke(ChartTheme.gridRgb());
		d.polyline(new int[] { x, top, x + LEGEND_BAR, top, x + LEGEND_BAR, top + barHeight, x, top + barHeight, x, top });
		d.stroke(ChartTheme.inkRgb());
		int labelX = x + LEGEND_BAR + 4;
		List<String> labels = legendLabels();
		int[] ys = { top, top + barHeight / 2, top + barHeight };
		for (int i = 0; i < 3; i++) {
			d.line(x + LEGEND_BAR, ys[i], x + LEGEND_BAR + 3, ys[i]);
			d.text(labels.get(i), labelX, Math.max(top - g.textHeight / 2, ys[i] - g.textHeight / 2));
		}
	}

	private boolean isFocusControlSafe() {
		return !isDisposed() && isFocusControl();
	}

	private List<String> legendLabels() {
		return List.of("+" + Numbers.short4(scale.limit()), "0", "−" + Numbers.short4(scale.limit()));
	}

	private static RGB rgb(int packed) {
		return new RGB(packed >> 16 & 0xFF, packed >> 8 & 0xFF, packed & 0xFF);
	}

	/** The matrix as a table: one row per matrix row, one column per matrix column. */
	@Override
	public CsvTable data() {
		if (matrix == null) {
			return new CsvTable(List.of("row"));
		}
		List<String> header = new ArrayList<>();
		header.add("row");
		for (int c = 0; c < matrix.cols(); c++) {
			header.add(valuePrefix + matrix.name() + "[:," + c + "]");
		}
		CsvTable table = new CsvTable(header);
		for (int r = 0; r < matrix.rows(); r++) {
			List<Object> row = new ArrayList<>();
			row.add(r);
			for (int c = 0; c < matrix.cols(); c++) {
				row.add(Numbers.exact(matrix.get(r, c)));
			}
			table.row(row);
		}
		return table;
	}
}
