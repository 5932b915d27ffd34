package ttt.workbench.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ttt.workbench.store.pt.PtFormatException;
import ttt.workbench.store.pt.TorchFileReader;

/**
 * Structure-aware fuzzing of the unpickler behind the allow-list: the fuzzer's bytes become {@code data.pkl} inside
 * an otherwise valid torch archive (with storages "0" and "1"), so mutations reach opcode handling, globals,
 * persistent ids and tensor rebuilding instead of dying in the zip layer. Seeds are the reference's own pickles.
 */
class PickleFuzzTest {

	@FuzzTest
	void pickleThroughTheAllowList(byte[] pickle) throws IOException {
		Path file = Files.createTempFile("fuzz", ".pt");
		try {
			Files.write(file, torchZip(pickle));
			new TorchFileReader().read(file);
		} catch (PtFormatException refused) {
			if (!refused.getMessage().contains(file.getFileName().toString())) {
				throw new AssertionError("refusal does not name the file: " + refused.getMessage());
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private static byte[] torchZip(byte[] pickle) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			stored(zip, "archive/data.pkl", pickle);
			stored(zip, "archive/data/0", new byte[4 * 16 * 6]);
			stored(zip, "archive/data/1", new byte[4 * 32 * 16]);
			stored(zip, "archive/data/2", new byte[4 * 4 * 32]);
			stored(zip, "archive/version", "3\n".getBytes());
		}
		return bytes.toByteArray();
	}

	private static void stored(ZipOutputStream zip, String name, byte[] data) throws IOException {
		ZipEntry e = new ZipEntry(name);
		e.setMethod(ZipEntry.STORED);
		e.setSize(data.length);
		CRC32 crc = new CRC32();
		crc.update(data);
		e.setCrc(crc.getValue());
		zip.putNextEntry(e);
		zip.write(data);
		zip.closeEntry();
	}
}
