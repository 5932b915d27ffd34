package ttt.workbench.analysis.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture run read the simplest way, independently of the store's readers: per_step.csv split by hand and numbers
 * picked out of metrics.json (written by the Python reference) with a regular expression.
 */
record FixtureRun(double[] base, double[] session, double[] adaptive, int[] didUpdate, int[] updateOk, String metricsJson) {

	static Path fixtures() {
		return Path.of(System.getProperty("ttt.fixtures.dir"));
	}

	static Path case1Session() {
		return fixtures().resolve("reference-run-case1/store_after/sessions/case1");
	}

	static FixtureRun read(Path sessionDir, String runId) throws IOException {
		List<String> lines = Files.readAllLines(sessionDir.resolve("runs").resolve(runId).resolve("per_step.csv"));
		int n = lines.size() - 1;
		double[] b = new double[n];
		double[] s = new double[n];
		double[] a = new double[n];
		int[] d = new int[n];
		int[] o = new int[n];
		for (int i = 0; i < n; i++) {
			String[] f = lines.get(i + 1).split(",");
			b[i] = Double.parseDouble(f[1]);
			s[i] = Double.parseDouble(f[2]);
			a[i] = Double.parseDouble(f[3]);
			d[i] = Integer.parseInt(f[4].trim());
			o[i] = Integer.parseInt(f[5].trim());
		}
		return new FixtureRun(b, s, a, d, o, Files.readString(sessionDir.resolve("metrics.json")));
	}

	double metric(String key) {
		Matcher m = Pattern.compile("\"" + key + "\": ([-0-9.eE+]+)").matcher(metricsJson);
		if (!m.find()) {
			throw new AssertionError("no " + key + " in metrics.json");
		}
		return Double.parseDouble(m.group(1));
	}
}
