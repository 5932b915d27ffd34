package ttt.workbench.store.pt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hand-made hostile and damaged inputs: raw pickle opcodes and zip archives built with the JDK's own
 * {@link ZipOutputStream}, independent of the codec's writer.
 */
final class Crafted {

	private Crafted() {
	}

	/** Builds pickle bytes opcode by opcode. */
	static final class Pickle {
		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Pickle op(int... bytes) {
			for (int b : bytes) {
				out.write(b);
			}
			return this;
		}

		Pickle proto(int version) {
			return op(0x80, version);
		}

		/** GLOBAL 'module name' (protocol 0–3 form). */
		Pickle global(String module, String name) {
			op('c');
			out.writeBytes((module + "\n" + name + "\n").getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		/** SHORT_BINUNICODE, as protocol 4 writes the two strings of STACK_GLOBAL. */
		Pickle shortUnicode(String s) {
			byte[] b = s.getBytes(StandardCharsets.UTF_8);
			op(0x8c, b.length);
			out.writeBytes(b);
			return this;
		}

		Pickle unicode(String s) {
			byte[] b = s.getBytes(StandardCharsets.UTF_8);
			op('X');
			le32(b.length);
			out.writeBytes(b);
			return this;
		}

		Pickle binint1(int v) {
			return op('K', v);
		}

		Pickle le32(int v) {
			return op(v, v >>> 8, v >>> 16, v >>> 24);
		}

		Pickle raw(String ascii) {
			out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
			return this;
		}

		byte[] bytes() {
			return out.toByteArray();
		}
	}

	/**
	 * A pickle of one tensor as torch writes it, {@code _rebuild_tensor_v2(persistent_id(('storage',
	 * torch.FloatStorage, key, 'cpu', numel)), offset, size, stride, False, OrderedDict())}, with every part chosen by
	 * the test.
	 */
	static byte[] tensorPickle(String storageKey, int numel, int offset, int[] size, int[] stride) {
		Pickle p = new Pickle().proto(2).global("torch._utils", "_rebuild_tensor_v2").op('(').op('(').unicode("storage")
				.global("torch", "FloatStorage").unicode(storageKey).unicode("cpu").op('J').le32(numel).op('t').op('Q')
				.op('J').le32(offset);
		p.op('(');
		for (int d : size) {
			p.op('J').le32(d);
		}
		p.op('t').op('(');
		for (int s : stride) {
			p.op('J').le32(s);
		}
		p.op('t').op(0x89).global("collections", "OrderedDict").op(')').op('R').op('t').op('R').op('.');
		return p.bytes();
	}

	/** A zip with these entries in order; deflated unless {@code stored}. */
	static byte[] zip(Map<String, byte[]> entries, boolean stored) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				ZipEntry entry = new ZipEntry(e.getKey());
				if (stored) {
					CRC32 crc = new CRC32();
					crc.update(e.getValue());
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(e.getValue().length);
					entry.setCompressedSize(e.getValue().length);
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(e.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	/** A minimal torch-like archive: {@code archive/data.pkl} and {@code archive/version}. */
	static byte[] ptWithPickle(byte[] pickle) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("archive/data.pkl", pickle);
		entries.put("archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
		return zip(entries, true);
	}

	/** The entries of a real file, in zip order, to be altered and re-zipped. */
	static Map<String, byte[]> entries(Path pt) {
		Map<String, byte[]> out = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(pt.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry e = all.nextElement();
				try (InputStream in = zip.getInputStream(e)) {
					out.put(e.getName(), in.readAllBytes());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out;
	}

	/**
	 * Overwrites the uncompressed size an entry declares, in its local header and in the central directory, leaving
	 * the data as it is.
	 */
	static byte[] withDeclaredSize(byte[] zip, String entryName, long size) {
		byte[] out = zip.clone();
		byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
		int patched = 0;
		for (int i = 0; i + 46 < out.length; i++) {
			int sig = le32(out, i);
			if (sig == 0x04034b50 && matches(out, i + 30, le16(out, i + 26), name)) {
				putLe32(out, i + 22, size);
				patched++;
			} else if (sig == 0x02014b50 && matches(out, i + 46, le16(out, i + 28), name)) {
				putLe32(out, i + 24, size);
				patched++;
			}
		}
		if (patched != 2) {
			throw new IllegalStateException("patched " + patched + " headers of " + entryName);
		}
		return out;
	}

	static Path write(Path dir, String fileName, byte[] bytes) {
		try {
			return Files.write(dir.resolve(fileName), bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static int le16(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

	static int le32(byte[] b, int at) {
		return le16(b, at) | le16(b, at + 2) << 16;
	}

	private static void putLe32(byte[] b, int at, long v) {
		for (int i = 0; i < 4; i++) {
			b[at + i] = (byte) (v >>> (8 * i));
		}
	}

	private static boolean matches(byte[] b, int at, int length, byte[] name) {
		if (length != name.length || at + length > b.length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			if (b[at + i] != name[i]) {
				return false;
			}
		}
		return true;
	}
}
