package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and damaged files: each is refused with a {@link PtFormatException} that names the file and the problem,
 * never an unchecked exception, and nothing in them is ever run.
 */
class HostileInputTest {

	@TempDir
	Path tmp;

	private final TorchFileReader reader = new TorchFileReader();

	// --- code execution through globals -------------------------------------------------------------------

	@Test
	void osSystemIsRefusedAndNeverRuns() throws Exception {
		Path marker = tmp.resolve("pwned-by-os-system");
		byte[] pickle = new Crafted.Pickle().proto(2).global("os", "system").unicode("touch " + marker).op(0x85, 'R', '.')
				.bytes();
		Path file = Crafted.write(tmp, "base_checkpoint.pt", Crafted.ptWithPickle(pickle));

		PtFormatException e = refused(file, "refuses to load: pickle names global 'os.system', which is not on the allow-list");
		assertTrue(e.getMessage().contains("collections.OrderedDict, torch._utils._rebuild_tensor_v2, torch.FloatStorage"),
				e.getMessage());
		assertFalse(Files.exists(marker), "the payload ran");
		assertPayloadIsLive(pickle, marker);
	}

	@Test
	void builtinsEvalIsRefusedAndNeverRuns() throws Exception {
		Path marker = tmp.resolve("pwned-by-eval");
		byte[] pickle = new Crafted.Pickle().proto(2).global("builtins", "eval")
				.unicode("__import__('os').system('touch " + marker + "')").op(0x85, 'R', '.').bytes();
		Path file = Crafted.write(tmp, "plastic_state.pt", Crafted.ptWithPickle(pickle));

		refused(file, "refuses to load: pickle names global 'builtins.eval', which is not on the allow-list");
		assertFalse(Files.exists(marker), "the payload ran");
		assertPayloadIsLive(pickle, marker);
	}

	@Test
	void subprocessPopenIsRefusedAndNeverRuns() throws Exception {
		Path marker = tmp.resolve("pwned-by-popen");
		// subprocess.Popen(['touch', marker])
		byte[] pickle = new Crafted.Pickle().proto(2).global("subprocess", "Popen").op(']', '(').unicode("touch")
				.unicode(marker.toString()).op('e', 0x85, 'R', '.').bytes();
		Path file = Crafted.write(tmp, "optim_state.pt", Crafted.ptWithPickle(pickle));

		refused(file, "refuses to load: pickle names global 'subprocess.Popen', which is not on the allow-list");
		Thread.sleep(200);
		assertFalse(Files.exists(marker), "the payload ran");
		assertPayloadIsLive(pickle, marker);
	}

