package ttt.workbench.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flags of one command, declared with their types and defaults, parsed like Python's argparse does it for the
 * reference: {@code --name value} or {@code --name=value}, unknown flags and bad values are usage errors with
 * argparse's wording, a flag without a default that is not given reads as "not set".
 */
public final class Options {

	enum Type {
		INT, FLOAT, STRING, CHOICE, FLAG
	}

	private record Spec(String name, Type type, Object defaultValue, boolean required, Set<String> choices, String help) {
	}

	private final String command;
	private final Map<String, Spec> specs = new LinkedHashMap<>();
	private final Map<String, Object> values = new LinkedHashMap<>();

	public Options(String command) {
		this.command = command;
	}

	public Options integer(String name, Integer defaultValue, String help) {
		specs.put(name, new Spec(name, Type.INT, defaultValue, false, Set.of(), help));
		return this;
	}

	public Options decimal(String name, Double defaultValue, String help) {
		specs.put(name, new Spec(name, Type.FLOAT, defaultValue, false, Set.of(), help));
		return this;
	}

	public Options string(String name, String defaultValue, String help) {
		specs.put(name, new Spec(name, Type.STRING, defaultValue, false, Set.of(), help));
		return this;
	}

	public Options required(String name, String help) {
		specs.put(name, new Spec(name, Type.STRING, null, true, Set.of(), help));
		return this;
	}

	/** A flag without a value ({@code --dry_run}): set or not. */
	public Options flag(String name, String help) {
		specs.put(name, new Spec(name, Type.FLAG, null, false, Set.of(), help));
		return this;
	}

	public Options choice(String name, String defaultValue, Set<String> choices, String help) {
		specs.put(name, new Spec(name, Type.CHOICE, defaultValue, false, choices, help));
		return this;
	}

	/**
	 * Parses {@code args}; flags that are not declared are refused. As argparse does, a flag may be abbreviated to
	 * any prefix that names only one flag ({@code --sess} for {@code --session_id}).
	 */
	public Options parse(List<String> args) throws UsageException {
		values.clear();
		List<String> unknown = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				unknown.add(arg);
				continue;
			}
			String name = arg.substring(2);
			String value = null;
			int eq = name.indexOf('=');
			if (eq >= 0) {
				value = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			Spec spec = resolve(name);
			if (spec == null) {
				unknown.add(arg);
				continue;
			}
			name = spec.name();
			if (spec.type() == Type.FLAG) {
				if (value != null) {
					throw new UsageException("argument --" + name + ": ignored explicit argument '" + value + "'");
				}
				values.put(name, Boolean.TRUE);
				continue;
			}
			if (value == null) {
				if (i + 1 >= args.size() || (args.get(i + 1).startsWith("--") && !isNumber(args.get(i + 1)))) {
					throw new UsageException("argument --" + name + ": expected one argument");
				}
				value = args.get(++i);
			}
			values.put(name, convert(spec, value));
		}
		if (!unknown.isEmpty()) {
			throw new UsageException("unrecognized arguments: " + String.join(" ", unknown));
		}
		List<String> missing = specs.values().stream().filter(s -> s.required() && !values.containsKey(s.name()))
				.map(s -> "--" + s.name()).toList();
		if (!missing.isEmpty()) {
			throw new UsageException("the following arguments are required: " + String.join(", ", missing));
		}
		return this;
	}

	/** The flag {@code name} stands for: an exact name, or the only one it is a prefix of. */
	private Spec resolve(String name) throws UsageException {
		Spec exact = specs.get(name);
		if (exact != null || name.isEmpty()) {
			return exact;
		}
		List<Spec> candidates = specs.values().stream().filter(s -> s.name().startsWith(name)).toList();
		if (candidates.size() > 1) {
			throw new UsageException("ambiguous option: --" + name + " could match "
					+ String.join(", ", candidates.stream().map(s -> "--" + s.name()).toList()));
		}
		return candidates.isEmpty() ? null : candidates.get(0);
	}

	private static boolean isNumber(String s) {
		return s.matches("-\\d.*");
	}

	private Object convert(Spec spec, String value) throws UsageException {
		try {
			return switch (spec.type()) {
			case INT -> PythonNumbers.parseInt(value);
			case FLOAT -> PythonNumbers.parseFloat(value);
			case STRING, FLAG -> value;
			case CHOICE -> {
				if (!spec.choices().contains(value)) {
					throw new UsageException("argument --" + spec.name() + ": invalid choice: '" + value + "' (choose from "
							+ String.join(", ", spec.choices().stream().sorted().map(c -> "'" + c + "'").toList()) + ")");
				}
				yield value;
			}
			};
		} catch (NumberFormatException e) {
			throw new UsageException("argument --" + spec.name() + ": invalid " + (spec.type() == Type.INT ? "int" : "float")
					+ " value: '" + value + "'");
		}
	}

	/** Whether a {@link #flag} was given. */
	public boolean getFlag(String name) {
		return Boolean.TRUE.equals(get(name));
	}

	public boolean isSet(String name) {
		return values.containsKey(name);
	}

	private Object get(String name) {
		if (!specs.containsKey(name)) {
			throw new IllegalArgumentException("undeclared option " + name);
		}
		return values.containsKey(name) ? values.get(name) : specs.get(name).defaultValue();
	}

	/**
	 * An int flag's value, or null when it has no default and is not given. Python's ints have no size limit, so a
	 * value beyond Java's int range is accepted by the parser and refused here, naming the flag.
	 */
	public Integer getInt(String name) {
		Object v = get(name);
		if (v == null || v instanceof Integer) {
			return (Integer) v;
		}
		java.math.BigInteger big = (java.math.BigInteger) v;
		if (big.bitLength() >= 32) {
			throw new IllegalArgumentException("argument --" + name + ": " + big + " is out of range");
		}
		return big.intValue();
	}

	/** An int flag as a long (seeds: the reference accepts any Python int that torch takes). */
	public Long getLong(String name) {
		Object v = get(name);
		if (v == null) {
			return null;
		}
		java.math.BigInteger big = v instanceof Integer i ? java.math.BigInteger.valueOf(i) : (java.math.BigInteger) v;
		if (big.bitLength() >= 64) {
			throw new IllegalArgumentException("argument --" + name + ": " + big + " is out of range");
		}
		return big.longValue();
	}

	public Double getDouble(String name) {
		return (Double) get(name);
	}

	public String getString(String name) {
		return (String) get(name);
	}

	/** One line per flag, for {@code --help}. */
	public String usage() {
		StringBuilder out = new StringBuilder("usage: ttt [--artifacts_root DIR] " + command);
		for (Spec s : specs.values()) {
			out.append(s.required() ? " --" + s.name() + " " + s.name().toUpperCase() : " [--" + s.name() + "]");
		}
		out.append("\n");
		for (Spec s : specs.values()) {
			out.append(String.format("  --%-20s %s%s%n", s.name(), s.help(),
					s.defaultValue() == null ? "" : " (default " + s.defaultValue() + ")"));
		}
		return out.toString();
	}
}
