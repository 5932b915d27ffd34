package ttt.workbench.ui.properties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.ui.jobs.ModelLoader;

/**
 * The files of a store folder with their sizes on disk, for the Properties view. Listed by a system job (the UI
 * thread never touches the store's files while parts open), kept until the model object of the folder changes
 * ({@link #forget}: listed again, the old listing shown meanwhile), so the view asks as often as it likes at no cost.
 */
public final class FolderListing {

	/** A file ({@code files == 1}, name as on disk) or a sub-folder ({@code name/}, its files counted recursively). */
	public record Entry(String name, long bytes, int files, boolean folder) {
	}

	/** What a folder held when it was listed; {@code problem} is non-null when it could not be listed. */
	public record Listing(List<Entry> entries, String problem) {
	}

	private static final Map<Path, Listing> LISTED = new ConcurrentHashMap<>();
	private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
	private static final Set<Path> STALE = ConcurrentHashMap.newKeySet();

	private FolderListing() {
	}

	/**
	 * The listing of {@code dir} when known, else null after scheduling it; {@code whenListed} then runs on the UI
	 * thread.
	 */
	public static Listing get(Path dir, Display display, Runnable whenListed) {
		Listing known = LISTED.get(dir);
		if ((known != null && !STALE.contains(dir)) || !PENDING.add(dir)) {
			return known;
		}
		STALE.remove(dir);
		Job job = new Job("Listing " + dir.getFileName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					LISTED.put(dir, list(dir));
				} finally {
					PENDING.remove(dir);
				}
				if (!display.isDisposed()) {
					display.asyncExec(whenListed);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == ModelLoader.FAMILY; // tests wait for loads with this family
			}
		};
		job.setSystem(true);
		job.schedule();
		return known; // what was listed before, if anything, until the new listing arrives (no flicker)
	}

	/** Marks what is known of {@code dir} as old: the next {@link #get} shows it and lists the folder again. */
	public static void forget(Path dir) {
		STALE.add(dir);
	}

	/** Lists {@code dir} now, on the calling thread (never the UI thread). */
	static Listing list(Path dir) {
		if (!Files.isDirectory(dir)) {
			return new Listing(List.of(), "no folder " + dir);
		}
		List<Entry> entries = new ArrayList<>();
		try (Stream<Path> children = Files.list(dir)) {
			for (Path p : children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
				String name = p.getFileName().toString();
				if (Files.isDirectory(p)) {
					long[] sum = sizes(p);
					entries.add(new Entry(name + "/", sum[0], (int) sum[1], true));
				} else if (Files.isRegularFile(p)) {
					entries.add(new Entry(name, Files.size(p), 1, false));
				}
			}
			return new Listing(List.copyOf(entries), null);
		} catch (IOException | UncheckedIOException e) {
			return new Listing(List.copyOf(entries), "cannot list " + dir + ": " + e.getMessage());
		}
	}

	/** {bytes, files} of the regular files under {@code dir}. */
	private static long[] sizes(Path dir) throws IOException {
		long bytes = 0;
		long files = 0;
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.filter(Files::isRegularFile).toList()) {
				bytes += Files.size(p);
				files++;
			}
		}
		return new long[] { bytes, files };
	}
}
