package ttt.workbench.ui.charts;

import org.eclipse.swt.graphics.RGB;

/**
 * A filled region between two line series of a chart (by series id), e.g. the learning gap between the session-start
 * and the adaptive curves. {@code label} names it in legends and exports.
 */
public record ChartBand(String upperSeriesId, String lowerSeriesId, RGB color, int alpha, String label) {
}
