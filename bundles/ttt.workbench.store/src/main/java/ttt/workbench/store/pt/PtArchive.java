package ttt.workbench.store.pt;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The zip container of a {@code .pt} file, checked before any entry is read: every entry under one top folder, no
 * unsafe names, no duplicates, declared sizes within {@link PtLimits}. Entries are then addressed relative to the top
 * folder ({@code "data.pkl"}, {@code "data/0"}).
 *
 * <p>{@link ZipFile} rather than {@code ZipInputStream}: torch writes stored entries with data descriptors, which the
 * stream reader rejects; the central directory has the sizes. Compressed entries are read too (a repacked file is
 * still a valid torch file), always through a bounded read that trusts no size it has not checked.
 */
final class PtArchive implements Closeable {

	private final ZipFile zip;
	private final String file;
	private final String top;
	private final Map<String, ZipEntry> entries;

	private PtArchive(ZipFile zip, String file, String top, Map<String, ZipEntry> entries) {
		this.zip = zip;
		this.file = file;
		this.top = top;
		this.entries = entries;
	}

	/**
	 * Opens and checks the archive. A missing or unreadable file is a plain {@link IOException}; anything wrong with
	 * its content is a {@link PtFormatException}.
	 */
	static PtArchive open(Path path, String file, PtLimits limits) throws IOException {
		ZipFile zip;
		try {
			zip = new ZipFile(path.toFile());
		} catch (ZipException e) {
			throw new PtFormatException(file, "is not a readable zip archive (truncated, damaged or not a .pt file): "
					+ e.getMessage(), e);
		}
		try {
			return scan(zip, file, limits);
		} catch (IOException | RuntimeException e) {
			zip.close();
			if (e instanceof PtFormatException p) {
				throw p;
			}
			// ZipFile reports a malformed entry name or extra field with an unchecked exception.
			throw new PtFormatException(file, "has a damaged zip directory: " + e.getMessage(), e);
		}
	}

	private static PtArchive scan(ZipFile zip, String file, PtLimits limits) throws PtFormatException {
		Map<String, ZipEntry> byName = new HashMap<>();
		List<String> tops = new ArrayList<>();
		long total = 0;
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry e = all.nextElement();
			String name = e.getName();
			if (byName.size() >= limits.maxEntries()) {
				throw new PtFormatException(file, "has more than " + limits.maxEntries() + " zip entries");
			}
			String problem = nameProblem(name);
			if (problem != null) {
				throw new PtFormatException(file, "refuses to load: zip entry '" + name + "' " + problem);
			}
			if (byName.putIfAbsent(name, e) != null) {
				throw new PtFormatException(file, "refuses to load: zip entry '" + name + "' appears twice");
			}
			int slash = name.indexOf('/');
			if (slash < 0) {
				throw new PtFormatException(file, "zip entry '" + name + "' is not inside a top folder");
			}
			String entryTop = name.substring(0, slash);
			if (!tops.contains(entryTop)) {
				tops.add(entryTop);
			}
			long size = e.getSize();
			if (size < 0) {
				throw new PtFormatException(file, "zip entry '" + name + "' does not declare its size");
			}
			if (size > limits.maxEntryBytes()) {
				throw new PtFormatException(file, "zip entry '" + name + "' declares " + size
						+ " bytes, more than the limit of " + limits.maxEntryBytes());
			}
			total += size;
			if (total > limits.maxTotalBytes()) {
				throw new PtFormatException(file, "zip entries declare more than " + limits.maxTotalBytes()
						+ " bytes in all");
			}
			if (e.getMethod() != ZipEntry.STORED && e.getMethod() != ZipEntry.DEFLATED) {
				throw new PtFormatException(file, "zip entry '" + name + "' uses unsupported compression method "
						+ e.getMethod());
			}
		}
		if (tops.size() > 1) {
			throw new PtFormatException(file, "has more than one top folder (" + String.join(", ", tops)
					+ "); a torch file has exactly one");
		}
		if (tops.isEmpty()) {
			throw new PtFormatException(file, "is an empty zip archive, not a torch file");
		}
		String top = tops.get(0);
		Map<String, ZipEntry> relative = new HashMap<>();
		byName.forEach((name, e) -> {
			if (!e.isDirectory()) {
				relative.put(name.substring(top.length() + 1), e);
			}
		});
		return new PtArchive(zip, file, top, relative);
	}

	/**
	 * Why an entry name is unsafe, or {@code null}. Shared with the writer, which must never produce a name this
	 * refuses. We never extract to disk, but a name that would escape a folder there is a sign of a hostile file.
	 */
	static String nameProblem(String name) {
		if (name.isEmpty()) {
			return "has an empty name";
		}
		if (name.startsWith("/") || name.startsWith("\\") || (name.length() > 1 && name.charAt(1) == ':')) {
			return "is an absolute path";
		}
		if (name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
			return "contains a backslash or NUL";
		}
		String[] parts = name.split("/", -1);
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			if (part.equals("..") || part.equals(".")) {
				return "contains a '" + part + "' path segment";
			}
			if (part.isEmpty() && i < parts.length - 1) {
				return "contains an empty path segment";
			}
		}
		return null;
	}

	String topFolder() {
		return top;
	}

	boolean has(String relative) {
		return entries.containsKey(relative);
	}

	/** The declared uncompressed size of an entry that {@link #has} confirmed. */
	long declaredSize(String relative) {
		return entries.get(relative).getSize();
	}

	/** Full name as in the zip, for messages. */
	String fullName(String relative) {
		return top + "/" + relative;
	}

	/**
	 * Reads an entry: exactly its declared size (already capped), refusing an entry that holds fewer or more bytes or
	 * fails its CRC.
	 */
	byte[] read(String relative) throws PtFormatException {
		ZipEntry e = entries.get(relative);
		if (e == null) {
			throw new PtFormatException(file, "has no zip entry '" + fullName(relative) + "'");
		}
		int size = (int) e.getSize(); // capped by PtLimits.maxEntryBytes (< 2^31) in scan
		byte[] data = new byte[size];
		try (InputStream in = zip.getInputStream(e)) {
			int n = in.readNBytes(data, 0, size);
			if (n < size) {
				throw new PtFormatException(file, "zip entry '" + e.getName() + "' is truncated: it declares " + size
						+ " bytes but holds " + n);
			}
			if (in.read() >= 0) {
				throw new PtFormatException(file, "zip entry '" + e.getName() + "' holds more than the " + size
						+ " bytes it declares");
			}
		} catch (PtFormatException p) {
			throw p;
		} catch (IOException | RuntimeException x) {
			throw new PtFormatException(file, "zip entry '" + e.getName() + "' cannot be read: " + x.getMessage(), x);
		}
		CRC32 crc = new CRC32();
		crc.update(data);
		if (e.getCrc() != -1 && crc.getValue() != e.getCrc()) {
			throw new PtFormatException(file, "zip entry '" + e.getName() + "' fails its CRC check (damaged file)");
		}
		return data;
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}
}
