package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.codec.IndexCodec;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.codec.TrajectoryCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.files.AtomicFiles;
import ttt.workbench.store.files.OwnWrites;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.RunMetrics;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.signature.Signatures;

/**
 * Writes store files in the reference's exact format, each one atomically. Whole new folders (a session, a run)
 * are assembled in the store's staging folder ({@link Staging}, outside {@code sessions/} and {@code runs/}) and
 * renamed into place, so readers, the reference's dashboard included, see all of it or nothing. Locking is the
 * caller's job ({@link ttt.workbench.store.ArtifactStore} takes the store and session locks): a session is created
 * and the index written under the store lock, a run folder under its session's lock.
 */
public final class StoreWriter {

	private final Path root;
	private final StoreLayout layout;

	public StoreWriter(Path root) {
		this.root = root;
		this.layout = new StoreLayout(root);
	}

	public StoreLayout layout() {
		return layout;
	}

	/**
	 * Writes the checkpoint, then the meta whose hash and signature are computed from the bytes just written
	 * (SPEC §2.1), so the two always agree. Updates {@code base}'s hash and signature.
	 */
	public void writeBase(Base base, BaseCheckpoint checkpoint) throws IOException {
		Files.createDirectories(layout.baseDir());
		checkpoint.write(layout.baseCheckpoint());
		String hash = Signatures.sha256Hex(layout.baseCheckpoint());
		base.setBaseCkptHash(hash);
		base.setModelSignature(Signatures.modelSignature(BaseMetaCodec.write(base).get("model_cfg"), hash));
		writeJson(layout.baseMeta(), BaseMetaCodec.write(base));
	}

	public void writeSessionMeta(Session session) throws IOException {
		writeJson(layout.sessionMeta(session.getId()), SessionMetaCodec.write(session));
	}

	public void writeSessionMetrics(String sessionId, RunMetrics metrics) throws IOException {
		writeJson(layout.sessionMetrics(sessionId), MetricsCodec.write(metrics));
	}

	public void writePlasticState(Path file, PlasticState state) throws IOException {
		state.write(file);
	}

	public void writeOptimizerState(Path file, OptimizerState state) throws IOException {
		state.write(file);
	}

