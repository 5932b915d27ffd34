package ttt.workbench.analysis.updates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent reading of {@code update_events.jsonl} for the tests: plain line splitting and a regular expression
 * per key, no store code.
 */
record JsonlLines(List<String> lines) {

	static JsonlLines read(Path file) throws IOException {
		return new JsonlLines(Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList());
	}

	static String text(String line, String key) {
		Matcher m = Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(line);
		return m.find() ? m.group(1) : null;
	}

	static Double number(String line, String key) {
		Matcher m = Pattern.compile("\"" + key + "\": (null|[-0-9.eE+]+|NaN|-?Infinity)").matcher(line);
		if (!m.find() || m.group(1).equals("null")) {
			return null;
		}
		return Double.valueOf(m.group(1));
	}
}
