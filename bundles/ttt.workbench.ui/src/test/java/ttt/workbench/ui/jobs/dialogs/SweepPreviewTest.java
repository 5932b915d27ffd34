package ttt.workbench.ui.jobs.dialogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ttt.workbench.sweep.spec.SpecProblem;
import ttt.workbench.test.support.Fixtures;

/** The Run Sweep dialog's checking, without a display: problems with their places, point counts, preview rows. */
class SweepPreviewTest {

	@TempDir
	Path tmp;

	private Path store() throws IOException {
		Path source = Fixtures.dir().resolve("reference-run-case1/store_before");
		Path target = tmp.resolve("store");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				Path dest = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(dest);
				} else {
					Files.copy(p, dest);
				}
			}
		}
		return target;
	}

	@Test
	void theExampleSpecIsValidForAStoreWithABase() throws IOException {
		SweepPreview p = SweepPreview.check(SweepPreview.example("sweep-1", "case1"), "spec", store());
		assertTrue(p.ok(), p.problems().toString());
		assertEquals(8, p.total(), "2 env_mode × 2 mu × 2 seeds");
		assertEquals(0, p.alreadyDone());
		assertEquals("sweep-1-0000", p.rows().get(0).sessionId());
		assertEquals("base", p.rows().get(0).from());
		assertEquals("mu=0.05, env_mode=linear", p.rows().get(0).parameters());
		assertEquals(1, p.rows().get(0).seed());
		assertEquals(2, p.rows().get(1).seed());
		assertEquals("[600]", p.rows().get(0).runs());
		assertEquals("8 points · 0 already done (skipped) · 8 to run", p.summary());
	}

	@Test
	void problemsComeWithLineAndColumnAndTheCaretGoesThere() throws IOException {
		String text = "name: s\nmu: [0.05, fast]\nseeds: [1]\nruns: [48]\n";
		SweepPreview p = SweepPreview.check(text, "spec", store());
		assertFalse(p.ok());
		SpecProblem first = p.problems().get(0);
		assertEquals(2, first.line(), first.toString());
		assertEquals(12, first.column(), first.toString());
		assertTrue(p.firstProblem().startsWith("line 2, column 12: "), p.firstProblem());
		assertEquals(text.indexOf("fast"), SweepPreview.offset(text, first.line(), first.column()));
		assertEquals(List.of(), p.rows());
	}

	@Test
	void problemsThatNeedTheStoreAreFoundToo() throws IOException {
		SweepPreview p = SweepPreview.check("name: s\nfrom: nobody\nseeds: [1]\nruns: [48]\n", "my.yaml", store());
		assertFalse(p.ok());
		assertEquals(2, p.problems().get(0).line());
		assertTrue(p.problems().get(0).message().contains("no session \"nobody\""), p.problems().toString());
		assertEquals("my.yaml", p.problems().get(0).file());
	}

	@Test
	void offsetsAreClampedToTheText() {
		assertEquals(0, SweepPreview.offset("", 3, 4));
		assertEquals(6, SweepPreview.offset("ab\ncd\n", 9, 1));
		assertEquals(5, SweepPreview.offset("ab\ncd\n", 2, 40), "past the end of line 2: its end");
		assertEquals(4, SweepPreview.offset("ab\ncd\n", 2, 2));
	}

	@Test
	void theFreeNameSkipsTakenOnes() {
		assertEquals("sweep-3", SweepPreview.freeName(Set.of("sweep-1", "sweep-2")::contains));
	}
}
