package ttt.workbench.store.pt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads a {@code .pt} file written by {@code torch.save} (zip format, torch &ge; 1.6) into plain Java values, without
 * executing anything: the pickle may only name the globals of {@link PtGlobal}.
 *
 * <p>Python values map to: dict → {@link java.util.LinkedHashMap} (file order kept), OrderedDict →
 * {@link PyOrderedDict} (a LinkedHashMap too), list → {@link java.util.ArrayList}, tuple → {@link PyTuple}, int →
 * {@link Long} (always; an int beyond 64 bits is refused), float → {@link Double}, bool → {@link Boolean}, None →
 * {@code null}, str → {@link String}, float32 tensor → {@link FloatTensor} (contiguous copy).
 *
 * <p>Every problem with the file's content is a {@link PtFormatException} naming the file; a file that cannot be
 * opened at all is the usual {@link IOException}. Stateless and thread-safe.
 */
public final class TorchFileReader {

	private final PtLimits limits;

	public TorchFileReader() {
		this(PtLimits.DEFAULT);
	}

	public TorchFileReader(PtLimits limits) {
		this.limits = Objects.requireNonNull(limits, "limits");
	}

	/** Reads the value {@code torch.save} stored in {@code file}. */
	public Object read(Path file) throws IOException {
		String name = file.toString();
		try (PtArchive archive = PtArchive.open(file, name, limits)) {
			checkVersion(archive, name);
			checkByteOrder(archive, name);
			if (!archive.has("data.pkl")) {
				throw new PtFormatException(name, "is not a torch file: it has no '" + archive.fullName("data.pkl") + "' entry");
			}
			if (archive.declaredSize("data.pkl") > limits.maxPickleBytes()) {
				throw new PtFormatException(name, "data.pkl declares " + archive.declaredSize("data.pkl")
						+ " bytes, more than the limit of " + limits.maxPickleBytes());
			}
			byte[] pickle = archive.read("data.pkl");
			return unpickle(pickle, new Storages(archive, name), name);
		}
	}

	private Object unpickle(byte[] pickle, Storages storages, String name) throws PtFormatException {
		SafeUnpickler unpickler = new SafeUnpickler(storages, limits);
		try {
			Object value = unpickler.load(new ByteArrayInputStream(pickle));
			ValueTree.check(value);
			return value;
		} catch (SafeUnpickler.Refusal r) {
			throw new PtFormatException(name, "refuses to load: " + r.getMessage());
		} catch (SafeUnpickler.StorageFailure f) {
			throw f.failure();
		} catch (IOException | RuntimeException e) {
			// Pyrolite's own errors (premature end, bad memo key) and casts on a malformed stack
			throw new PtFormatException(name, "data.pkl is not a valid torch pickle: " + e, e);
		} finally {
			unpickler.close();
		}
	}

	/** torch looks for {@code .data/version} first, then {@code version}; it must hold an integer. */
	private static void checkVersion(PtArchive archive, String name) throws PtFormatException {
		String entry = archive.has(".data/version") ? ".data/version" : "version";
		if (!archive.has(entry)) {
			throw new PtFormatException(name, "is not a torch file: it has no '" + archive.fullName("version") + "' entry");
		}
		String text = smallText(archive, entry, name).trim();
		if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) < 1) {
			throw new PtFormatException(name, "has an unreadable format version '" + text + "'");
		}
	}

	/** Files from torch before 2.x have no byteorder entry and are little-endian. */
	private static void checkByteOrder(PtArchive archive, String name) throws PtFormatException {
		if (!archive.has("byteorder")) {
			return;
		}
		String order = smallText(archive, "byteorder", name);
		if (!order.equals("little")) {
			throw new PtFormatException(name, "stores tensors with byte order '" + order
					+ "'; only little-endian files are read");
		}
	}

	private static String smallText(PtArchive archive, String entry, String name) throws PtFormatException {
		if (archive.declaredSize(entry) > 64) {
			throw new PtFormatException(name, "entry '" + archive.fullName(entry) + "' is too long for what it holds");
		}
		return new String(archive.read(entry), StandardCharsets.US_ASCII);
	}

	/** Loads each storage once (tensors may share one) after checking its size against the pickle's numel. */
	private static final class Storages implements SafeUnpickler.StorageSource {
		private final PtArchive archive;
		private final String name;
		private final Map<String, float[]> loaded = new HashMap<>();

		Storages(PtArchive archive, String name) {
			this.archive = archive;
			this.name = name;
		}

		@Override
		public float[] load(String key, long numel) throws PtFormatException {
			float[] values = loaded.get(key);
			if (values != null) {
				if (values.length != numel) {
					throw new PtFormatException(name, "storage '" + key + "' is referenced with " + numel + " and with "
							+ values.length + " elements");
				}
				return values;
			}
			String entry = "data/" + key;
			if (!archive.has(entry)) {
				throw new PtFormatException(name, "pickle refers to storage '" + key + "' but there is no entry '"
						+ archive.fullName(entry) + "'");
			}
			long expected = numel * Float.BYTES;
			if (archive.declaredSize(entry) != expected) {
				throw new PtFormatException(name, "storage '" + key + "' should hold " + numel + " float32 values ("
						+ expected + " bytes) but entry '" + archive.fullName(entry) + "' has "
						+ archive.declaredSize(entry) + " bytes");
			}
			byte[] raw = archive.read(entry);
			values = new float[(int) numel];
			ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
			loaded.put(key, values);
			return values;
		}
	}
}
