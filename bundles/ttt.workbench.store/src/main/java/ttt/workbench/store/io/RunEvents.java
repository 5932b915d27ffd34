package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.model.UpdateEvent;

/** A run's own {@code update_events.json}: the JSON array of that run's events. */
final class RunEvents {

	private RunEvents() {
	}

	/** @return the events, or an empty list (with a problem recorded) when the file is missing or unreadable */
	static List<UpdateEvent> read(Path root, Path runDir, Problems problems) {
		Path file = runDir.resolve(StoreLayout.RUN_EVENTS);
		List<UpdateEvent> events = new ArrayList<>();
		try {
			JsonNode array = StoreFiles.readJson(root, file);
			if (!array.isArray()) {
				throw new StoreFormatException(file, "must be a JSON array of update events");
			}
			for (int i = 0; i < array.size(); i++) {
				events.add(UpdateEventCodec.read(array.get(i), file, "element " + i));
			}
		} catch (NoSuchFileException e) {
			problems.warning(file, "missing: the run's update events are unknown");
		} catch (StoreFormatException e) {
			problems.error(e);
		} catch (IOException e) {
			problems.error(file, "cannot be read: " + e.getMessage());
		}
		return events;
	}
}
