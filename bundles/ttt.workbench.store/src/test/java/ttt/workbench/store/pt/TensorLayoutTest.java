package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Views (offset, stride, shared and expanded storages) read as torch reads them, as contiguous copies. */
class TensorLayoutTest {

	@TempDir
	Path tmp;

	private final TorchFileReader reader = new TorchFileReader();

	@Test
	void torchViewsReadAsTorchSeesThem() throws IOException {
		Path file = tmp.resolve("views.pt");
		TorchOracle.runTorch("""
				import sys, torch
				a = torch.arange(12, dtype=torch.float32).reshape(3, 4) * 0.1 - 0.3
				torch.save({'a': a, 't': a.t(), 'row': a[1], 'col': a[:, 1], 'tail': a[1:], 'corner': a[1:, 2:].t(),
				            'scalar': torch.tensor(3.5), 'element': a[2, 3], 'empty': torch.zeros(0, 3),
				            'expand': torch.tensor([1.0, 2.0]).expand(3, 2), 'cube': torch.randn(2, 3, 4).permute(2, 0, 1)},
				           sys.argv[1])
				""", file.toString());
		Object expected = TorchOracle.load(List.of(file)).get(0);
		assertEquals(Describe.of(expected), Describe.of(reader.read(file)));
	}

	@Test
	void aTransposedViewIsCopiedInRowMajorOrder() throws IOException {
		// storage [0..5] seen as the transpose of a 2x3 matrix: size (3, 2), stride (1, 3)
		Path file = withStorage(Crafted.tensorPickle("0", 6, 0, new int[] { 3, 2 }, new int[] { 1, 3 }), 0f, 1f, 2f, 3f, 4f, 5f);
		assertEquals(new FloatTensor(new int[] { 3, 2 }, new float[] { 0, 3, 1, 4, 2, 5 }), reader.read(file));
	}

	@Test
	void anOffsetSliceIsHonoured() throws IOException {
		// offset 2, rows of 2 with stride 2: [[2, 3], [4, 5]]
		Path ok = withStorage(Crafted.tensorPickle("0", 6, 2, new int[] { 2, 2 }, new int[] { 2, 1 }), 0f, 1f, 2f, 3f, 4f, 5f);
		assertEquals(new FloatTensor(new int[] { 2, 2 }, new float[] { 2, 3, 4, 5 }), reader.read(ok));
	}

	@Test
	void aViewReachingPastItsStorageIsRefused() throws IOException {
		// offset 2, row stride 3: the last element would be storage[6] of 6
		Path file = withStorage(Crafted.tensorPickle("0", 6, 2, new int[] { 2, 2 }, new int[] { 3, 1 }), 0f, 1f, 2f, 3f, 4f, 5f);
		PtFormatException e = assertThrows(PtFormatException.class, () -> reader.read(file));
		assertTrue(e.getMessage().contains("reaches element 6 of a storage of 6"), e.getMessage());
	}

	@Test
	void anExpandedViewBeyondTheLimitIsRefused() throws IOException {
		// one stored float presented as a million-element tensor through stride 0
		Path file = withStorage(Crafted.tensorPickle("0", 1, 0, new int[] { 1000, 1000 }, new int[] { 0, 0 }), 7f);
		PtLimits small = new PtLimits(16, 1 << 20, 1 << 20, 1 << 20, 1000, 1000);
		PtFormatException e = assertThrows(PtFormatException.class, () -> new TorchFileReader(small).read(file));
		assertTrue(e.getMessage().contains("has 1000000 elements, more than the limit of 1000"), e.getMessage());
		// within the default limits it is a legitimate torch tensor
		FloatTensor t = (FloatTensor) reader.read(file);
		assertEquals(1_000_000, t.numel());
		assertEquals(7f, t.at(999, 999));
	}

	@Test
	void aStorageReferencedWithTwoSizesIsRefused() throws IOException {
		byte[] one = Crafted.tensorPickle("0", 2, 0, new int[] { 2 }, new int[] { 1 });
		byte[] other = Crafted.tensorPickle("0", 3, 0, new int[] { 3 }, new int[] { 1 });
		Path file = withStorage(concatTuple(one, other), 1f, 2f);
		PtFormatException e = assertThrows(PtFormatException.class, () -> reader.read(file));
		assertTrue(e.getMessage().contains("storage '0' is referenced with 3 and with 2 elements"), e.getMessage());
	}

	@Test
	void twoTensorsSharingAStorageBothRead() throws IOException {
		byte[] whole = Crafted.tensorPickle("0", 4, 0, new int[] { 4 }, new int[] { 1 });
		byte[] tail = Crafted.tensorPickle("0", 4, 1, new int[] { 3 }, new int[] { 1 });
		Path file = withStorage(concatTuple(whole, tail), 1f, 2f, 3f, 4f);
		assertEquals(PyTuple.of(FloatTensor.vector(1f, 2f, 3f, 4f), FloatTensor.vector(2f, 3f, 4f)), reader.read(file));
	}

	private static byte[] concatTuple(byte[] first, byte[] second) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.write(0x80);
		out.write(2);
		out.write(first, 2, first.length - 3); // without PROTO and STOP
		out.write(second, 2, second.length - 3);
		out.write(0x86); // TUPLE2
		out.write('.');
		return out.toByteArray();
	}

	private Path withStorage(byte[] pickle, float... storage) {
		ByteBuffer raw = ByteBuffer.allocate(storage.length * 4).order(ByteOrder.LITTLE_ENDIAN);
		raw.asFloatBuffer().put(storage);
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("archive/data.pkl", pickle);
		entries.put("archive/data/0", raw.array());
		entries.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
		return Crafted.write(tmp, "t" + System.nanoTime() + ".pt", Crafted.zip(entries, true));
	}
}
