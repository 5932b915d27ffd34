package ttt.workbench.store.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.PythonInterop;
import ttt.workbench.store.StoreFormatException;

class PerStepCsvTest {

	private static List<Path> fixtureCsvs() throws IOException {
		try (Stream<Path> walk = Files.walk(Fixtures.dir())) {
			return walk.filter(p -> p.getFileName().toString().equals("per_step.csv")).sorted().toList();
		}
	}

	@Test
	void fixtureFilesRoundTripByteForByte() throws IOException {
		List<Path> files = fixtureCsvs();
		assertEquals(2, files.size());
		for (Path file : files) {
			byte[] original = Files.readAllBytes(file);
			PerStepTable table = PerStepCsv.parse(original, file);
			assertEquals(PerStepTable.Format.PHASE1, table.format());
			assertArrayEquals(original, PerStepCsv.format(table).getBytes(StandardCharsets.UTF_8), file.toString());
		}
	}

	/**
	 * A long table is formatted in chunks on several threads: the text is that of one pass (with NaN, infinities and
	 * signed zeros among the values, next test), and for finite values that of Python's csv writer (floats widened
	 * from float32 as the engine writes them, and arbitrary doubles).
	 */
	@Test
	void aLongTableFormattedInChunksIsTheTextOfOnePass() {
		PerStepTable withSpecials = longTable(true);
		assertEquals(PerStepCsv.formatSequentially(withSpecials), PerStepCsv.format(withSpecials));
		assertEquals(PerStepCsv.formatSequentially(withSpecials), PerStepCsv.format(withSpecials, false));
	}

