package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bytes on disk: torch's zip layout, walked header by header without the codec's own reader. */
class WriterFormatTest {

	@TempDir
	Path tmp;

	record LocalEntry(String name, int flags, int method, long crc, long size, int dataOffset, byte[] data) {
	}

	@Test
	void entriesAreStoredAlignedAndCarryTheirSizeAndCrc() throws IOException {
		Path file = tmp.resolve("plastic_state.pt");
		RoundTripTest.randomPlastic(new Random(1)).write(file);
		byte[] bytes = Files.readAllBytes(file);
		List<LocalEntry> entries = localEntries(bytes);

		assertEquals(List.of("plastic_state/data.pkl", "plastic_state/byteorder", "plastic_state/data/0",
				"plastic_state/data/1", "plastic_state/data/2", "plastic_state/version"),
				entries.stream().map(LocalEntry::name).toList());
		for (LocalEntry e : entries) {
			assertEquals(0, e.method(), e.name() + " must be stored");
			assertEquals(0, e.flags() & 0x08, e.name() + " must not use a data descriptor");
			assertEquals(0, e.dataOffset() % 64, e.name() + " data must start on a 64-byte boundary");
			CRC32 crc = new CRC32();
			crc.update(e.data());
			assertEquals(crc.getValue(), e.crc(), e.name() + " CRC in the local header");
		}
		assertEquals("3\n", new String(entries.get(5).data(), StandardCharsets.US_ASCII));
		assertEquals("little", new String(entries.get(1).data(), StandardCharsets.US_ASCII));
		assertEquals(16 * 6 * 4, entries.get(2).size());
		assertEquals(32 * 16 * 4, entries.get(3).size());
	}

	@Test
	void topFolderIsTheFileStemAsTorchNamesIt() {
		assertEquals("plastic_state", TorchFileWriter.topFolderFor(Path.of("x/plastic_state.pt")));
		assertEquals("my.weights", TorchFileWriter.topFolderFor(Path.of("my.weights.pt")));
		assertEquals("noext", TorchFileWriter.topFolderFor(Path.of("noext")));
		assertEquals("archive", TorchFileWriter.topFolderFor(Path.of("...pt")));
	}

	@Test
	void paddingIsZeroOrAWholeExtraField() {
		for (long end = 0; end < 300; end++) {
			int pad = StoredZipWriter.padding(end);
			assertEquals(0, (end + pad) % 64, "header end " + end);
			assertTrue(pad == 0 || pad >= 4, "an extra field needs 4 header bytes, got " + pad);
		}
	}

	@Test
	void sameValueGivesSameBytes() throws IOException {
		BaseCheckpoint base = BaseCheckpoint.read(PtFixtures.get(PtFixtures.TORCH291_BASE));
		Path a = tmp.resolve("a/base_checkpoint.pt"), b = tmp.resolve("b/base_checkpoint.pt");
		Files.createDirectories(a.getParent());
		Files.createDirectories(b.getParent());
		base.write(a);
		base.write(b);
		assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
	}

	@Test
	void writeReplacesAtomicallyAndLeavesNoTempFile() throws IOException {
		Path file = tmp.resolve("plastic_state.pt");
		PlasticState first = RoundTripTest.randomPlastic(new Random(1));
		PlasticState second = RoundTripTest.randomPlastic(new Random(2));
		first.write(file);
		second.write(file);
		assertEquals(second, PlasticState.read(file));
		assertEquals(List.of(file), listDir());
	}

	@Test
	void aValueThatCannotBeWrittenLeavesTheOldFileUntouched() throws IOException {
		Path file = tmp.resolve("plastic_state.pt");
		RoundTripTest.randomPlastic(new Random(1)).write(file);
		byte[] before = Files.readAllBytes(file);
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("W_u", FloatTensor.zeros(2, 2));
		bad.put("oops", new Object());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TorchFileWriter().write(file, bad));
		assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(List.of(file), listDir());
	}

	@Test
	void unhashableKeysAndCyclesAreRefused() {
		Map<Object, Object> listKey = new LinkedHashMap<>();
		listKey.put(new ArrayList<>(List.of(1L)), 1L);
		assertThrows(IllegalArgumentException.class, () -> TorchFileWriter.toBytes("x", listKey));
		List<Object> cycle = new ArrayList<>();
		cycle.add(cycle);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TorchFileWriter.toBytes("x", cycle));
		assertTrue(e.getMessage().contains("contains itself"), e.getMessage());
	}

	@Test
	void javaIntegersAndFloatsBecomePythonIntsAndFloats() throws IOException {
		Path file = tmp.resolve("v.pt");
		new TorchFileWriter().write(file, Arrays.asList(1, (short) 2, (byte) 3, 4L, 1.5f, 2.5));
		assertEquals(List.of(1L, 2L, 3L, 4L, 1.5, 2.5), new TorchFileReader().read(file));
	}

	@Test
	void sharedTensorInstancesAreWrittenAsSeparateStorages() throws IOException {
		FloatTensor t = FloatTensor.vector(1f, 2f);
		Path file = tmp.resolve("shared.pt");
		new TorchFileWriter().write(file, List.of(t, t));
		assertEquals(List.of(t, t), new TorchFileReader().read(file));
		assertTrue(Crafted.entries(file).containsKey("shared/data/1"));
	}

	private List<Path> listDir() throws IOException {
		try (Stream<Path> s = Files.list(tmp)) {
			return s.toList();
		}
	}

	/** Walks local file headers from offset 0, trusting only what each local header says. */
	static List<LocalEntry> localEntries(byte[] b) {
		List<LocalEntry> out = new ArrayList<>();
		int at = 0;
		while (Crafted.le32(b, at) == 0x04034b50) {
			int flags = Crafted.le16(b, at + 6);
			int method = Crafted.le16(b, at + 8);
			long crc = Crafted.le32(b, at + 14) & 0xffffffffL;
			long csize = Crafted.le32(b, at + 18) & 0xffffffffL;
			long size = Crafted.le32(b, at + 22) & 0xffffffffL;
			int nameLength = Crafted.le16(b, at + 26);
			int extraLength = Crafted.le16(b, at + 28);
			String name = new String(b, at + 30, nameLength, StandardCharsets.UTF_8);
			int data = at + 30 + nameLength + extraLength;
			assertEquals(csize, size, name + " stored: compressed size equals size");
			out.add(new LocalEntry(name, flags, method, crc, size, data, Arrays.copyOfRange(b, data, data + (int) size)));
			at = data + (int) size;
		}
		assertEquals(0x02014b50, Crafted.le32(b, at), "central directory follows the last entry");
		return out;
	}
}
