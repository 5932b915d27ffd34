package ttt.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The progress bar makes its detail text only for the lines it prints (pretraining reports each of 10,000 steps). */
class ProgressBarTest {

	@Test
	void detailIsMadeOnlyForPrintedLines() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), "pretraining", 10_000, false);
		AtomicInteger made = new AtomicInteger();
		for (int step = 1; step <= 10_000; step++) {
			int s = step;
			bar.update(step, () -> {
				made.incrementAndGet();
				return "loss " + s;
			});
		}
		String out = bytes.toString(StandardCharsets.UTF_8);
		long lines = out.lines().count();
		assertEquals(11, lines, "a plain line at the start and at every tenth of the work:\n" + out);
		assertEquals(lines, made.get(), "one detail per printed line, not one per step");
		assertTrue(out.lines().allMatch(l -> l.contains("loss ")), out);
		assertTrue(out.contains("10000/10000") && out.contains("loss 10000"), out);
	}
}
