package ttt.workbench.store.pt;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.PickleUtils;
import net.razorvine.pickle.Unpickler;

/**
 * Pyrolite's unpickler restricted to what a torch state file needs. Not thread-safe; one instance per file.
 *
 * <p>Security: pickle is a program, so this works on an allow-list of <em>opcodes</em>. Pyrolite's own
 * {@code load_*} handlers are package-private and its constructor registry is static and JVM-global, so the only safe
 * hook is {@link #dispatch}: every opcode not listed there is refused, and the ones that name or call Python objects
 * (GLOBAL, STACK_GLOBAL, REDUCE, BUILD, BINPERSID via {@link #persistentLoad}) are handled here, never by Pyrolite. A
 * global is checked against {@link PtGlobal} as soon as the opcode naming it is read, before anything is looked up,
 * constructed or called; a refused name never reaches Pyrolite's registry.
 *
 * <p>Also here, because Pyrolite's defaults lose information: dicts are {@link LinkedHashMap}s (Pyrolite builds
 * HashMaps, and SETITEMS goes through a HashMap even into an ordered map), tuples are {@link PyTuple}s, ints are
 * {@link Long}s, and length-prefixed opcodes are checked against the bytes left before Pyrolite allocates a buffer of
 * the declared length.
 */
final class SafeUnpickler extends Unpickler {

	/** Resolves a storage persistent id to its float32 values. */
	interface StorageSource {
		float[] load(String key, long numel) throws PtFormatException;
	}

