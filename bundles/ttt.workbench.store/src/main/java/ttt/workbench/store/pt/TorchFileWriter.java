package ttt.workbench.store.pt;

import ttt.workbench.store.files.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a value as {@code torch.save} would (zip format, pickle protocol 2, stored entries aligned to 64 bytes), so
 * that {@code torch.load(p)} reads it, and torch &ge; 2 with {@code weights_only=True} too: the pickle names only the
 * globals of {@link PtGlobal}. See {@link PickleEncoder} for the Java → Python type mapping.
 *
 * <p>Archive layout, top folder named after the file stem as torch does: {@code <stem>/data.pkl},
 * {@code <stem>/byteorder} ({@code little}), {@code <stem>/data/<n>} for the n-th tensor, {@code <stem>/version}
 * ({@code 3\n}). Output is deterministic: the same value gives the same bytes. Stateless and thread-safe.
 */
public final class TorchFileWriter {

	/** torch.save has written format version 3 since the zip format appeared (1.6) and still does in 2.9. */
	static final String FORMAT_VERSION = "3\n";

	/**
	 * Writes {@code value} to {@code file} atomically (temp file, fsync, rename).
	 *
	 * @throws IllegalArgumentException if the value holds something that has no place in a .pt file; nothing is
	 *                                  written then
	 */
	public void write(Path file, Object value) throws IOException {
		byte[] bytes = toBytes(topFolderFor(file), value);
		AtomicFiles.write(file, bytes);
	}

	/** The bytes {@link #write} would put in a file whose archive folder is {@code topFolder}. */
	public static byte[] toBytes(String topFolder, Object value) {
		if (PtArchive.nameProblem(topFolder + "/x") != null || topFolder.contains("/")) {
			throw new IllegalArgumentException("'" + topFolder + "' cannot be an archive folder name");
		}
		PickleEncoder.Encoded encoded = PickleEncoder.encode(value);
		StoredZipWriter zip = new StoredZipWriter();
		zip.add(topFolder + "/data.pkl", encoded.pickle());
		zip.add(topFolder + "/byteorder", "little".getBytes(StandardCharsets.US_ASCII));
		List<FloatTensor> storages = encoded.storages();
		for (int i = 0; i < storages.size(); i++) {
			zip.add(topFolder + "/data/" + i, littleEndian(storages.get(i)));
		}
		zip.add(topFolder + "/version", FORMAT_VERSION.getBytes(StandardCharsets.US_ASCII));
		return zip.finish();
	}

	/**
	 * torch names the folder after the file name without its last extension ({@code plastic_state.pt} →
	 * {@code plastic_state}); where that would be empty or unsafe, "archive" (torch's old fixed name).
	 */
	static String topFolderFor(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		boolean safe = !stem.isEmpty() && !stem.contains("/") && PtArchive.nameProblem(stem + "/x") == null;
		return safe ? stem : "archive";
	}

	private static byte[] littleEndian(FloatTensor t) {
		float[] values = t.data();
		ByteBuffer buf = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		buf.asFloatBuffer().put(values);
		return buf.array();
	}
}