	/**
	 * Creates a complete session folder in one step: meta, "session created" metrics, weights and optimizer state
	 * are written to a staging folder that is then renamed to {@code sessions/<id>}. The caller holds the store lock.
	 *
	 * @throws FileAlreadyExistsException when a session with that id exists (nothing is changed then)
	 */
	public void createSession(Session session, PlasticState weights, OptimizerState optimizer) throws IOException {
		SessionIds.requireValid(session.getId());
		Path target = layout.sessionDir(session.getId());
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null, "a session with id \"" + session.getId() + "\" already exists");
		}
		Path temp = Staging.newEntry(root, StoreLocks.STORE, "session");
		try {
			Files.createDirectories(temp);
			writeJson(temp.resolve(StoreLayout.SESSION_META), SessionMetaCodec.write(session));
			writeJson(temp.resolve(StoreLayout.METRICS), MetricsCodec.write(session.getMetrics() != null ? session.getMetrics()
					: MetricsCodec.created()));
			weights.write(temp.resolve(StoreLayout.PLASTIC_STATE));
			optimizer.write(temp.resolve(StoreLayout.OPTIM_STATE));
			moveIntoPlace(temp, target);
		} finally {
			FileTrees.delete(temp);
		}
	}

	/**
	 * The files of one finished run; {@code weights}/{@code optimizer} are the session's state at its end.
	 * {@code trajectoryJson} is {@code trajectory.json}'s text ({@link TrajectoryCodec#format}; a run formats it while
	 * its model computes, since the trajectory does not depend on the model), or null for a run without one.
	 */
	public record RunFiles(PerStepTable perStep, List<UpdateEvent> events, String trajectoryJson, RunMetrics metrics,
			PlasticState weights, OptimizerState optimizer, byte[] curvePng) {
	}

	/** Writes {@code runs/<runId>/} complete in the staging folder, then renames it into place. The caller holds the session's lock. */
	public void writeRunFolder(String sessionId, String runId, RunFiles files) throws IOException {
		Path target = layout.runDir(sessionId, runId);
		if (Files.exists(target)) {
			throw new FileAlreadyExistsException(target.toString(), null, "run \"" + runId + "\" already exists");
		}
		Path temp = Staging.newEntry(root, StoreLocks.sessionLock(sessionId), "run");
		try {
			Files.createDirectories(temp);
			AtomicFiles.writeString(temp.resolve(StoreLayout.RUN_PER_STEP), PerStepCsv.format(files.perStep()));
			writeJson(temp.resolve(StoreLayout.RUN_EVENTS), eventsArray(files.events(), false));
			if (files.trajectoryJson() != null) {
				AtomicFiles.writeString(temp.resolve(StoreLayout.RUN_TRAJECTORY), files.trajectoryJson());
			}
			writeJson(temp.resolve(StoreLayout.METRICS), MetricsCodec.write(files.metrics()));
			if (files.weights() != null) {
				files.weights().write(temp.resolve(StoreLayout.PLASTIC_STATE));
			}
			if (files.optimizer() != null) {
				files.optimizer().write(temp.resolve(StoreLayout.OPTIM_STATE));
			}
			if (files.curvePng() != null) {
				AtomicFiles.write(temp.resolve(StoreLayout.RUN_CURVE_PNG), files.curvePng());
			}
			moveIntoPlace(temp, target);
		} finally {
			FileTrees.delete(temp);
		}
	}

	/** Appends the events of one run to the session's log, one complete line each, with {@code run_id}. */
	public void appendEvents(String sessionId, List<UpdateEvent> events) throws IOException {
		List<String> lines = new java.util.ArrayList<>(events.size());
		for (UpdateEvent e : events) {
			lines.add(PythonJsonWriter.compact(UpdateEventCodec.write(e, true)));
		}
		AtomicFiles.appendLines(layout.eventsLog(sessionId), lines); // one write, one force: not one per event
	}

	/**
	 * Writes {@code index.json} from the sessions given plus {@code keep}: summaries of sessions that exist on disk
	 * but could not be read this time, so a damaged meta does not make a session vanish from the reference's list.
	 * Its temporary file is in the staging folder: {@code sessions/} holds nothing but sessions and the index. The
	 * caller holds the store lock.
	 */
	public void writeIndex(Collection<Session> sessions, Map<String, JsonNode> keep) throws IOException {
		ObjectNode index = IndexCodec.write(sessions.stream().sorted(Comparator.comparing(Session::getId)).toList());
		ObjectNode all = (ObjectNode) index.get("sessions");
		Map<String, JsonNode> sorted = new TreeMap<>(keep); // one order, by id, whichever way an entry came
		all.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
		all.removeAll();
		all.setAll(sorted);
		Files.createDirectories(layout.sessionsDir());
		AtomicFiles.writeVia(Staging.newEntry(root, StoreLocks.STORE, "index"), layout.index(),
				PythonJsonWriter.pretty(index).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static ArrayNode eventsArray(List<UpdateEvent> events, boolean withRunId) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		for (UpdateEvent e : events) {
			array.add(UpdateEventCodec.write(e, withRunId));
		}
		return array;
	}

	private static void writeJson(Path file, JsonNode node) throws IOException {
		AtomicFiles.writeString(file, PythonJsonWriter.pretty(node));
	}

	/** Renaming a folder onto an existing name fails: exactly what makes concurrent creators safe. */
	private static void moveIntoPlace(Path temp, Path target) throws IOException {
		Files.createDirectories(target.getParent());
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
			throw new FileAlreadyExistsException(target.toString(), null, "already exists (created meanwhile by another program)");
		}
		OwnWrites.wrote(target);
		OwnWrites.wrote(target.getParent()); // a first run creates runs/
		AtomicFiles.forceDirectory(target.getParent());
	}

}