	@Test
	void stackGlobalOfProtocol4IsCheckedToo() throws IOException {
		byte[] pickle = new Crafted.Pickle().proto(4).shortUnicode("os").shortUnicode("system").op(0x93)
				.shortUnicode("true").op(0x85, 'R', '.').bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "pickle names global 'os.system'");
	}

	@Test
	void aGlobalIsRefusedWhenNamedBeforeItCouldBeCalled() throws IOException {
		// the stream ends right after the GLOBAL: refusing it must not wait for a REDUCE (or for a well-formed file)
		byte[] pickle = new Crafted.Pickle().proto(2).global("os", "system").bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "pickle names global 'os.system'");
	}

	@Test
	void instOpcodeNamingAGlobalIsRefusedByName() throws IOException {
		byte[] pickle = new Crafted.Pickle().op('(').unicode("true").raw("ios\nsystem\n").op('.').bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "pickle names global 'os.system'");
	}

	@Test
	void aHostileGlobalDeepInsideARealTorchFileIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		String pickle = new String(entries.get("plastic_state/data.pkl"), StandardCharsets.ISO_8859_1);
		assertTrue(pickle.contains("collections\nOrderedDict\n"));
		// the third global of the stream, after two allowed ones have been accepted
		entries.put("plastic_state/data.pkl", pickle.replace("collections\nOrderedDict\n", "posix\nsystem\n")
				.getBytes(StandardCharsets.ISO_8859_1));
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "pickle names global 'posix.system'");
	}

	@Test
	void everyOtherGlobalIsRefusedByName() throws IOException {
		// includes names Pyrolite itself would construct (copy_reg._reconstructor, builtins.set, datetime, decimal)
		// and torch names that are harmless but not needed (so not accepted)
		List<String> names = List.of("posix.system", "builtins.getattr", "builtins.exec", "builtins.__import__",
				"__builtin__.set", "builtins.set", "copy_reg._reconstructor", "copyreg._reconstructor",
				"datetime.datetime", "decimal.Decimal", "torch._utils._rebuild_parameter", "torch.DoubleStorage",
				"torch.storage._load_from_bytes", "torch.serialization._get_layout", "numpy.core.multiarray._reconstruct",
				"collections.defaultdict", "torch._utils._rebuild_tensor_v3");
		List<Executable> checks = new ArrayList<>();
		for (String qualified : names) {
			int dot = qualified.lastIndexOf('.');
			byte[] pickle = new Crafted.Pickle().proto(2).global(qualified.substring(0, dot), qualified.substring(dot + 1))
					.op(')', 'R', '.').bytes();
			Path file = Crafted.write(tmp, "g" + checks.size() + ".pt", Crafted.ptWithPickle(pickle));
			checks.add(() -> refused(file, "pickle names global '" + qualified + "', which is not on the allow-list"));
		}
		assertAll(checks);
	}

	@Test
	void allowedGlobalsCannotBeMisused() throws IOException {
		// FloatStorage is allowed only inside a persistent id, not as something to call
		byte[] call = new Crafted.Pickle().proto(2).global("torch", "FloatStorage").op(')', 'R', '.').bytes();
		refused(Crafted.write(tmp, "a.pt", Crafted.ptWithPickle(call)), "torch.FloatStorage may only appear inside a storage persistent id");
		// an allowed global left as a value (it would be a class object in Python)
		byte[] value = new Crafted.Pickle().proto(2).global("collections", "OrderedDict").op('.').bytes();
		refused(Crafted.write(tmp, "b.pt", Crafted.ptWithPickle(value)), "global collections.OrderedDict, which a state file cannot hold");
		// NEWOBJ on an allowed class is still an opcode torch state files do not use
		byte[] newobj = new Crafted.Pickle().proto(2).global("collections", "OrderedDict").op(')', 0x81, '.').bytes();
		refused(Crafted.write(tmp, "c.pt", Crafted.ptWithPickle(newobj)), "opcode NEWOBJ");
		// BUILD on a plain dict would be setattr on an arbitrary object in Python
		byte[] build = new Crafted.Pickle().proto(2).op('}', '}').op('b', '.').bytes();
		refused(Crafted.write(tmp, "d.pt", Crafted.ptWithPickle(build)), "BUILD (set object state) on a dict");
	}

	// --- malformed pickles ---------------------------------------------------------------------------------

	@Test
	void hugeDeclaredStringLengthIsRefusedBeforeAllocating() throws IOException {
		byte[] pickle = new Crafted.Pickle().proto(2).op('X').le32(0x7FFF_FFF0).raw("abc.").bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "declares a 2147483632-byte item but only 4 bytes follow");
	}

	@Test
	void aListContainingItselfIsRefused() throws IOException {
		byte[] pickle = new Crafted.Pickle().proto(2).op(']', 'q', 0, 'h', 0, 'a', '.').bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "contains itself");
	}

	@Test
	void opcodesTorchNeverWritesAreRefused() throws IOException {
		byte[] bytes = new Crafted.Pickle().proto(3).op('C', 3).raw("abc.").bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(bytes)), "opcode SHORT_BINBYTES (0x43)");
	}

	@Test
	void truncatedPickleIsRefused() throws IOException {
		byte[] pickle = new Crafted.Pickle().proto(2).op('}', '(').unicode("W_u").bytes();
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "data.pkl is not a valid torch pickle");
	}

	@Test
	void aPathLikeStorageKeyIsRefused() throws IOException {
		byte[] pickle = Crafted.tensorPickle("../../etc/passwd", 1, 0, new int[] { 1 }, new int[] { 1 });
		refused(Crafted.write(tmp, "x.pt", Crafted.ptWithPickle(pickle)), "storage key ../../etc/passwd is not a plain name");
	}

	// --- damaged or hostile zip containers -----------------------------------------------------------------

	@Test
	void dotDotEntryIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.put("../evil", "boo".getBytes(StandardCharsets.US_ASCII));
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "zip entry '../evil' contains a '..' path segment");
	}

	@Test
	void dotDotInsideTheTopFolderIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.put("plastic_state/data/../../evil", new byte[4]);
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "contains a '..' path segment");
	}

	@Test
	void absoluteEntryIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.put("/etc/evil", new byte[4]);
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "zip entry '/etc/evil' is an absolute path");
	}

	@Test
	void twoTopFoldersAreRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.put("other/data.pkl", new byte[] { '.' });
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "has more than one top folder (plastic_state, other)");
	}

	@Test
	void duplicateEntriesAreRefused() throws IOException {
		StoredZipWriter zip = new StoredZipWriter();
		byte[] pickle = new Crafted.Pickle().proto(2).op('N', '.').bytes();
		zip.add("archive/data.pkl", pickle);
		zip.add("archive/data.pkl", pickle);
		zip.add("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
		refused(Crafted.write(tmp, "x.pt", zip.finish()), "zip entry 'archive/data.pkl' appears twice");
	}

	@Test
	void missingDataPklIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.remove("plastic_state/data.pkl");
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "it has no 'plastic_state/data.pkl' entry");
	}

	@Test
	void missingVersionIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.remove("plastic_state/version");
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)), "it has no 'plastic_state/version' entry");
	}

	@Test
	void truncatedFileIsRefused() throws IOException {
		byte[] whole = Files.readAllBytes(PtFixtures.get(PtFixtures.TORCH291_BASE));
		Path file = Crafted.write(tmp, "base_checkpoint.pt", Arrays.copyOf(whole, whole.length * 6 / 10));
		refused(file, "is not a readable zip archive");
	}

	@Test
	void randomBytesAreRefused() throws IOException {
		byte[] noise = new byte[4096];
		new Random(42).nextBytes(noise);
		refused(Crafted.write(tmp, "noise.pt", noise), "is not a readable zip archive");
	}

	@Test
	void emptyFileIsRefused() throws IOException {
		refused(Crafted.write(tmp, "empty.pt", new byte[0]), "is not a readable zip archive");
	}

	@Test
	void storageSizeMismatchIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		byte[] b = entries.get("plastic_state/data/1");
		entries.put("plastic_state/data/1", Arrays.copyOf(b, b.length - 4));
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)),
				"storage '1' should hold 512 float32 values (2048 bytes) but entry 'plastic_state/data/1' has 2044 bytes");
	}

	@Test
	void missingStorageEntryIsRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.remove("plastic_state/data/1");
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)),
				"pickle refers to storage '1' but there is no entry 'plastic_state/data/1'");
	}

	@Test
	void hugeDeclaredSizeIsRefusedBeforeReading() throws IOException {
		byte[] zip = Crafted.zip(Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC)), false);
		byte[] patched = Crafted.withDeclaredSize(zip, "plastic_state/data/1", 0x7FFF_0000L);
		refused(Crafted.write(tmp, "plastic_state.pt", patched),
				"zip entry 'plastic_state/data/1' declares 2147418112 bytes, more than the limit of 268435456");
	}

	@Test
	void zipBombIsRefusedByDeclaredSize() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("archive/data.pkl", new Crafted.Pickle().proto(2).op('N', '.').bytes());
		entries.put("archive/data/0", new byte[4 << 20]); // 4 MiB of zeros deflate to a few KB
		entries.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
		Path file = Crafted.write(tmp, "bomb.pt", Crafted.zip(entries, false));
		assertTrue(Files.size(file) < 64 << 10, "the bomb is small on disk");
		PtLimits oneMiB = new PtLimits(16, 1 << 20, 2 << 20, 1 << 20, 1 << 18, 1 << 18);
		PtFormatException e = assertThrows(PtFormatException.class, () -> new TorchFileReader(oneMiB).read(file));
		assertEquals(file + ": zip entry 'archive/data/0' declares 4194304 bytes, more than the limit of 1048576", e.getMessage());
	}

	@Test
	void totalDeclaredSizeIsCapped() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("archive/data.pkl", new Crafted.Pickle().proto(2).op('N', '.').bytes());
		for (int i = 0; i < 4; i++) {
			entries.put("archive/data/" + i, new byte[600 << 10]);
		}
		entries.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
		Path file = Crafted.write(tmp, "many.pt", Crafted.zip(entries, false));
		PtLimits limits = new PtLimits(16, 1 << 20, 2 << 20, 1 << 20, 1 << 18, 1 << 18);
		PtFormatException e = assertThrows(PtFormatException.class, () -> new TorchFileReader(limits).read(file));
		assertTrue(e.getMessage().contains("zip entries declare more than 2097152 bytes in all"), e.getMessage());
	}

	@Test
	void anEntryHoldingMoreThanItDeclaresIsRefused() throws IOException {
		byte[] zip = Crafted.zip(Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC)), false);
		byte[] patched = Crafted.withDeclaredSize(zip, "plastic_state/data.pkl", 100);
		refused(Crafted.write(tmp, "plastic_state.pt", patched), "zip entry 'plastic_state/data.pkl'");
	}

	@Test
	void corruptedStoredDataFailsTheCrcCheck() throws IOException {
		byte[] zip = Crafted.zip(Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC)), true);
		WriterFormatTest.LocalEntry data1 = WriterFormatTest.localEntries(zip).stream()
				.filter(e -> e.name().equals("plastic_state/data/1")).findFirst().orElseThrow();
		zip[data1.dataOffset() + 5] ^= 0x40;
		refused(Crafted.write(tmp, "plastic_state.pt", zip), "zip entry 'plastic_state/data/1' fails its CRC check");
	}

	@Test
	void bigEndianFilesAreRefused() throws IOException {
		Map<String, byte[]> entries = Crafted.entries(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		entries.put("plastic_state/byteorder", "big".getBytes(StandardCharsets.US_ASCII));
		refused(Crafted.write(tmp, "plastic_state.pt", Crafted.zip(entries, true)),
				"stores tensors with byte order 'big'; only little-endian files are read");
	}

	@Test
	void compressedEntriesAreReadNormally() throws IOException {
		Path fixture = PtFixtures.get(PtFixtures.TORCH291_S1_OPTIM);
		Path deflated = Crafted.write(tmp, "optim_state.pt", Crafted.zip(Crafted.entries(fixture), false));
		assertEquals(Describe.of(reader.read(fixture)), Describe.of(reader.read(deflated)));
	}

	@Test
	void aMissingFileIsAnIoErrorNotAFormatProblem() {
		IOException e = assertThrows(IOException.class, () -> reader.read(tmp.resolve("missing.pt")));
		assertFalse(e instanceof PtFormatException, e.toString());
	}

	// --- helpers -------------------------------------------------------------------------------------------

	private PtFormatException refused(Path file, String expectedPart) {
		PtFormatException e = assertThrows(PtFormatException.class, () -> reader.read(file), file.toString());
		assertTrue(e.getMessage().startsWith(file + ": "), "message must name the file: " + e.getMessage());
		assertTrue(e.getMessage().contains(expectedPart), "expected «" + expectedPart + "» in: " + e.getMessage());
		return e;
	}

	/**
	 * Proves the payload is real: Python's own unpickler does create the marker. Without this, a payload that never
	 * worked would make "the marker was not created" pass for the wrong reason.
	 */
	private void assertPayloadIsLive(byte[] pickle, Path marker) throws IOException, InterruptedException {
		if (!TorchOracle.pythonForOptionalCheck()) {
			return;
		}
		Path pkl = Files.write(tmp.resolve("payload.pkl"), pickle);
		TorchOracle.run(List.of(TorchOracle.PYTHON.toString(), "-c",
				"import pickle, sys; pickle.loads(open(sys.argv[1], 'rb').read())", pkl.toString()));
		for (int i = 0; i < 50 && !Files.exists(marker); i++) {
			Thread.sleep(100); // Popen returns before its child has run
		}
		assertTrue(Files.exists(marker), "the crafted payload should be effective in Python, so its refusal matters");
	}
}
