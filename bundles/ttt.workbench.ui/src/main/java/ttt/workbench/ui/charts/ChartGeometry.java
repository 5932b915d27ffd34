package ttt.workbench.ui.charts;

import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.Range;

/**
 * Maps data values to pixels of a rectangle the way SWTChart maps them to its plot area: linear within the axis range,
 * or linear in log10 when the axis is logarithmic. Used by the vector export (which draws at another size than the
 * screen) and by tests that map SVG coordinates back to data.
 */
public record ChartGeometry(double xLower, double xUpper, double yLower, double yUpper, boolean yLog, int left, int top,
		int width, int height) {

	public static ChartGeometry of(IAxis x, IAxis y, int left, int top, int width, int height) {
		Range xr = x.getRange();
		Range yr = y.getRange();
		return new ChartGeometry(xr.lower, xr.upper, yr.lower, yr.upper, y.isLogScaleEnabled(), left, top, width, height);
	}

	public double px(double x) {
		return left + (x - xLower) / (xUpper - xLower) * width;
	}

	public double py(double y) {
		double lo = yLog ? Math.log10(yLower) : yLower;
		double hi = yLog ? Math.log10(yUpper) : yUpper;
		double v = yLog ? Math.log10(y) : y;
		return top + height - (v - lo) / (hi - lo) * height;
	}

	public double dataX(double px) {
		return xLower + (px - left) / width * (xUpper - xLower);
	}

	public double dataY(double py) {
		double lo = yLog ? Math.log10(yLower) : yLower;
		double hi = yLog ? Math.log10(yUpper) : yUpper;
		double v = lo + (top + height - py) / height * (hi - lo);
		return yLog ? Math.pow(10, v) : v;
	}

	public boolean containsX(double x) {
		return x >= Math.min(xLower, xUpper) && x <= Math.max(xLower, xUpper);
	}
}
