package ttt.workbench.ui.views.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import ttt.workbench.analysis.live.SweepStates;
import ttt.workbench.analysis.live.SweepStatus;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.sweep.Manifest;

/**
 * The size of a sweep not run by this workbench comes from its manifest ({@code sweeps/<name>/manifest.json}), read
 * once per store in a job and published to {@link SweepStates}; a Run Sweep job of this workbench publishes its own,
 * which the manifest never overrides.
 */
final class SweepManifests {

	private final Control owner;
	private final Path storeRoot;
	private final Set<String> asked = new HashSet<>();

	/** @param owner the control whose display the result is published on (nothing once it is disposed) */
	SweepManifests(Control owner, Path storeRoot) {
		this.owner = owner;
		this.storeRoot = storeRoot;
	}

	void ask(String name) {
		if (!asked.add(name) || SweepStates.get().of(storeRoot, name).isPresent()) {
			return;
		}
		Job job = Job.create("Reading sweep " + name, monitor -> {
			Path file = Manifest.file(storeRoot, name);
			try {
				if (Files.isRegularFile(file)) {
					var json = PythonJsonReader.parse(Files.readAllBytes(file), file);
					int total = json.path("total").asInt(-1);
					int failed = 0;
					for (var p : json.path("points")) {
						failed += "failed".equals(p.path("state").asText()) ? 1 : 0;
					}
					publish(name, total, failed);
				}
			} catch (IOException | RuntimeException e) {
				// the manifest is a cache: without it the group shows its sessions without the total
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void publish(String name, int total, int failed) {
		if (total <= 0 || owner.isDisposed()) {
			return;
		}
		owner.getDisplay().asyncExec(() -> {
			if (SweepStates.get().of(storeRoot, name).isEmpty()) {
				SweepStates.get().put(storeRoot, name, new SweepStatus(total, failed, false, null));
			}
		});
	}
}
