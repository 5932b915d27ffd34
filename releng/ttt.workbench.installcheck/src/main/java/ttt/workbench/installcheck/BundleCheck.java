package ttt.workbench.installcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Checks that bundles are installed, resolve and start. Each bundle is resolved, then activated (its activator runs,
 * whatever its lazy activation policy says), so a missing import, an unsatisfied requirement or an activator that
 * throws is reported with the framework's own message. Fragments cannot start: for them RESOLVED is the goal.
 */
final class BundleCheck {

	record Line(String bundle, boolean ok, String detail) {
	}

	record Report(List<Line> lines) {
		boolean ok() {
			return failures() == 0;
		}

		long failures() {
			return lines.stream().filter(l -> !l.ok()).count();
		}

		String text() {
			StringBuilder out = new StringBuilder();
			for (Line l : lines) {
				out.append(l.ok() ? "  OK    " : "  FAIL  ").append(l.bundle()).append("  ").append(l.detail()).append('\n');
			}
			return out.toString();
		}
	}

	private final BundleContext context;

	BundleCheck(BundleContext context) {
		this.context = context;
	}

	Report check(List<String> symbolicNames) {
		List<Line> lines = new ArrayList<>();
		for (String name : symbolicNames) {
			lines.add(check(name));
		}
		return new Report(lines);
	}

	private Line check(String name) {
		List<Bundle> matches = new ArrayList<>();
		for (Bundle b : context.getBundles()) {
			if (name.equals(b.getSymbolicName())) {
				matches.add(b);
			}
		}
		if (matches.isEmpty()) {
			return new Line(name, false, "not installed");
		}
		if (matches.size() > 1) {
			return new Line(name, false, "installed " + matches.size() + " times");
		}
		Bundle bundle = matches.get(0);
		String label = name + " " + bundle.getVersion();
		context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(Set.of(bundle));
		if (bundle.getState() == Bundle.INSTALLED) {
			return new Line(label, false, "does not resolve: " + reason(bundle));
		}
		if ((bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0) {
			return new Line(label, true, "RESOLVED (fragment)");
		}
		try {
			bundle.start(Bundle.START_TRANSIENT); // activates now, even a lazily activated bundle
		} catch (BundleException | RuntimeException e) {
			return new Line(label, false, "does not start: " + describe(e));
		}
		return bundle.getState() == Bundle.ACTIVE ? new Line(label, true, "ACTIVE")
				: new Line(label, false, "state " + bundle.getState() + " after start");
	}

	/** Starting an unresolved bundle makes the framework say which requirement is missing. */
	private static String reason(Bundle bundle) {
		try {
			bundle.start(Bundle.START_TRANSIENT);
			return "(no reason given by the framework)";
		} catch (BundleException | RuntimeException e) {
			return describe(e);
		}
	}

	private static String describe(Throwable e) {
		StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()).replace('\n', ' '));
		for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
			s.append(" <- ").append(c);
		}
		return s.toString();
	}
}