	/** A reason to refuse the pickle, in plain words; the reader puts the file name in front. */
	static final class Refusal extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Refusal(String detail) {
			super(detail, null, false, false);
		}
	}

	/** Carries a storage problem (already a full {@link PtFormatException}) out of {@link #persistentLoad}. */
	static final class StorageFailure extends RuntimeException {
		private static final long serialVersionUID = 1L;

		StorageFailure(PtFormatException cause) {
			super(cause.getMessage(), cause, false, false);
		}

		PtFormatException failure() {
			return (PtFormatException) getCause();
		}
	}

	/** torch names storages "0", "1", …; anything path-like is refused even though we only look it up in a map. */
	private static final Pattern STORAGE_KEY = Pattern.compile("[A-Za-z0-9_]{1,64}");

	private final StorageSource storages;
	private final PtLimits limits;
	private long tensorElements;

	SafeUnpickler(StorageSource storages, PtLimits limits) {
		this.storages = storages;
		this.limits = limits;
	}

	@Override
	protected Object dispatch(short op) throws IOException {
		switch (op) {
		// plain data and stack/memo bookkeeping: Pyrolite's handlers are fine
		case Opcodes.PROTO, Opcodes.STOP, Opcodes.MARK, Opcodes.POP, Opcodes.POP_MARK, Opcodes.DUP, Opcodes.NONE,
				Opcodes.NEWTRUE, Opcodes.NEWFALSE, Opcodes.BINFLOAT, Opcodes.SHORT_BINUNICODE, Opcodes.EMPTY_LIST,
				Opcodes.LIST, Opcodes.APPEND, Opcodes.APPENDS, Opcodes.GET, Opcodes.BINGET, Opcodes.LONG_BINGET,
				Opcodes.PUT, Opcodes.BINPUT, Opcodes.LONG_BINPUT, Opcodes.MEMOIZE, Opcodes.FRAME, Opcodes.BINPERSID:
			return super.dispatch(op);
		case Opcodes.BINUNICODE:
			requireDeclaredLengthAvailable(4);
			return super.dispatch(op);
		case Opcodes.BINUNICODE8:
			requireDeclaredLengthAvailable(8);
			return super.dispatch(op);
		case Opcodes.BININT, Opcodes.BININT1, Opcodes.BININT2, Opcodes.LONG1, Opcodes.LONG4:
			if (op == Opcodes.LONG4) {
				requireDeclaredLengthAvailable(4);
			}
			super.dispatch(op);
			stack.add(toLong(stack.pop()));
			return NO_RETURN_VALUE;
		case Opcodes.EMPTY_TUPLE, Opcodes.TUPLE, Opcodes.TUPLE1, Opcodes.TUPLE2, Opcodes.TUPLE3:
			super.dispatch(op);
			stack.add(new PyTuple(Arrays.asList((Object[]) stack.pop())));
			return NO_RETURN_VALUE;
		case Opcodes.EMPTY_DICT:
			stack.add(new LinkedHashMap<Object, Object>());
			return NO_RETURN_VALUE;
		case Opcodes.DICT: {
			List<Object> items = stack.pop_all_since_marker();
			Map<Object, Object> dict = new LinkedHashMap<>();
			putPairs(dict, items);
			stack.add(dict);
			return NO_RETURN_VALUE;
		}
		case Opcodes.SETITEM: {
			Object value = stack.pop();
			Object key = stack.pop();
			dictOnTop("SETITEM").put(checkKey(key), value);
			return NO_RETURN_VALUE;
		}
		case Opcodes.SETITEMS: {
			List<Object> items = stack.pop_all_since_marker();
			putPairs(dictOnTop("SETITEMS"), items);
			return NO_RETURN_VALUE;
		}
		case Opcodes.GLOBAL: {
			String module = PickleUtils.readline(input);
			String name = PickleUtils.readline(input);
			stack.add(allowedGlobal(module, name));
			return NO_RETURN_VALUE;
		}
		case Opcodes.STACK_GLOBAL: {
			Object name = stack.pop();
			Object module = stack.pop();
			if (!(module instanceof String m) || !(name instanceof String n)) {
				throw new Refusal("STACK_GLOBAL with a " + PyTypes.name(module) + " and a " + PyTypes.name(name)
						+ " instead of two strings");
			}
			stack.add(allowedGlobal(m, n));
			return NO_RETURN_VALUE;
		}
		case Opcodes.INST: {
			// INST names its class inline: say which global it names if that is the problem
			String module = PickleUtils.readline(input);
			String name = PickleUtils.readline(input);
			allowedGlobal(module, name);
			throw unsupported(op);
		}
		case Opcodes.REDUCE:
			reduce();
			return NO_RETURN_VALUE;
		case Opcodes.BUILD:
			build();
			return NO_RETURN_VALUE;
		default:
			// INT/LONG/FLOAT/STRING/UNICODE (protocol 0 text forms), bytes, sets, OBJ/NEWOBJ/NEWOBJ_EX, EXT*,
			// PERSID, out-of-band buffers: never written by torch.save, so never accepted
			throw unsupported(op);
		}
	}

	@Override
	protected Object persistentLoad(Object pid) {
		if (!(pid instanceof PyTuple t) || t.size() != 5 || !"storage".equals(t.get(0))) {
			throw new Refusal("unsupported persistent id " + describe(pid)
					+ " (expected ('storage', torch.FloatStorage, key, location, numel))");
		}
		if (t.get(1) != PtGlobal.FLOAT_STORAGE) {
			throw new Refusal("storage of type " + PyTypes.name(t.get(1)) + "; only torch.FloatStorage (float32) is read");
		}
		if (!(t.get(2) instanceof String key) || !STORAGE_KEY.matcher(key).matches()) {
			throw new Refusal("storage key " + describe(t.get(2)) + " is not a plain name");
		}
		if (!(t.get(3) instanceof String)) {
			throw new Refusal("storage location " + describe(t.get(3)) + " is not a string");
		}
		if (!(t.get(4) instanceof Long numel) || numel < 0 || numel > limits.maxTensorElements()) {
			throw new Refusal("storage '" + key + "' has element count " + describe(t.get(4)) + " (limit "
					+ limits.maxTensorElements() + ")");
		}
		try {
			return new StorageRef(key, storages.load(key, numel));
		} catch (PtFormatException e) {
			throw new StorageFailure(e);
		}
	}

	private PtGlobal allowedGlobal(String module, String name) {
		PtGlobal g = PtGlobal.lookup(module, name);
		if (g == null) {
			throw new Refusal("pickle names global '" + module + "." + name + "', which is not on the allow-list ("
					+ PtGlobal.allowListText() + ")");
		}
		return g;
	}

	private void reduce() {
		Object args = stack.pop();
		Object callable = stack.pop();
		if (!(callable instanceof PtGlobal g)) {
			throw new Refusal("REDUCE calls a " + PyTypes.name(callable) + ", not an allowed global");
		}
		if (!(args instanceof PyTuple t)) {
			throw new Refusal("REDUCE calls " + g.qualifiedName() + " with a " + PyTypes.name(args) + " of arguments");
		}
		switch (g) {
		case ORDERED_DICT -> {
			if (t.size() != 0) {
				throw new Refusal("collections.OrderedDict is only accepted without arguments");
			}
			stack.add(new PyOrderedDict());
		}
		case REBUILD_TENSOR_V2 -> stack.add(rebuildTensor(t));
		case FLOAT_STORAGE -> throw new Refusal("torch.FloatStorage may only appear inside a storage persistent id");
		}
	}

	/** {@code _rebuild_tensor_v2(storage, offset, size, stride, requires_grad, backward_hooks[, metadata])}. */
	private FloatTensor rebuildTensor(PyTuple args) {
		if (args.size() != 6 && args.size() != 7) {
			throw new Refusal("_rebuild_tensor_v2 with " + args.size() + " arguments (expected 6 or 7)");
		}
		if (!(args.get(0) instanceof StorageRef storage)) {
			throw new Refusal("_rebuild_tensor_v2 on a " + PyTypes.name(args.get(0)) + " instead of a storage");
		}
		if (!(args.get(1) instanceof Long offset)) {
			throw new Refusal("tensor storage offset is a " + PyTypes.name(args.get(1)));
		}
		int[] size = dims(args.get(2), "size");
		long[] stride = strides(args.get(3));
		if (!(args.get(4) instanceof Boolean)) {
			throw new Refusal("tensor requires_grad is a " + PyTypes.name(args.get(4)));
		}
		// backward hooks are callables; a state file has none
		if (!(args.get(5) instanceof Map<?, ?> hooks) || !hooks.isEmpty()) {
			throw new Refusal("tensor has backward hooks " + describe(args.get(5)) + "; only an empty OrderedDict is read");
		}
		if (args.size() == 7 && args.get(6) != null && !(args.get(6) instanceof Map<?, ?> m && m.isEmpty())) {
			throw new Refusal("tensor has metadata " + describe(args.get(6)) + ", which this reader does not support");
		}
		FloatTensor tensor;
		try {
			tensor = TensorRebuilder.rebuild(storage.values(), offset, size, stride, limits.maxTensorElements());
		} catch (IllegalArgumentException e) {
			throw new Refusal("tensor on storage '" + storage.key() + "': " + e.getMessage());
		}
		tensorElements += tensor.numel();
		if (tensorElements > limits.maxTotalTensorElements()) {
			throw new Refusal("tensors hold more than " + limits.maxTotalTensorElements() + " elements in all");
		}
		return tensor;
	}

	private static int[] dims(Object v, String what) {
		if (!(v instanceof PyTuple t)) {
			throw new Refusal("tensor " + what + " is a " + PyTypes.name(v) + ", not a tuple");
		}
		int[] out = new int[t.size()];
		for (int i = 0; i < out.length; i++) {
			if (!(t.get(i) instanceof Long d) || d < 0 || d > Integer.MAX_VALUE) {
				throw new Refusal("tensor " + what + " " + t + " is not a tuple of dimensions");
			}
			out[i] = d.intValue();
		}
		return out;
	}

	private static long[] strides(Object v) {
		if (!(v instanceof PyTuple t)) {
			throw new Refusal("tensor stride is a " + PyTypes.name(v) + ", not a tuple");
		}
		long[] out = new long[t.size()];
		for (int i = 0; i < out.length; i++) {
			if (!(t.get(i) instanceof Long s) || s < 0) {
				throw new Refusal("tensor stride " + t + " is not a tuple of non-negative ints");
			}
			out[i] = s;
		}
		return out;
	}

	/** BUILD sets instance state; accepted only as {@code OrderedDict.__dict__.update(dict)}, e.g. {@code _metadata}. */
	private void build() {
		Object state = stack.pop();
		Object target = stack.peek();
		if (!(target instanceof PyOrderedDict dict)) {
			throw new Refusal("BUILD (set object state) on a " + PyTypes.name(target) + "; only an OrderedDict's attributes are read");
		}
		if (!(state instanceof Map<?, ?> attributes)) {
			throw new Refusal("BUILD with a " + PyTypes.name(state) + " of state; only a dict of attributes is read");
		}
		for (Map.Entry<?, ?> e : attributes.entrySet()) {
			if (!(e.getKey() instanceof String name)) {
				throw new Refusal("BUILD with attribute name " + describe(e.getKey()));
			}
			dict.attributes().put(name, e.getValue());
		}
	}

	@SuppressWarnings("unchecked")
	private Map<Object, Object> dictOnTop(String opcode) {
		Object top = stack.peek();
		if (!(top instanceof Map<?, ?>)) {
			throw new Refusal(opcode + " on a " + PyTypes.name(top) + " instead of a dict");
		}
		return (Map<Object, Object>) top;
	}

	private static void putPairs(Map<Object, Object> dict, List<Object> items) {
		if (items.size() % 2 != 0) {
			throw new Refusal("dict items without a value for the last key");
		}
		for (int i = 0; i < items.size(); i += 2) {
			dict.put(checkKey(items.get(i)), items.get(i + 1));
		}
	}

	private static Object checkKey(Object key) {
		if (!PyTypes.isKey(key)) {
			throw new Refusal("dict key of type " + PyTypes.name(key) + " (keys must be str, int, float, bool, None or tuples of those)");
		}
		return key;
	}

	private static Long toLong(Object v) {
		if (v instanceof Integer i) {
			return i.longValue();
		}
		if (v instanceof Long l) {
			return l;
		}
		if (v instanceof BigInteger b) {
			throw new Refusal("integer " + (b.bitLength() > 256 ? "of " + b.bitLength() + " bits" : b) + " does not fit in 64 bits");
		}
		throw new Refusal("integer opcode produced a " + PyTypes.name(v));
	}

	/**
	 * Peeks at a little-endian length prefix and refuses it when the pickle does not hold that many bytes, so that
	 * Pyrolite never allocates an array from an unchecked size. The input is always a ByteArrayInputStream (mark/reset,
	 * exact {@code available()}).
	 */
	private void requireDeclaredLengthAvailable(int prefixBytes) throws IOException {
		input.mark(prefixBytes);
		byte[] prefix = input.readNBytes(prefixBytes);
		int remaining = input.available();
		input.reset();
		if (prefix.length < prefixBytes) {
			throw new Refusal("data.pkl ends inside a length prefix");
		}
		long length = 0;
		for (int i = prefixBytes - 1; i >= 0; i--) {
			length = (length << 8) | (prefix[i] & 0xff);
		}
		if (prefixBytes == 4) {
			length = (int) length; // BININT-style signed 32-bit
		}
		if (length < 0 || length > remaining) {
			throw new Refusal("data.pkl declares a " + length + "-byte item but only " + remaining + " bytes follow");
		}
	}

	private static Refusal unsupported(short op) {
		return new Refusal("data.pkl uses pickle opcode " + opcodeName(op) + ", which torch state files do not use");
	}

	private static String opcodeName(short op) {
		for (Field f : Opcodes.class.getFields()) {
			try {
				if (Modifier.isStatic(f.getModifiers()) && f.getType() == short.class && f.getShort(null) == op) {
					return f.getName() + String.format(" (0x%02x)", op);
				}
			} catch (IllegalAccessException e) {
				// public interface constants are always accessible
			}
		}
		return String.format("0x%02x", op);
	}

	private static String describe(Object v) {
		String s = String.valueOf(v);
		return s.length() > 80 ? s.substring(0, 80) + "…" : s;
	}
}
