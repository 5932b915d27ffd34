package ttt.workbench.store.pt;

import java.io.IOException;

/**
 * A {@code .pt} file that this codec will not read: not a torch zip archive, damaged, or naming something outside
 * the allow-list. The message always starts with the file, then says what is wrong with it in plain words.
 */
public class PtFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final String detail;

	public PtFormatException(String file, String detail) {
		this(file, detail, null);
	}

	public PtFormatException(String file, String detail, Throwable cause) {
		super(file + ": " + detail, cause);
		this.file = file;
		this.detail = detail;
	}

	/** The file as it was named to the reader. */
	public String file() {
		return file;
	}

	/** The problem without the file name in front. */
	public String detail() {
		return detail;
	}
}
