package ttt.workbench.store.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes staging folders and leftovers of interrupted writers: a folder with everything below it. */
public final class FileTrees {

	private FileTrees() {
	}

	/** Deletes {@code root} and everything below it; nothing happens when it does not exist. Links are not followed. */
	public static void delete(Path root) throws IOException {
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
