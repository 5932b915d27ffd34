package ttt.workbench.ui.charts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

import ttt.workbench.ui.data.Numbers;

/** Axis tick labels as the rest of the workbench writes numbers ({@link Numbers#compact}), trailing zeros dropped. */
public final class CompactNumberFormat extends Format {

	private static final long serialVersionUID = 1L;

	private final boolean decadesOnly;

	public CompactNumberFormat() {
		this(false);
	}

	/**
	 * @param decadesOnly label only powers of ten (for a log axis, whose ticks at 2…9 × 10ⁿ would crowd the labels;
	 *        their grid lines stay)
	 */
	public CompactNumberFormat(boolean decadesOnly) {
		this.decadesOnly = decadesOnly;
	}

	@Override
	public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
		double v = ((Number) obj).doubleValue();
		if (decadesOnly && !(v > 0 && Math.abs(Math.log10(v) - Math.rint(Math.log10(v))) < 1e-9)) {
			return toAppendTo;
		}
		String s = Numbers.compact(v);
		if (s.contains(".") && !s.contains("e")) {
			s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
		}
		return toAppendTo.append(s);
	}

	@Override
	public Object parseObject(String source, ParsePosition pos) {
		return null;
	}
}
