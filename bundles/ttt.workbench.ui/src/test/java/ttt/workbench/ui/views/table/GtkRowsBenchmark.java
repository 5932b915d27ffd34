package ttt.workbench.ui.views.table;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What changing the number of rows of a virtual SWT table costs on GTK, the figures behind {@link TablePair}'s two
 * tables and {@code TableChoice}: removing rows (all at once from the top, or the last ones), with and without the
 * table having had the focus (after which GTK's accessible object follows every row), disposing a table, adding rows,
 * and showing a hidden table of a few rows instead. Plain SWT, a table of the Sessions table's 12 columns. Run on demand
 * with a display:
 *
 * <pre>
 * DISPLAY=:n ./mvnw -o -pl ...,bundles/ttt.workbench.ui verify -Dtest=GtkRowsBenchmark [-Dbench.rows=100000]
 * </pre>
 *
 * Prints a Markdown table, each figure the median of three, wall and UI-thread CPU time, until the event loop is idle;
 * asserts nothing. Skipped without a display.
 */
class GtkRowsBenchmark {

	private static final int COLUMNS = 12;
	private static final int FEW = 29;
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private Display display;
	private Composite holder;
	private StackLayout stack;

	@Test
	void printFigures() {
		Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display");
		int n = Integer.getInteger("bench.rows", 20_000);
		display = Display.getDefault();
		Shell shell = new Shell(display);
		try {
			shell.setBounds(0, 0, 1280, 800);
			shell.setLayout(new FillLayout());
			holder = new Composite(shell, SWT.NONE);
			stack = new StackLayout();
			holder.setLayout(stack);
			shell.open();
			System.out.printf("| %,d rows → %d (GTK) | wall | UI-thread CPU |%n|---|---|---|%n", n, FEW);
			time("removeAll, then setItemCount(few): a table never focused", n, false, (t, spare) -> {
				t.removeAll();
				t.setItemCount(FEW);
			});
			time("removeAll, then setItemCount(few): a table that had the focus", n, true, (t, spare) -> {
				t.removeAll();
				t.setItemCount(FEW);
			});
			time("setItemCount(few), the last rows removed: never focused", n, false, (t, spare) -> t.setItemCount(FEW));
			time("setItemCount(few), the last rows removed: had the focus", n, true, (t, spare) -> t.setItemCount(FEW));
			time("dispose the table (had the focus), show a new one of few rows", n, true, (t, spare) -> {
				Table fresh = table(FEW);
				stack.topControl = fresh;
				holder.layout();
				t.dispose();
			});
			time("show a hidden table of few rows instead (the table kept)", n, true, (t, spare) -> {
				spare.setItemCount(FEW);
				stack.topControl = spare;
				holder.layout();
			});
			time("setItemCount(all) from few: rows added (the other way)", FEW, false, (t, spare) -> t.setItemCount(n));
			System.out.printf("(%d cores, load average %.2f, %s)%n", Runtime.getRuntime().availableProcessors(),
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.version"));
		} finally {
			shell.dispose();
		}
	}

	/**
	 * Times {@code change} on a shown, painted table of {@code rows} rows, with a hidden empty table beside it, three
	 * times on fresh tables.
	 */
	private void time(String what, int rows, boolean focused, BiConsumer<Table, Table> change) {
		double[] wall = new double[3];
		double[] cpu = new double[3];
		for (int i = 0; i < wall.length; i++) {
			for (var c : holder.getChildren()) {
				c.dispose();
			}
			Table spare = table(0);
			Table t = table(rows);
			stack.topControl = t;
			holder.layout();
			if (focused) {
				t.setFocus();
			}
			settle();
			long w = System.nanoTime();
			long c = threads.getCurrentThreadCpuTime();
			t.setRedraw(false);
			change.accept(t, spare);
			if (!t.isDisposed()) {
				t.clearAll();
				t.setRedraw(true);
			}
			while (display.readAndDispatch()) {
				// lay out and paint
			}
			wall[i] = (System.nanoTime() - w) / 1e6;
			cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		System.out.printf("| %s | %.0f ms | %.0f ms |%n", what, wall[1], cpu[1]);
	}

	private Table table(int rows) {
		Table t = new Table(holder, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		t.setHeaderVisible(true);
		t.setLinesVisible(true);
		for (int c = 0; c < COLUMNS; c++) {
			TableColumn column = new TableColumn(t, SWT.LEFT);
			column.setText("column " + c);
			column.setWidth(90);
		}
		t.addListener(SWT.SetData, e -> {
			String[] texts = new String[COLUMNS];
			Arrays.setAll(texts, c -> "row " + e.index + "." + c);
			((TableItem) e.item).setText(texts);
		});
		t.setItemCount(rows);
		return t;
	}

	private void settle() {
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(5);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
