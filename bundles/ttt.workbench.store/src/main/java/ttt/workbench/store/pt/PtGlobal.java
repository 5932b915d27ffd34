package ttt.workbench.store.pt;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The allow-list: the only Python globals a {@code .pt} pickle may name, and the only ones the writer emits.
 *
 * <p>Exactly the three that torch &ge; 2 accepts with {@code weights_only=True} for a float32 state dict and that every
 * fixture (torch 1.13 and 2.9.1) uses, checked with {@code pickletools}: {@code collections.OrderedDict} (a state
 * dict, and every tensor's empty {@code backward_hooks}), {@code torch._utils._rebuild_tensor_v2} (every tensor) and
 * {@code torch.FloatStorage} (the storage type inside a persistent id). Nothing else is needed, so nothing else is
 * accepted: {@code _rebuild_parameter}, other storage dtypes, {@code builtins.*} and the like are refused by name.
 *
 * <p>Lookup compares strings only; it never resolves a name, loads a class or consults Pyrolite's JVM-global
 * constructor registry.
 */
enum PtGlobal {
	ORDERED_DICT("collections", "OrderedDict"),
	REBUILD_TENSOR_V2("torch._utils", "_rebuild_tensor_v2"),
	FLOAT_STORAGE("torch", "FloatStorage");

	final String module;
	final String name;

	PtGlobal(String module, String name) {
		this.module = module;
		this.name = name;
	}

	String qualifiedName() {
		return module + "." + name;
	}

	/** The allowed global with this module and name, or {@code null}. */
	static PtGlobal lookup(String module, String name) {
		for (PtGlobal g : values()) {
			if (g.module.equals(module) && g.name.equals(name)) {
				return g;
			}
		}
		return null;
	}

	/** "collections.OrderedDict, torch._utils._rebuild_tensor_v2, torch.FloatStorage". */
	static String allowListText() {
		return Arrays.stream(values()).map(PtGlobal::qualifiedName).collect(Collectors.joining(", "));
	}
}
