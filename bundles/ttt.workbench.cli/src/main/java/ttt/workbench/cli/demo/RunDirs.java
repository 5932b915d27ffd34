package ttt.workbench.cli.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.RunMetrics;

/**
 * Gives every {@code metrics.json} of a store (the sessions' and the runs') a {@code run_dir} relative to the store's
 * root ({@code sessions/<id>/runs/<run_id>}). {@code run_session} records the folder as it reached it, and the demo
 * is made under a temporary name that is gone once it is renamed into place: relative, the field stays true wherever
 * the demo is moved, and two demos made from the same seed agree in it.
 */
final class RunDirs {

	private RunDirs() {
	}

	static void relativise(Path root) throws IOException {
		StoreLayout layout = new StoreLayout(root);
		List<Path> sessions;
		try (Stream<Path> list = Files.list(layout.sessionsDir())) {
			sessions = list.filter(Files::isDirectory).sorted().toList();
		}
		for (Path session : sessions) {
			String id = session.getFileName().toString();
			List<Path> files = new ArrayList<>(List.of(session.resolve(StoreLayout.METRICS)));
			Path runs = session.resolve(StoreLayout.RUNS_DIR);
			if (Files.isDirectory(runs)) {
				try (Stream<Path> list = Files.list(runs)) {
					list.filter(Files::isDirectory).sorted().forEach(run -> files.add(run.resolve(StoreLayout.METRICS)));
				}
			}
			for (Path file : files) {
				relativise(file, id);
			}
		}
	}

	private static void relativise(Path file, String sessionId) throws IOException {
		if (!Files.isRegularFile(file)) {
			return;
		}
		RunMetrics m = MetricsCodec.read(PythonJsonReader.parse(Files.readAllBytes(file), file), file);
		if (m.getRunId() == null || m.getRunDir() == null) {
			return; // a session that has not run
		}
		m.setRunDir(StoreLayout.SESSIONS_DIR + "/" + sessionId + "/" + StoreLayout.RUNS_DIR + "/" + m.getRunId());
		AtomicFiles.writeString(file, PythonJsonWriter.pretty(MetricsCodec.write(m)));
	}
}
