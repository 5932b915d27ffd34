package ttt.workbench.ui.jobs.dialogs;

/**
 * Parsing of the numbers typed into the dialogs, with messages that name the field. SWT-free, so the forms'
 * validation is tested with plain JUnit.
 */
final class Fields {

	/** A field whose text is not acceptable; the message is shown in the dialog's title area as it is. */
	static final class Invalid extends Exception {
		private static final long serialVersionUID = 1L;

		Invalid(String message) {
			super(message);
		}
	}

	private Fields() {
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static int positiveInt(String field, String text) throws Invalid {
		int v = integer(field, text);
		if (v <= 0) {
			throw new Invalid(field + " must be a positive whole number, not " + text.trim());
		}
		return v;
	}

	/** Blank means "no value" (null): the session's own value is used. */
	static Integer optionalPositiveInt(String field, String text) throws Invalid {
		return blank(text) ? null : positiveInt(field, text);
	}

	static int integer(String field, String text) throws Invalid {
		if (blank(text)) {
			throw new Invalid(field + " is empty");
		}
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			throw new Invalid(field + " must be a whole number, not \"" + text.trim() + "\"");
		}
	}

	static long longValue(String field, String text) throws Invalid {
		if (blank(text)) {
			throw new Invalid(field + " is empty");
		}
		try {
			return Long.parseLong(text.trim());
		} catch (NumberFormatException e) {
			throw new Invalid(field + " must be a whole number, not \"" + text.trim() + "\"");
		}
	}

	static double finite(String field, String text) throws Invalid {
		if (blank(text)) {
			throw new Invalid(field + " is empty");
		}
		double v;
		try {
			v = Double.parseDouble(text.trim());
		} catch (NumberFormatException e) {
			throw new Invalid(field + " must be a number, not \"" + text.trim() + "\"");
		}
		if (!Double.isFinite(v)) {
			throw new Invalid(field + " must be a finite number");
		}
		return v;
	}

	static double positive(String field, String text) throws Invalid {
		double v = finite(field, text);
		if (v <= 0) {
			throw new Invalid(field + " must be greater than 0, not " + text.trim());
		}
		return v;
	}
}
