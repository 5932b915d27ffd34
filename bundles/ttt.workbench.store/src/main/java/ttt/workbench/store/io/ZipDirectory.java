package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip, read directly: {@link java.util.zip.ZipFile} does not tell whether an entry is a
 * symbolic link (the Unix mode in the external attributes) and quietly keeps one of two entries with the same name,
 * and both must be refused before anything is extracted. Zip64 archives are refused (a session zip is far smaller).
 */
final class ZipDirectory {

	/** One central directory record: the name as stored and whether its Unix mode says symbolic link. */
	record Record(String name, boolean symlink) {
	}

	private static final int EOCD_SIGNATURE = 0x06054b50;
	private static final int CEN_SIGNATURE = 0x02014b50;
	private static final int MAX_COMMENT = 0xffff;
	private static final int S_IFMT = 0170000, S_IFLNK = 0120000;
	private static final int MADE_BY_UNIX = 3;

	private ZipDirectory() {
	}

	/** @throws SessionZipException when the file is not a zip this reader can check */
	static List<Record> read(Path zip, int maxEntries) throws IOException {
		try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
			long size = ch.size();
			int tail = (int) Math.min(size, 22 + MAX_COMMENT);
			ByteBuffer end = read(ch, size - tail, tail);
			int eocd = -1;
			for (int i = tail - 22; i >= 0; i--) {
				if (end.getInt(i) == EOCD_SIGNATURE) {
					eocd = i;
					break;
				}
			}
			if (eocd < 0) {
				throw new SessionZipException(zip, null, "is not a zip file (no end of central directory)");
			}
			int count = Short.toUnsignedInt(end.getShort(eocd + 10));
			long cenSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
			long cenOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
			if (count == 0xffff || cenSize == 0xffffffffL || cenOffset == 0xffffffffL) {
				throw new SessionZipException(zip, null, "is a Zip64 archive; a session zip is never that large");
			}
			if (count > maxEntries) {
				throw new SessionZipException(zip, null, "has " + count + " entries, more than the " + maxEntries + " allowed");
			}
			if (cenOffset + cenSize > size || cenSize > 64L << 20) {
				throw new SessionZipException(zip, null, "has a damaged central directory");
			}
			ByteBuffer cen = read(ch, cenOffset, (int) cenSize);
			List<Record> records = new ArrayList<>();
			int p = 0;
			for (int i = 0; i < count; i++) {
				if (p + 46 > cenSize || cen.getInt(p) != CEN_SIGNATURE) {
					throw new SessionZipException(zip, null, "has a damaged central directory (entry " + i + ")");
				}
				int madeBy = Short.toUnsignedInt(cen.getShort(p + 4)) >>> 8;
				int nameLen = Short.toUnsignedInt(cen.getShort(p + 28));
				int extraLen = Short.toUnsignedInt(cen.getShort(p + 30));
				int commentLen = Short.toUnsignedInt(cen.getShort(p + 32));
				int external = cen.getInt(p + 38);
				if (p + 46 + nameLen > cenSize) {
					throw new SessionZipException(zip, null, "has a damaged central directory (entry " + i + ")");
				}
				byte[] name = new byte[nameLen];
				cen.get(p + 46, name);
				boolean link = madeBy == MADE_BY_UNIX && ((external >>> 16) & S_IFMT) == S_IFLNK;
				records.add(new Record(new String(name, StandardCharsets.UTF_8), link));
				p += 46 + nameLen + extraLen + commentLen;
			}
			return records;
		}
	}

	private static ByteBuffer read(FileChannel ch, long at, int length) throws IOException {
		ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buf.hasRemaining()) {
			if (ch.read(buf, at + buf.position()) < 0) {
				break;
			}
		}
		return buf.flip();
	}
}
