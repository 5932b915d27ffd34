package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.model.ProblemSeverity;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreProblem;

/**
 * What every bad-input test needs: a private copy of a fixture store, a fingerprint of everything on disk (to prove a
 * failed read modified nothing), a read that turns any escaping exception or error into a clear test failure, and
 * assertions on the recorded problems.
 */
final class BadInputSupport {

	private BadInputSupport() {
	}

	// --- fixture copies ------------------------------------------------------------------------------------

	/** Copies the torch 2.9.1 fixture store to {@code tmp/store}. */
	static Path torch291(Path tmp) throws IOException {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("store"));
	}

	/** Copies the reference's case1 {@code store_after} (sessions only, with a gzip trajectory) to {@code tmp/store}. */
	static Path case1After(Path tmp) throws IOException {
		return Fixtures.copy(Fixtures.case1().resolve("store_after"), tmp.resolve("store"));
	}

	// --- the disk fingerprint ------------------------------------------------------------------------------

	/**
	 * Every path under {@code dir} (files, folders, symbolic links; links are not followed) mapped to what it is:
	 * {@code sha256:<hex> size:<n>} for a file, {@code dir} for a folder, {@code link-> <target>} for a link,
	 * {@code other} for a named pipe or device.
	 */
	static Map<String, String> fingerprint(Path dir) {
		Map<String, String> out = new TreeMap<>();
		try {
			Files.walkFileTree(dir, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
					out.put(name(d), "dir");
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
					if (attrs.isSymbolicLink()) {
						out.put(name(f), "link-> " + Files.readSymbolicLink(f));
					} else if (attrs.isOther()) {
						out.put(name(f), "other"); // a named pipe or device: opening it could block
					} else {
						out.put(name(f), "sha256:" + sha256(f) + " size:" + attrs.size());
					}
					return FileVisitResult.CONTINUE;
				}

				private String name(Path p) {
					String rel = dir.relativize(p).toString();
					return rel.isEmpty() ? "." : rel;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	static String sha256(Path file) throws IOException {
		try {
			MessageDigest md = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 20];
			try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
				for (int n; (n = in.read(buffer)) > 0;) {
					md.update(buffer, 0, n);
				}
			}
			return HexFormat.of().formatHex(md.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Fails with the list of added, removed and changed paths when the two fingerprints differ. */
	static void assertUnchanged(Map<String, String> before, Map<String, String> after) {
		if (before.equals(after)) {
			return;
		}
		TreeSet<String> added = new TreeSet<>(after.keySet());
		added.removeAll(before.keySet());
		TreeSet<String> removed = new TreeSet<>(before.keySet());
		removed.removeAll(after.keySet());
		TreeSet<String> changed = new TreeSet<>();
		for (String k : before.keySet()) {
			if (after.containsKey(k) && !before.get(k).equals(after.get(k))) {
				changed.add(k);
			}
		}
		fail("a read must not modify anything on disk; added " + added + ", removed " + removed + ", changed " + changed);
	}

	// --- reading -------------------------------------------------------------------------------------------

	/**
	 * Fingerprints {@code watched} (the temp folder holding the store and anything outside it the test planted),
	 * reads {@code root}, runs {@code lazily} (the {@link LazyLoader} calls of the case), fingerprints again and
	 * asserts nothing changed. Any exception or error escaping the reader fails the test with its stack trace. With
	 * {@code -Dbadinput.print=true} the recorded problems are printed (to review the messages by eye).
	 */
	static Store readChecked(Path watched, Path root, Consumer<Store> lazily) {
		Map<String, String> before = fingerprint(watched);
		Store store;
		try {
			store = StoreReader.read(root);
		} catch (Throwable t) {
			throw new AssertionError("StoreReader.read must report bad files as problems, but threw:\n" + stackTrace(t), t);
		}
		assertNotNull(store, "StoreReader.read returned null");
		try {
			lazily.accept(store);
		} catch (Throwable t) {
			throw new AssertionError("LazyLoader must report bad files as problems, but threw:\n" + stackTrace(t), t);
		}
		assertUnchanged(before, fingerprint(watched));
		if (Boolean.getBoolean("badinput.print")) {
			System.out.println("PROBLEMS " + root + "\n" + describe(store));
		}
		return store;
	}

	static Store readChecked(Path watched, Path root) {
		return readChecked(watched, root, s -> {
		});
	}

	private static String stackTrace(Throwable t) {
		StringWriter w = new StringWriter();
		t.printStackTrace(new PrintWriter(w));
		return w.toString();
	}

	// --- problems ------------------------------------------------------------------------------------------

	/** All problems, one a line, for failure messages. */
	static String describe(Store store) {
		if (store.getProblems().isEmpty()) {
			return "(no problems recorded)";
		}
		return store.getProblems().stream().map(p -> "  " + p.getSeverity() + " [" + p.getPath() + "] line " + p.getLine() + ": "
				+ p.getMessage()).collect(Collectors.joining("\n"));
	}

	/**
	 * Asserts there is a problem of {@code severity} whose path is exactly {@code path} (relative, '/'-separated) and
	 * whose message contains every one of {@code fragments}; returns it.
	 */
	static StoreProblem assertProblem(Store store, String path, ProblemSeverity severity, String... fragments) {
		List<StoreProblem> onPath = store.getProblems().stream().filter(p -> path.equals(p.getPath())).toList();
		assertFalse(onPath.isEmpty(), "expected a problem naming " + path + "; recorded:\n" + describe(store));
		for (StoreProblem p : onPath) {
			boolean all = true;
			for (String f : fragments) {
				all &= p.getMessage() != null && p.getMessage().contains(f);
			}
			if (all && p.getSeverity() == severity) {
				assertReadable(p);
				return p;
			}
		}
		fail("expected a " + severity + " naming " + path + " whose message contains " + List.of(fragments) + "; recorded:\n"
				+ describe(store));
		return null;
	}

	/** Like {@link #assertProblem} but for any severity (where the right severity is the fixer's choice). */
	static StoreProblem assertProblemAnySeverity(Store store, String path, String... fragments) {
		for (ProblemSeverity severity : ProblemSeverity.values()) {
			boolean found = store.getProblems().stream().anyMatch(p -> path.equals(p.getPath()) && p.getSeverity() == severity
					&& List.of(fragments).stream().allMatch(f -> p.getMessage() != null && p.getMessage().contains(f)));
			if (found) {
				return assertProblem(store, path, severity, fragments);
			}
		}
		fail("expected a problem naming " + path + " whose message contains " + List.of(fragments) + "; recorded:\n"
				+ describe(store));
		return null;
	}

	/** A message a person can read: not empty, not a bare Java exception, one line. */
	static void assertReadable(StoreProblem p) {
		String m = p.getMessage();
		assertTrue(m != null && m.length() >= 10, "message too short to say what is wrong: " + m);
		assertFalse(m.contains("\n"), "message spans several lines: " + m);
		assertFalse(m.matches(".*\\b(java|com\\.fasterxml|net\\.razorvine)\\.[a-z.]+\\.[A-Z]\\w*(Exception|Error)\\b.*"),
				"message shows a Java exception class instead of saying what is wrong: " + m);
	}

	/** Every problem names one of {@code paths} (damage must not be blamed on other files). */
	static void assertProblemsOnlyOn(Store store, String... paths) {
		List<String> allowed = List.of(paths);
		for (StoreProblem p : store.getProblems()) {
			assertTrue(allowed.contains(p.getPath()), "unexpected problem on " + p.getPath() + " (expected only " + allowed
					+ "); recorded:\n" + describe(store));
		}
	}

	/** No problem at all of {@code severity} names {@code path}. */
	static void assertNoProblem(Store store, String path, ProblemSeverity severity) {
		for (StoreProblem p : store.getProblems()) {
			if (path.equals(p.getPath()) && p.getSeverity() == severity) {
				fail("expected no " + severity + " on " + path + "; recorded:\n" + describe(store));
			}
		}
	}

	static Session session(Store store, String id) {
		Session s = store.findSession(id);
		assertNotNull(s, "session " + id + " should still be loaded; sessions: "
				+ store.getSessions().stream().map(Session::getId).toList() + "; problems:\n" + describe(store));
		return s;
	}

	// --- damaging files ------------------------------------------------------------------------------------

	/** Replaces the one occurrence of {@code from} in a text file (fails when it is not there exactly once). */
	static void replaceOnce(Path file, String from, String to) throws IOException {
		String text = Files.readString(file);
		int at = text.indexOf(from);
		assertTrue(at >= 0 && text.indexOf(from, at + 1) < 0, file + " should contain exactly one " + from);
		Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
	}

	/** Keeps only the first {@code length} bytes. */
	static void truncate(Path file, long length) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		assertTrue(length < bytes.length, "truncation must shorten " + file);
		Files.write(file, java.util.Arrays.copyOf(bytes, (int) length));
	}

	// --- hostile .pt files ---------------------------------------------------------------------------------

	/**
	 * A torch-like {@code .pt} zip ({@code <top>/data.pkl}, {@code <top>/version}, stored) whose pickle is
	 * {@code os.system("touch <marker>")}: protocol 2, GLOBAL, BINUNICODE, TUPLE1, REDUCE, STOP. Built byte by byte,
	 * independent of the codec's writer.
	 */
	static byte[] osSystemPt(String top, Path marker) {
		return storedZip(Map.of(top + "/data.pkl", osSystemPickle(marker), top + "/version", "3\n".getBytes(StandardCharsets.US_ASCII)));
	}

	static byte[] osSystemPickle(Path marker) {
		ByteArrayOutputStream p = new ByteArrayOutputStream();
		p.write(0x80);
		p.write(2); // PROTO 2
		p.writeBytes("cos\nsystem\n".getBytes(StandardCharsets.US_ASCII)); // GLOBAL os.system
		byte[] arg = ("touch " + marker).getBytes(StandardCharsets.UTF_8);
		p.write('X'); // BINUNICODE
		for (int i = 0; i < 4; i++) {
			p.write(arg.length >>> (8 * i));
		}
		p.writeBytes(arg);
		p.write(0x85); // TUPLE1
		p.write('R'); // REDUCE
		p.write('.'); // STOP
		return p.toByteArray();
	}

	private static byte[] storedZip(Map<String, byte[]> unordered) {
		Map<String, byte[]> entries = new LinkedHashMap<>(new TreeMap<>(unordered));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				ZipEntry entry = new ZipEntry(e.getKey());
				CRC32 crc = new CRC32();
				crc.update(e.getValue());
				entry.setMethod(ZipEntry.STORED);
				entry.setSize(e.getValue().length);
				entry.setCompressedSize(e.getValue().length);
				entry.setCrc(crc.getValue());
				zip.putNextEntry(entry);
				zip.write(e.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static void assertEqualsHex(double expected, double actual, String what) {
		assertEquals(Double.toHexString(expected), Double.toHexString(actual), what);
	}
}
