package ttt.workbench.ui.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The stores opened most recently, newest first, kept in the workbench's instance preferences so that the list
 * survives restarts (like File > Open Recent in the IDE).
 */
public final class RecentStores {

	public static final int MAX = 8;
	private static final String NODE = "ttt.workbench.ui";
	private static final String KEY = "recentStores";

	private RecentStores() {
	}

	public static List<Path> list() {
		String value = prefs().get(KEY, "");
		return Arrays.stream(value.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
	}

	/** Puts {@code root} first (moving it up if already listed) and keeps at most {@link #MAX}. */
	public static void remember(Path root) {
		List<Path> paths = new ArrayList<>(list());
		Path normal = root.toAbsolutePath().normalize();
		paths.remove(normal);
		paths.add(0, normal);
		store(paths.subList(0, Math.min(MAX, paths.size())));
	}

	public static void forget(Path root) {
		List<Path> paths = new ArrayList<>(list());
		paths.remove(root.toAbsolutePath().normalize());
		store(paths);
	}

	private static void store(List<Path> paths) {
		IEclipsePreferences prefs = prefs();
		prefs.put(KEY, String.join("\n", paths.stream().map(Path::toString).toList()));
		try {
			prefs.flush();
		} catch (BackingStoreException e) {
			ILog.of(RecentStores.class).warn("Cannot save the list of recent stores: " + e.getMessage(), e);
		}
	}

	private static IEclipsePreferences prefs() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
