package ttt.workbench.cli.demo;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import ttt.workbench.store.files.FileTrees;

/**
 * A folder written under a temporary sibling name ({@code .<name>.making-<pid>}) and renamed to its final name only
 * when complete: whoever looks at the final name sees nothing or everything. Closing without {@link #commit()}
 * deletes the partial folder; leftovers of a process that was killed are removed by the next maker of the same
 * folder (their process id no longer runs).
 */
final class StagedFolder implements AutoCloseable {

	private final Path target;
	private final Path staging;
	private boolean committed;

	private StagedFolder(Path target, Path staging) {
		this.target = target;
		this.staging = staging;
	}

	/** Refuses a target that exists and is not an empty folder: the demo never overwrites anything. */
	static StagedFolder beside(Path target) throws IOException {
		if (Files.exists(target) && !isEmptyDirectory(target)) {
			throw new IOException(target + " exists and is not an empty folder; choose another --out or remove it");
		}
		Path parent = target.getParent();
		Files.createDirectories(parent);
		removeLeftovers(parent, target.getFileName().toString());
		Path staging = parent.resolve(prefix(target.getFileName().toString()) + ProcessHandle.current().pid());
		FileTrees.delete(staging);
		Files.createDirectory(staging);
		return new StagedFolder(target, staging);
	}

	/** The folder to write into (exists, empty at first). */
	Path path() {
		return staging;
	}

	/** Renames the finished folder into place (an empty target folder is replaced). */
	void commit() throws IOException {
		if (Files.isDirectory(target) && isEmptyDirectory(target)) {
			Files.delete(target);
		}
		Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		committed = true;
	}

	@Override
	public void close() throws IOException {
		if (!committed) {
			FileTrees.delete(staging);
		}
	}

	private static String prefix(String name) {
		return "." + name + ".making-";
	}

	private static void removeLeftovers(Path parent, String name) throws IOException {
		String prefix = prefix(name);
		try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, p -> p.getFileName().toString().startsWith(prefix))) {
			for (Path p : siblings) {
				String pid = p.getFileName().toString().substring(prefix.length());
				if (pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
					FileTrees.delete(p);
				}
			}
		}
	}

	private static boolean isEmptyDirectory(Path p) throws IOException {
		if (!Files.isDirectory(p)) {
			return false;
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(p)) {
			return !entries.iterator().hasNext();
		}
	}
}
