package ttt.workbench.store.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.test.support.Fixtures;

/** {@link SessionZipWriter} and {@link SessionZipReader} on the torch 2.9.1 fixture store: round trips and hostile zips. */
class SessionZipTest {

	@TempDir
	Path tmp;

	private Path source() throws IOException {
		return Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("source"));
	}

	private Path exportS1b() throws IOException {
		Path zip = tmp.resolve("out/s1b.zip");
		SessionZipWriter.exportSessions(source(), List.of("s1b"), zip, SessionZipWriter.Monitor.NONE);
		return zip;
	}

	// --- round trip ------------------------------------------------------------------------------------------------

	@Test
	void aForkTravelsWithItsLineageAndBaseIntoAnEmptyStoreByteForByte() throws IOException {
		Path src = source();
		Path zip = tmp.resolve("s1b.zip");
		SessionZip.Contents c = SessionZipWriter.exportSessions(src, List.of("s1b"), zip, SessionZipWriter.Monitor.NONE);
		assertEquals(List.of("s1", "s1b"), c.sessions(), "the fork's root comes along, before it");
		assertEquals(List.of("s1b"), c.selected());
		Set<String> names = zipNames(zip);
		assertTrue(names.contains(SessionZip.MANIFEST));
		assertTrue(names.contains("base/base_checkpoint.pt") && names.contains("base/base_meta.json"), names.toString());
		assertTrue(names.contains("sessions/s1/runs/s1_1768677462_seed2/per_step.csv"), names.toString());
		assertFalse(names.contains("sessions/index.json"), "the index is the target store's business");

		Path target = tmp.resolve("fresh-store");
		SessionZipReader.Preview preview = SessionZipReader.preview(zip, target, null);
		assertTrue(preview.baseImported());
		assertEquals(List.of("s1", "s1b"), preview.imported());
		SessionZipReader.Result r = SessionZipReader.importZip(zip, target, null, null, SessionZipWriter.Monitor.NONE);

		assertEquals(List.of("s1", "s1b"), r.imported());
		assertTrue(r.baseImported());
		Map<String, String> expected = files(src, "base", "sessions/s1", "sessions/s1b");
		Map<String, String> actual = files(target, "base", "sessions/s1", "sessions/s1b");
		assertEquals(expected.keySet(), actual.keySet());
		for (String f : expected.keySet()) {
			assertArrayEquals(Files.readAllBytes(src.resolve(f)), Files.readAllBytes(target.resolve(f)), f + " byte for byte");
		}
		Store store = StoreReader.read(target);
		assertEquals("s1", store.findSession("s1b").getParent().getId(), "the lineage is whole in the new store");
		assertEquals(StoreReader.read(src).getBase().getModelSignature(), store.getBase().getModelSignature());
		JsonNode index = PythonJsonReader.parse(Files.readAllBytes(new StoreLayout(target).index()), target);
		assertEquals(Set.of("s1", "s1b"), keys(index.get("sessions")));
		assertFalse(r.notes().stream().anyMatch(n -> n.startsWith("WARNING")), r.notes().toString());
		assertEquals(Set.of(), listing(target.resolve(".staging")), "nothing left in the staging folder");
	}

	@Test
	void theSameZipGivesTheSameBytes() throws IOException {
		Path src = source();
		SessionZipWriter.exportSessions(src, List.of("s1b"), tmp.resolve("a.zip"), SessionZipWriter.Monitor.NONE);
		SessionZipWriter.exportSessions(src, List.of("s1b"), tmp.resolve("b.zip"), SessionZipWriter.Monitor.NONE);
		assertEquals(entriesWithoutManifest(tmp.resolve("a.zip")), entriesWithoutManifest(tmp.resolve("b.zip")));
	}

	@Test
	void intoAStoreThatHasTheSessionsIdenticalIsNothingToDoAndRenamedIsACopy() throws IOException {
		Path zip = exportS1b();
		Path target = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("same-base"));
		SessionZipReader.Preview p = SessionZipReader.preview(zip, target, null);
		assertEquals(List.of("s1", "s1b"), p.identical(), "byte-identical sessions are recognised");
		assertEquals(List.of(), p.clashes());
		SessionZipException nothing = refused(zip, target, null);
		assertTrue(nothing.getMessage().contains("nothing the store does not already have"), nothing.getMessage());

		SessionZipReader.Result r = SessionZipReader.importZip(zip, target, "-copy", null, SessionZipWriter.Monitor.NONE);
		assertEquals(List.of("s1-copy", "s1b-copy"), r.imported());
		Store store = StoreReader.read(target);
		Session child = store.findSession("s1b-copy");
		assertEquals("s1-copy", child.getParent().getId(), "the parent id was renamed with the child");
		assertEquals("s1-copy", child.getRootId());
		assertEquals(4, store.getSessions().size());
		assertArrayEquals(Files.readAllBytes(target.resolve("sessions/s1/plastic_state.pt")),
				Files.readAllBytes(target.resolve("sessions/s1-copy/plastic_state.pt")));
	}

	@Test
	void aClashWithOtherContentsIsRefusedUnlessRenamed() throws IOException {
		Path zip = exportS1b();
		Path target = Fixtures.copy(Fixtures.torch291Store(), tmp.resolve("clash"));
		Files.writeString(target.resolve("sessions/s1b/metrics.json"), Files.readString(target.resolve("sessions/s1b/metrics.json")) + " ");
		SessionZipReader.Preview p = SessionZipReader.preview(zip, target, null);
		assertEquals(List.of("s1b"), p.clashes());
		SessionZipException e = refused(zip, target, null);
		assertTrue(e.getMessage().contains("s1b") && e.getMessage().contains("rename suffix"), e.getMessage());
	}

	@Test
	void anotherBaseIsRefused() throws IOException {
		Path zip = exportS1b();
		Path target = Fixtures.copy(Fixtures.case1().resolve("store_before"), tmp.resolve("case1"));
		SessionZipException e = refused(zip, target, null);
		assertTrue(e.getMessage().contains("another base"), e.getMessage());
	}

	@Test
	void aSweepTravelsWithItsSessionsAndManifest() throws IOException {
		Path src = source();
		Path sweep = Files.createDirectories(src.resolve("sweeps/tiny"));
		Files.writeString(sweep.resolve("manifest.json"), "{\"name\": \"tiny\", \"points\": [{\"point\": 0, \"session_id\": \"s1b\"}]}\n");
		Files.writeString(sweep.resolve("spec.yaml"), "name: tiny\n");
		assertEquals(List.of("tiny"), SessionZipWriter.sweeps(src));
		Path zip = tmp.resolve("sweep.zip");
		SessionZip.Contents c = SessionZipWriter.exportSweep(src, "tiny", zip, SessionZipWriter.Monitor.NONE);
		assertEquals("tiny", c.sweep());
		assertEquals(List.of("s1", "s1b"), c.sessions());

		Path target = tmp.resolve("sweep-store");
		SessionZipReader.importZip(zip, target, null, null, SessionZipWriter.Monitor.NONE);
		assertArrayEquals(Files.readAllBytes(sweep.resolve("manifest.json")), Files.readAllBytes(target.resolve("sweeps/tiny/manifest.json")));
		assertArrayEquals(Files.readAllBytes(sweep.resolve("spec.yaml")), Files.readAllBytes(target.resolve("sweeps/tiny/spec.yaml")));

		SessionZipReader.importZip(zip, target, "-2", null, SessionZipWriter.Monitor.NONE);
		JsonNode renamed = PythonJsonReader.parse(Files.readAllBytes(target.resolve("sweeps/tiny-2/manifest.json")), target);
		assertEquals("s1b-2", renamed.get("points").get(0).get("session_id").textValue());
		assertEquals("tiny-2", renamed.get("name").textValue());
	}

	// --- hostile zips ----------------------------------------------------------------------------------------------

	@Test
	void zipSlipAbsoluteAndBackslashNamesAreRefusedByName() throws IOException {
		Path good = exportS1b();
		for (String evil : List.of("sessions/s1b/../../evil.json", "../evil.json", "/etc/evil.json", "C:/evil.json",
				"sessions\\s1b\\meta.json", "sessions/s1b/runs/r1/../../../x.csv", "sessions/s1b/notes.txt")) {
			Path zip = rebuild(good, "evil-" + Math.abs(evil.hashCode()) + ".zip", m -> m.put(evil, "{}".getBytes(StandardCharsets.UTF_8)));
			SessionZipException e = refused(zip, tmp.resolve("t-" + Math.abs(evil.hashCode())), null);
			assertEquals(evil, e.entry(), e.getMessage());
		}
	}

	@Test
	void aSymbolicLinkEntryIsRefused() throws IOException {
		Path good = exportS1b();
		Path zip = rebuild(good, "link.zip", m -> m.put("sessions/s1b/runs/r1/per_step.csv", "/etc/passwd".getBytes(StandardCharsets.UTF_8)));
		markSymlink(zip, "sessions/s1b/runs/r1/per_step.csv");
		SessionZipException e = refused(zip, tmp.resolve("t-link"), null);
		assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
	}

	@Test
	void picklesOutsideTheAllowListAndHostilePicklesInsideItAreRefused() throws IOException {
		Path good = exportS1b();
		Path extra = rebuild(good, "extra-pt.zip", m -> m.put("sessions/s1b/model.pt", new byte[] { 1, 2, 3 }));
		SessionZipException e = refused(extra, tmp.resolve("t-extra"), null);
		assertTrue(e.getMessage().contains("allow-list"), e.getMessage());

		Path marker = tmp.resolve("pwned");
		Path hostile = rebuild(good, "hostile.zip", m -> m.put("sessions/s1b/plastic_state.pt", Phase0Fixture.hostilePt(marker)));
		Path target = tmp.resolve("t-hostile");
		SessionZipException h = refused(hostile, target, null);
		assertEquals("sessions/s1b/plastic_state.pt", h.entry(), h.getMessage());
		assertFalse(Files.exists(marker), "the payload ran");
		assertFalse(Files.exists(target.resolve("sessions/s1")), "no half import: s1 (fine on its own) was not left behind");
		assertFalse(Files.exists(target.resolve("base")), "nor the base");
	}

	@Test
	void hugeEntriesAreRefused() throws IOException {
		Path zip = exportS1b();
		SessionZip.Limits small = new SessionZip.Limits(1000, 1L << 30, 1000);
		Path target = tmp.resolve("t-huge");
		SessionZipException e = assertThrows(SessionZipException.class,
				() -> SessionZipReader.importZip(zip, target, null, null, SessionZipWriter.Monitor.NONE, small));
		assertTrue(e.getMessage().contains("allowed per file"), e.getMessage());
		assertFalse(Files.exists(target.resolve("sessions")));
	}

	@Test
	void aTamperedFileOrAMissingManifestIsRefused() throws IOException {
		Path good = exportS1b();
		Path tampered = tmp.resolve("tampered.zip");
		Map<String, byte[]> entries = read(good);
		entries.put("sessions/s1b/metrics.json", "{}".getBytes(StandardCharsets.UTF_8));
		write(tampered, entries);
		SessionZipException e = refused(tampered, tmp.resolve("t-tampered"), null);
		assertEquals("sessions/s1b/metrics.json", e.entry());
		assertTrue(e.getMessage().contains("SHA-256"), e.getMessage());

		Map<String, byte[]> noManifest = read(good);
		noManifest.remove(SessionZip.MANIFEST);
		Path bare = tmp.resolve("bare.zip");
		write(bare, noManifest);
		assertTrue(refused(bare, tmp.resolve("t-bare"), null).getMessage().contains("not a session zip"));

		Path notZip = Files.writeString(tmp.resolve("not.zip"), "hello");
		assertTrue(refused(notZip, tmp.resolve("t-notzip"), null).getMessage().contains("not a zip"));
	}

	@Test
	void aSessionWhoseParentIsNotInTheZipIsRefused() throws IOException {
		Path good = exportS1b();
		Path zip = rebuild(good, "orphan.zip", m -> m.keySet().removeIf(k -> k.startsWith("sessions/s1/")), "s1b");
		SessionZipException e = refused(zip, tmp.resolve("t-orphan"), null);
		assertTrue(e.getMessage().contains("lineage"), e.getMessage());
		assertFalse(Files.exists(tmp.resolve("t-orphan/sessions/s1b")));
	}

	// --- helpers -----------------------------------------------------------------------------------------------------

	/** Imports expecting a refusal; the store's base, sessions, sweeps and index must be unchanged. */
	private SessionZipException refused(Path zip, Path target, String suffix) throws IOException {
		Files.createDirectories(target); // an empty folder: a store to be
		Map<String, String> before = withoutLocksAndStaging(Phase0Fixture.snapshot(target));
		SessionZipException e = assertThrows(SessionZipException.class,
				() -> SessionZipReader.importZip(zip, target, suffix, null, SessionZipWriter.Monitor.NONE));
		assertEquals(before, withoutLocksAndStaging(Phase0Fixture.snapshot(target)), "the store changed: " + e.getMessage());
		assertEquals(Set.of(), listing(target.resolve(".staging")), "staging left behind");
		return e;
	}

	private static Map<String, String> withoutLocksAndStaging(Map<String, String> snapshot) {
		Map<String, String> out = new TreeMap<>(snapshot);
		out.keySet().removeIf(k -> k.startsWith(".locks") || k.startsWith(".staging"));
		return out;
	}

	/** The zip's entries with some changed, and a manifest that lists them truthfully (so only the change is wrong). */
	private Path rebuild(Path zip, String name, Consumer<Map<String, byte[]>> change, String... sessions) throws IOException {
		Map<String, byte[]> entries = read(zip);
		JsonNode old = PythonJsonReader.parse(entries.remove(SessionZip.MANIFEST), zip);
		change.accept(entries);
		ObjectNode manifest = old.deepCopy();
		if (sessions.length > 0) {
			ArrayNode ids = manifest.putArray("sessions");
			List.of(sessions).forEach(ids::add);
		}
		ArrayNode files = manifest.putArray("files");
		entries.forEach((path, bytes) -> files.addObject().put("path", path).put("bytes", bytes.length).put("sha256",
				SessionZipWriter.sha256(bytes)));
		entries.put(SessionZip.MANIFEST, PythonJsonWriter.pretty(manifest).getBytes(StandardCharsets.UTF_8));
		Path out = tmp.resolve(name);
		write(out, entries);
		return out;
	}

	private static Map<String, byte[]> read(Path zip) throws IOException {
		Map<String, byte[]> out = new LinkedHashMap<>();
		try (ZipFile z = new ZipFile(zip.toFile())) {
			for (ZipEntry e : java.util.Collections.list(z.entries())) {
				out.put(e.getName(), z.getInputStream(e).readAllBytes());
			}
		}
		return out;
	}

	private static void write(Path zip, Map<String, byte[]> entries) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				out.putNextEntry(new ZipEntry(e.getKey()));
				out.write(e.getValue());
				out.closeEntry();
			}
		}
	}

	/** Sets the central directory record of {@code name} to "made by Unix, mode lrwxrwxrwx", as `zip -y` writes links. */
	private static void markSymlink(Path zip, String name) throws IOException {
		byte[] bytes = Files.readAllBytes(zip);
		byte[] target = name.getBytes(StandardCharsets.UTF_8);
		ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i + 46 < bytes.length; i++) {
			if (b.getInt(i) == 0x02014b50 && Short.toUnsignedInt(b.getShort(i + 28)) == target.length
					&& java.util.Arrays.equals(bytes, i + 46, i + 46 + target.length, target, 0, target.length)) {
				b.putShort(i + 4, (short) 0x0314);
				b.putInt(i + 38, 0120777 << 16);
				Files.write(zip, bytes);
				return;
			}
		}
		throw new IllegalStateException("no central record for " + name);
	}

	private static Set<String> zipNames(Path zip) throws IOException {
		return new TreeSet<>(read(zip).keySet());
	}

	private static Map<String, String> entriesWithoutManifest(Path zip) throws IOException {
		Map<String, String> out = new TreeMap<>();
		read(zip).forEach((k, v) -> {
			if (!k.equals(SessionZip.MANIFEST)) {
				out.put(k, SessionZipWriter.sha256(v));
			}
		});
		return out;
	}

	private static Map<String, String> files(Path root, String... dirs) throws IOException {
		Map<String, String> out = new TreeMap<>();
		for (String d : dirs) {
			try (Stream<Path> walk = Files.walk(root.resolve(d))) {
				for (Path p : (Iterable<Path>) walk::iterator) {
					if (Files.isRegularFile(p)) {
						out.put(root.relativize(p).toString(), "");
					}
				}
			}
		}
		return out;
	}

	private static Set<String> listing(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return Set.of();
		}
		try (Stream<Path> list = Files.list(dir)) {
			return new TreeSet<>(list.map(p -> p.getFileName().toString()).toList());
		}
	}

	private static Set<String> keys(JsonNode node) {
		Set<String> out = new TreeSet<>();
		node.fieldNames().forEachRemaining(out::add);
		return out;
	}
}
