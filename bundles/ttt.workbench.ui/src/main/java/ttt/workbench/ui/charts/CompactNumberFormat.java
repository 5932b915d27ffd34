package ttt.workbench.ui.charts;

import java.text.FieldPosition;
import java.text.Format;
import java.text.ParsePosition;

import ttt.workbench.analysis.format.Numbers;

/** Axis tick labels as the rest of the workbench writes numbers ({@link Numbers#compact}), trailing zeros dropped. */
public final class CompactNumberFormat extends Format {

	private static final long serialVersionUID = 1L;

	@Override
	public StringBuffer format(Object obj, StringBuffer toAppendTo, FieldPosition pos) {
		double v = ((Number) obj).doubleValue();
		String s = Numbers.compact(v);
		if (s.contains(".") && !s.contains("e")) {
			s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
		} else if (s.contains(".")) {
			s = s.replaceAll("\\.?0+e", "e");
		}
		return toAppendTo.append(s);
	}

	/** SWTChart parses its own labels back (to tell major log ticks from minor ones), so this must round-trip. */
	@Override
	public Object parseObject(String source, ParsePosition pos) {
		String rest = source.substring(pos.getIndex()).trim().replace('−', '-');
		try {
			double v = Double.parseDouble(rest);
			pos.setIndex(source.length());
			return v;
		} catch (NumberFormatException e) {
			pos.setErrorIndex(pos.getIndex());
			return null;
		}
	}
}