	@Test
	void aLongTableFormattedInChunksIsWhatPythonWrites() throws IOException {
		PythonInterop.requirePython();
		PerStepTable finite = longTable(false);
		String text = PerStepCsv.format(finite);
		assertEquals(PerStepCsv.formatSequentially(finite), text);
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < finite.steps(); i++) {
			hex.append(Double.toHexString(finite.baseMse()[i])).append(' ').append(Double.toHexString(finite.sessionNoUpdateMse()[i]))
					.append(' ').append(Double.toHexString(finite.adaptiveMse()[i])).append(' ').append(finite.didUpdate()[i] ? 1 : 0)
					.append(' ').append(finite.updateOk()[i] ? 1 : 0).append('\n');
		}
		Path in = Files.writeString(Files.createTempFile("per-step-values", ".txt"), hex);
		try {
			String python = PythonInterop.runOk("""
					import csv, io, sys
					out = io.StringIO()
					w = csv.writer(out, lineterminator='\\n')
					w.writerow(['t', 'base_mse', 'session_no_update_mse', 'adaptive_mse', 'did_update', 'update_ok'])
					for t, line in enumerate(open(sys.stdin.read().strip())):
					    b, s, a, d, o = line.split()
					    w.writerow([t, float.fromhex(b), float.fromhex(s), float.fromhex(a), int(d), int(o)])
					sys.stdout.write(out.getvalue())
					""", in.toString());
			assertEquals(python, text);
		} finally {
			Files.delete(in);
		}
	}

	private static PerStepTable longTable(boolean specials) {
		int n = 3 * PerStepCsv.PARALLEL_ROWS + 17;
		java.util.Random r = new java.util.Random(11);
		int[] t = new int[n];
		double[] base = new double[n], start = new double[n], adaptive = new double[n];
		boolean[] did = new boolean[n], ok = new boolean[n];
		double[] special = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, Double.MIN_VALUE };
		for (int i = 0; i < n; i++) {
			t[i] = i;
			base[i] = (float) Math.exp(8 * r.nextGaussian());
			start[i] = specials && i % 97 == 0 ? special[(i / 97) % special.length] : (float) (base[i] * r.nextDouble());
			adaptive[i] = specials && i % 89 == 0 ? special[(i / 89) % special.length]
					: Double.longBitsToDouble(r.nextLong() & 0x7fefffffffffffffL);
			did[i] = r.nextBoolean();
			ok[i] = did[i] && r.nextBoolean();
		}
		return new PerStepTable(PerStepTable.Format.PHASE1, t, base, start, adaptive, did, ok);
	}

	@Test
	void valuesAgreeWithPythonsCsvReader() throws IOException {
		PythonInterop.requirePython();
		Path file = Fixtures.case1().resolve("store_after/sessions/case1/runs/case1_1795287431_seed1/per_step.csv");
		PerStepTable table = PerStepCsv.parse(Files.readAllBytes(file), file);
		String out = PythonInterop.runOk("""
				import csv, sys
				rows = list(csv.DictReader(open(sys.stdin.read().strip())))
				print(len(rows), sum(float(r['adaptive_mse']) for r in rows).hex(), sum(int(r['did_update']) for r in rows),
				      sum(int(r['update_ok']) for r in rows), float(rows[63]['session_no_update_mse']).hex())
				""", file.toString());
		String[] f = out.trim().split(" ");
		assertEquals(600, table.steps());
		assertEquals(Integer.parseInt(f[0]), table.steps());
		double sum = 0;
		int did = 0;
		int ok = 0;
		for (int i = 0; i < table.steps(); i++) {
			sum += table.adaptiveMse()[i];
			did += table.didUpdate()[i] ? 1 : 0;
			ok += table.updateOk()[i] ? 1 : 0;
		}
		assertEquals(pyHex(f[1]), sum);
		assertEquals(Integer.parseInt(f[2]), did);
		assertEquals(Integer.parseInt(f[3]), ok);
		assertEquals(pyHex(f[4]), table.sessionNoUpdateMse()[63]);
	}

	/** Python's float.hex() ("0x1.8p-3") is Java's hex-float syntax too; exact, unlike decimal printing. */
	private static double pyHex(String pythonHex) {
		return Double.parseDouble(pythonHex);
	}

	@Test
	void phase0HeaderIsReadWithoutSessionStartColumn() throws StoreFormatException {
		String csv = "t,baseline_mse,adaptive_mse,did_update,update_ok\n0,0.5,0.5,0,0\n1,0.25,0.125,1,1\n";
		PerStepTable table = PerStepCsv.parse(csv.getBytes(StandardCharsets.UTF_8), Path.of("run/per_step.csv"));
		assertEquals(PerStepTable.Format.PHASE0, table.format());
		assertNull(table.sessionNoUpdateMse());
		assertArrayEquals(new double[] { 0.5, 0.25 }, table.baseMse());
		assertTrue(table.updateOk()[1]);
		assertFalse(table.didUpdate()[0]);
		assertEquals(csv, PerStepCsv.format(table));
	}

	private static String errorOf(String csv) {
		StoreFormatException e = assertThrows(StoreFormatException.class,
				() -> PerStepCsv.parse(csv.getBytes(StandardCharsets.UTF_8), Path.of("s1/runs/r/per_step.csv")));
		assertTrue(e.getMessage().startsWith("s1/runs/r/per_step.csv: "), e.getMessage());
		return e.getMessage();
	}

	@Test
	void truncatedRowIsReportedWithItsLine() {
		String head = PerStepTable.Format.PHASE1.header() + "\n0,0.1,0.1,0.1,0,0\n1,0.2,0.2";
		assertTrue(errorOf(head).contains("line 3 has 3 cells"), errorOf(head));
	}

	@Test
	void unknownHeaderIsReported() {
		assertTrue(errorOf("step,loss\n0,1\n").contains("unknown header 'step,loss'"));
	}

	@Test
	void nonNumericCellIsReportedWithColumn() {
		String msg = errorOf(PerStepTable.Format.PHASE1.header() + "\n0,0.1,abc,0.1,0,0\n");
		assertTrue(msg.contains("line 2, column session_no_update_mse: 'abc' is not a number"), msg);
	}

	@Test
	void javaOnlyNumberSyntaxIsNotAccepted() {
		assertTrue(errorOf(PerStepTable.Format.PHASE1.header() + "\n0,0x1p3,0.1,0.1,0,0\n").contains("is not a number"));
		assertTrue(errorOf(PerStepTable.Format.PHASE1.header() + "\n0,1.5d,0.1,0.1,0,0\n").contains("is not a number"));
	}

	@Test
	void gapInStepsIsReported() {
		assertTrue(errorOf(PerStepTable.Format.PHASE1.header() + "\n0,1,1,1,0,0\n2,1,1,1,0,0\n").contains("t is 2, expected 1"));
	}

	@Test
	void badFlagAndInconsistentFlagsAreReported() {
		assertTrue(errorOf(PerStepTable.Format.PHASE1.header() + "\n0,1,1,1,2,0\n").contains("did_update: '2' is not 0 or 1"));
		assertTrue(errorOf(PerStepTable.Format.PHASE1.header() + "\n0,1,1,1,0,1\n").contains("update_ok is 1 but did_update is 0"));
	}

	@Test
	void emptyFileIsReported() {
		assertTrue(errorOf("").contains("empty"));
	}
}
