package ttt.workbench.store.pt;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a value as a protocol-2 pickle the way {@code torch.save} lays it out, collecting tensors as storages.
 *
 * <p>Why not Pyrolite's {@code Pickler}: a tensor must become a REDUCE of {@code _rebuild_tensor_v2} whose first
 * argument is a persistent id, but {@code Pickler.persistentId} can only replace a whole object by an id, and the
 * only way to make it emit a global call is its static, JVM-global custom-pickler registry. It also cannot tell a
 * tuple from a list reliably, an int from a float the Python way, or write an OrderedDict. The handful of opcodes
 * below is simpler and fully under our control. No memo (BINPUT) is written: Python does not need one, and without it
 * nothing is shared by accident.
 *
 * <p>Java → Python: {@link Long}/{@link Integer}/{@link Short}/{@link Byte} → int, {@link Double}/{@link Float} →
 * float, {@link Boolean} → bool, {@code null} → None, {@link String} → str, {@link PyTuple} or {@code Object[]} →
 * tuple, other {@link List} → list, {@link PyOrderedDict} → OrderedDict (with its attributes), other {@link Map} →
 * dict (iteration order), {@link FloatTensor} → float32 CPU tensor. Anything else is an
 * {@link IllegalArgumentException}, raised before a byte reaches the disk.
 */
final class PickleEncoder {

	/** The pickle and the tensors whose data goes to {@code data/0}, {@code data/1}, … in that order. */
	record Encoded(byte[] pickle, List<FloatTensor> storages) {
	}

	private static final int PROTO = 0x80, STOP = '.', MARK = '(', NONE = 'N', NEWTRUE = 0x88, NEWFALSE = 0x89,
			BININT = 'J', BININT1 = 'K', BININT2 = 'M', LONG1 = 0x8a, BINFLOAT = 'G', BINUNICODE = 'X',
			EMPTY_TUPLE = ')', TUPLE = 't', TUPLE1 = 0x85, TUPLE2 = 0x86, TUPLE3 = 0x87, EMPTY_LIST = ']', APPEND = 'a',
			APPENDS = 'e', EMPTY_DICT = '}', SETITEM = 's', SETITEMS = 'u', GLOBAL = 'c', REDUCE = 'R', BUILD = 'b',
			BINPERSID = 'Q';

	/** Python's pickler writes APPENDS/SETITEMS in batches of this size. */
	private static final int BATCH = 1000;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final List<FloatTensor> storages = new ArrayList<>();
	private final IdentityHashMap<Object, Boolean> onPath = new IdentityHashMap<>();

	private PickleEncoder() {
	}

	static Encoded encode(Object value) {
		PickleEncoder e = new PickleEncoder();
		e.op(PROTO);
		e.op(2);
		e.save(value, 0);
		e.op(STOP);
		return new Encoded(e.out.toByteArray(), List.copyOf(e.storages));
	}

