package ttt.workbench.store.pt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Builds a zip archive the way torch's {@code PyTorchStreamWriter} does: every entry stored (uncompressed), its data
 * starting at a multiple of 64 bytes (padding in a local extra field with id {@code "FB"}, filled with {@code 'Z'}),
 * so torch can map tensors straight from the file. Unlike torch, the size and CRC go into the local header (no data
 * descriptor) because the whole content is known up front, and the timestamp is fixed, so equal content gives equal
 * bytes (the store hashes the base checkpoint).
 *
 * <p>Written by hand rather than with {@code ZipOutputStream}, which adds its own extra fields and gives no control
 * over where an entry's data starts. No ZIP64: a file over 4 GiB or 65535 entries is refused.
 */
final class StoredZipWriter {

	static final int ALIGNMENT = 64;

	private static final int LOCAL_HEADER = 30;
	private static final int VERSION = 20;
	private static final int FLAG_UTF8 = 0x0800;
	private static final int DOS_DATE_1980_01_01 = (1 << 5) | 1;
	private static final int PAD_HEADER_ID = 'F' | ('B' << 8);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream central = new ByteArrayOutputStream();
	private int count;

	void add(String name, byte[] data) {
		byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
		long offset = out.size();
		if (offset + LOCAL_HEADER + nameBytes.length + 2L * ALIGNMENT + data.length > 0xFFFF_FFFFL || count >= 0xFFFF
				|| nameBytes.length > 0xFFFF) {
			throw new IllegalArgumentException("a .pt file over 4 GiB or 65535 entries needs ZIP64, which is not written");
		}
		int pad = padding(offset + LOCAL_HEADER + nameBytes.length);
		CRC32 crc = new CRC32();
		crc.update(data);
		int crcValue = (int) crc.getValue();

		le32(out, 0x04034b50);
		le16(out, VERSION);
		le16(out, FLAG_UTF8);
		le16(out, 0); // stored
		le16(out, 0); // time 00:00
		le16(out, DOS_DATE_1980_01_01);
		le32(out, crcValue);
		le32(out, data.length);
		le32(out, data.length);
		le16(out, nameBytes.length);
		le16(out, pad);
		out.writeBytes(nameBytes);
		if (pad > 0) {
			le16(out, PAD_HEADER_ID);
			le16(out, pad - 4);
			for (int i = 4; i < pad; i++) {
				out.write('Z');
			}
		}
		out.writeBytes(data);

		le32(central, 0x02014b50);
		le16(central, VERSION); // made by
		le16(central, VERSION); // needed
		le16(central, FLAG_UTF8);
		le16(central, 0);
		le16(central, 0);
		le16(central, DOS_DATE_1980_01_01);
		le32(central, crcValue);
		le32(central, data.length);
		le32(central, data.length);
		le16(central, nameBytes.length);
		le16(central, 0); // extra
		le16(central, 0); // comment
		le16(central, 0); // disk
		le16(central, 0); // internal attributes
		le32(central, 0); // external attributes
		le32(central, (int) offset);
		central.writeBytes(nameBytes);
		count++;
	}

	/** Extra-field bytes so that data starting after {@code headerEnd} lands on a 64-byte boundary (0 or 4..67). */
	static int padding(long headerEnd) {
		int pad = (int) ((ALIGNMENT - headerEnd % ALIGNMENT) % ALIGNMENT);
		// an extra field needs its 4-byte header
		return pad > 0 && pad < 4 ? pad + ALIGNMENT : pad;
	}

	byte[] finish() {
		long centralOffset = out.size();
		out.writeBytes(central.toByteArray());
		le32(out, 0x06054b50);
		le16(out, 0);
		le16(out, 0);
		le16(out, count);
		le16(out, count);
		le32(out, central.size());
		le32(out, (int) centralOffset);
		le16(out, 0);
		return out.toByteArray();
	}

	private static void le16(ByteArrayOutputStream o, int v) {
		o.write(v);
		o.write(v >>> 8);
	}

	private static void le32(ByteArrayOutputStream o, int v) {
		le16(o, v);
		le16(o, v >>> 16);
	}
}
