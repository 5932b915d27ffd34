package ttt.workbench.cli.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's folder appears whole or not at all, and what an interrupted maker left is cleaned by the next one. */
class StagedFolderTest {

	@TempDir
	Path tmp;

	@Test
	void theFolderAppearsOnlyWhenCommitted() throws IOException {
		Path target = tmp.resolve("demo");
		try (StagedFolder staged = StagedFolder.beside(target)) {
			Files.createDirectories(staged.path().resolve("base"));
			Files.writeString(staged.path().resolve("base/base_meta.json"), "{}");
			assertFalse(Files.exists(target), "nothing under the final name before the commit");
			assertEquals(tmp, staged.path().getParent(), "a sibling: the rename stays on one file system");
			staged.commit();
		}
		assertEquals("{}", Files.readString(target.resolve("base/base_meta.json")));
		assertEquals(List.of("demo"), names(tmp));
	}

	@Test
	void anAbandonedFolderIsDeletedAndTheTargetNeverAppears() throws IOException {
		Path target = tmp.resolve("demo");
		try (StagedFolder staged = StagedFolder.beside(target)) {
			Files.createDirectories(staged.path().resolve("sessions"));
			// no commit: as when the recipe throws
		}
		assertEquals(List.of(), names(tmp));
	}

	@Test
	void anEmptyTargetFolderIsReplacedAndAFullOneRefused() throws IOException {
		Path empty = Files.createDirectories(tmp.resolve("empty"));
		try (StagedFolder staged = StagedFolder.beside(empty)) {
			Files.writeString(staged.path().resolve("marker"), "x");
			staged.commit();
		}
		assertTrue(Files.exists(empty.resolve("marker")));
		IOException refused = assertThrows(IOException.class, () -> StagedFolder.beside(empty));
		assertTrue(refused.getMessage().contains("exists and is not an empty folder"), refused.getMessage());
	}

	@Test
	void leftoversOfADeadMakerAreRemovedThoseOfALiveOneKept() throws IOException {
		long dead = deadPid();
		Path leftover = Files.createDirectories(tmp.resolve(".demo.making-" + dead).resolve("sessions"));
		Path live = Files.createDirectories(tmp.resolve(".demo.making-1")); // pid 1 always runs
		Path other = Files.createDirectories(tmp.resolve(".other.making-" + dead)); // another target's: not ours
		try (StagedFolder staged = StagedFolder.beside(tmp.resolve("demo"))) {
			assertFalse(Files.exists(leftover.getParent()));
			assertTrue(Files.exists(live));
			assertTrue(Files.exists(other));
		}
	}

	private static long deadPid() {
		for (long pid = 4_000_000; ; pid--) { // above Linux's default pid_max: no process has it
			if (ProcessHandle.of(pid).isEmpty()) {
				return pid;
			}
		}
	}

	private static List<String> names(Path dir) throws IOException {
		try (Stream<Path> list = Files.list(dir)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