	private void save(Object v, int depth) {
		if (depth > PyTypes.MAX_DEPTH) {
			throw new IllegalArgumentException("value nests deeper than " + PyTypes.MAX_DEPTH + " levels");
		}
		if (v == null) {
			op(NONE);
		} else if (v instanceof Boolean b) {
			op(b ? NEWTRUE : NEWFALSE);
		} else if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
			saveInt(((Number) v).longValue());
		} else if (v instanceof Double || v instanceof Float) {
			op(BINFLOAT);
			long bits = Double.doubleToRawLongBits(((Number) v).doubleValue());
			for (int shift = 56; shift >= 0; shift -= 8) {
				op((int) (bits >>> shift)); // big-endian, as struct.pack('>d')
			}
		} else if (v instanceof String s) {
			saveString(s);
		} else if (v instanceof FloatTensor t) {
			saveTensor(t);
		} else if (v instanceof PyTuple t) {
			enter(v);
			saveTuple(t.items(), depth);
			leave(v);
		} else if (v instanceof Object[] array) {
			enter(v);
			saveTuple(Arrays.asList(array), depth);
			leave(v);
		} else if (v instanceof List<?> list) {
			enter(v);
			op(EMPTY_LIST);
			saveBatched(list.iterator(), list.size(), depth, false);
			leave(v);
		} else if (v instanceof Map<?, ?> map) {
			enter(v);
			saveMap(map, depth);
			leave(v);
		} else {
			throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " to a .pt file");
		}
	}

	private void saveMap(Map<?, ?> map, int depth) {
		for (Object key : map.keySet()) {
			if (!isWritableKey(key)) {
				throw new IllegalArgumentException("dict key " + key + " of type " + PyTypes.name(key)
						+ " is not hashable in Python");
			}
		}
		if (map instanceof PyOrderedDict od) {
			global(PtGlobal.ORDERED_DICT);
			op(EMPTY_TUPLE);
			op(REDUCE);
			saveBatched(map.entrySet().iterator(), map.size(), depth, true);
			if (!od.attributes().isEmpty()) {
				// as pickle does for an OrderedDict with a __dict__: items first, then BUILD with the attributes
				save(new LinkedHashMap<Object, Object>(od.attributes()), depth + 1);
				op(BUILD);
			}
		} else {
			op(EMPTY_DICT);
			saveBatched(map.entrySet().iterator(), map.size(), depth, true);
		}
	}

	/** APPENDS / SETITEMS in batches of 1000, a single item with APPEND / SETITEM, as Python does. */
	private void saveBatched(Iterator<?> items, int count, int depth, boolean dict) {
		int left = count;
		while (left > 0) {
			int n = Math.min(BATCH, left);
			if (n > 1) {
				op(MARK);
			}
			for (int i = 0; i < n; i++) {
				Object item = items.next();
				if (dict) {
					Map.Entry<?, ?> e = (Map.Entry<?, ?>) item;
					save(e.getKey(), depth + 1);
					save(e.getValue(), depth + 1);
				} else {
					save(item, depth + 1);
				}
			}
			op(n > 1 ? (dict ? SETITEMS : APPENDS) : (dict ? SETITEM : APPEND));
			left -= n;
		}
	}

	private void saveTuple(List<?> items, int depth) {
		int n = items.size();
		if (n == 0) {
			op(EMPTY_TUPLE);
			return;
		}
		if (n > 3) {
			op(MARK);
		}
		for (Object item : items) {
			save(item, depth + 1);
		}
		op(switch (n) {
		case 1 -> TUPLE1;
		case 2 -> TUPLE2;
		case 3 -> TUPLE3;
		default -> TUPLE;
		});
	}

	/**
	 * {@code _rebuild_tensor_v2(persistent_id(('storage', torch.FloatStorage, key, 'cpu', numel)), 0, size, stride,
	 * False, OrderedDict())}, exactly as torch 1.13 and 2.9 write a contiguous float32 CPU tensor.
	 */
	private void saveTensor(FloatTensor t) {
		String key = Integer.toString(storages.size());
		storages.add(t);
		int[] shape = t.shape();
		global(PtGlobal.REBUILD_TENSOR_V2);
		op(MARK);
		op(MARK);
		saveString("storage");
		global(PtGlobal.FLOAT_STORAGE);
		saveString(key);
		saveString("cpu");
		saveInt(t.numel());
		op(TUPLE);
		op(BINPERSID);
		saveInt(0);
		List<Object> size = new ArrayList<>();
		for (int d : shape) {
			size.add((long) d);
		}
		saveTuple(size, 0);
		List<Object> stride = new ArrayList<>();
		for (long s : TensorRebuilder.contiguousStrides(shape)) {
			stride.add(s);
		}
		saveTuple(stride, 0);
		op(NEWFALSE);
		global(PtGlobal.ORDERED_DICT);
		op(EMPTY_TUPLE);
		op(REDUCE);
		op(TUPLE);
		op(REDUCE);
	}

	/** Python's choice for protocol 2: BININT1, BININT2, BININT, then LONG1 (two's complement, little-endian). */
	private void saveInt(long v) {
		if (v >= 0 && v <= 0xff) {
			op(BININT1);
			op((int) v);
		} else if (v >= 0 && v <= 0xffff) {
			op(BININT2);
			op((int) v);
			op((int) (v >>> 8));
		} else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
			op(BININT);
			le32((int) v);
		} else {
			byte[] bigEndian = BigInteger.valueOf(v).toByteArray(); // minimal two's complement, like pickle.encode_long
			op(LONG1);
			op(bigEndian.length);
			for (int i = bigEndian.length - 1; i >= 0; i--) {
				op(bigEndian[i]);
			}
		}
	}

	private void saveString(String s) {
		byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
		op(BINUNICODE);
		le32(utf8.length);
		out.writeBytes(utf8);
	}

	private void global(PtGlobal g) {
		op(GLOBAL);
		out.writeBytes((g.module + "\n" + g.name + "\n").getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean isWritableKey(Object k) {
		if (k == null || k instanceof String || k instanceof Boolean || k instanceof Long || k instanceof Integer
				|| k instanceof Short || k instanceof Byte || k instanceof Double || k instanceof Float) {
			return true;
		}
		if (k instanceof PyTuple t) {
			return t.items().stream().allMatch(PickleEncoder::isWritableKey);
		}
		return false;
	}

	private void enter(Object container) {
		if (onPath.put(container, Boolean.TRUE) != null) {
			throw new IllegalArgumentException("value contains itself; a .pt file cannot hold a cycle");
		}
	}

	private void leave(Object container) {
		onPath.remove(container);
	}

	private void le32(int v) {
		op(v);
		op(v >>> 8);
		op(v >>> 16);
		op(v >>> 24);
	}

	private void op(int b) {
		out.write(b);
	}
}
