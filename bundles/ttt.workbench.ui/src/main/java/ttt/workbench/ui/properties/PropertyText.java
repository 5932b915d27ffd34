package ttt.workbench.ui.properties;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

/**
 * How the Properties view writes a value: as the files write it. A number that the reference writes as an integer
 * ({@code created_at_unix: 1768677450}) is a double in the model, and EMF would print {@code 1.76867745E9}; an enum
 * shows its file literal ({@code linear}); everything else as the generated item providers label it.
 */
public final class PropertyText {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
			.withZone(ZoneOffset.UTC);

	private PropertyText() {
	}

	public static String of(Object value, IItemLabelProvider generated) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return number(d);
		}
		if (value instanceof Float f) {
			return number(f.doubleValue());
		}
		if (value instanceof Number || value instanceof Boolean || value instanceof String) {
			return value.toString();
		}
		if (value instanceof Enumerator e) {
			return e.getLiteral();
		}
		return generated == null ? value.toString() : generated.getText(value);
	}

	/** An integral double as an integer ({@code 1768677450}), any other as Java writes it ({@code 0.12}). */
	public static String number(double d) {
		if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
			return Long.toString((long) d);
		}
		return Double.toString(d);
	}

	/** Seconds since 1970 as a UTC date and time. */
	public static String utc(double unixSeconds) {
		return UTC.format(Instant.ofEpochMilli(Math.round(unixSeconds * 1000)));
	}

	/** A size as the Properties view shows it: {@code 12,345 bytes}. */
	public static String bytes(long bytes) {
		return String.format(Locale.ROOT, "%,d bytes", bytes);
	}
}
