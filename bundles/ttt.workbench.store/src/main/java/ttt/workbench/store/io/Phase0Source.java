package ttt.workbench.store.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.TrajectoryCodec;
import ttt.workbench.store.codec.UpdateEventCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.store.model.UpdateEvent;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.pt.PtLimits;
import ttt.workbench.store.signature.Signatures;

/**
 * Every file of one Phase 0 run folder, read and checked file by file with the store's own codecs (JSON through
 * {@link PythonJsonReader}, {@code per_step.csv} through {@link PerStepCsv}, {@code .pt} through the allow-listed
 * {@link ttt.workbench.store.pt.TorchFileReader}). Reading never writes anything. Checks that need more than one
 * file (does the weight shape fit the checkpoint, do the metrics belong to these per-step values) are
 * {@link Phase0Plan}'s.
 *
 * <pre>
 * &lt;run&gt;/base_checkpoint.pt         required
 * &lt;run&gt;/per_step.csv               required, Phase 0 header t,baseline_mse,adaptive_mse,did_update,update_ok
 * &lt;run&gt;/update_events.json         required, JSON array of events
 * &lt;run&gt;/trajectory.json, mse_curve.png   optional, imported when present
 * &lt;run&gt;/session/meta.json           required (a JSON object; which keys it has is up to Phase0Plan)
 * &lt;run&gt;/session/metrics.json        optional
 * &lt;run&gt;/session/plastic_state.pt    required
 * &lt;run&gt;/session/optim_state.pt      required
 * </pre>
 */
final class Phase0Source {

	static final String SESSION_DIR = "session";
	static final String BASE_CHECKPOINT = "base_checkpoint.pt";
	static final String PER_STEP = StoreLayout.RUN_PER_STEP;
	static final String EVENTS = StoreLayout.RUN_EVENTS;
	static final String TRAJECTORY = StoreLayout.RUN_TRAJECTORY;
	static final String CURVE_PNG = StoreLayout.RUN_CURVE_PNG;
	static final String META = StoreLayout.SESSION_META;
	static final String METRICS = StoreLayout.METRICS;
	static final String PLASTIC = StoreLayout.PLASTIC_STATE;
	static final String OPTIM = StoreLayout.OPTIM_STATE;

	private static final Set<String> RUN_FILES = Set.of(SESSION_DIR, BASE_CHECKPOINT, PER_STEP, EVENTS, TRAJECTORY, CURVE_PNG);
	private static final Set<String> SESSION_FILES = Set.of(META, METRICS, PLASTIC, OPTIM);
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	final Path folder;
	final Path sessionDir;

	final Path checkpointFile;
	final byte[] checkpointBytes;
	final String checkpointHash;
	final BaseCheckpoint checkpoint;

	final Path perStepFile;
	final byte[] perStepBytes;
	final PerStepTable perStep;
	final long perStepMtimeSeconds;

	final Path eventsFile;
	final List<UpdateEvent> events;

	final Path metaFile;
	final Phase0Json meta;
	final Path metricsFile;
	/** {@code null} when the Phase 0 session has no metrics.json. */
	final Phase0Json metrics;

	final Path plasticFile;
	final PlasticState plastic;
	final Path optimFile;
	final OptimizerState optimizer;

	/** Optional extras of the run folder; {@code null} when absent. */
	final Trajectory trajectory;
	final byte[] curvePng;

	/** Files and folders the import does not use (listed in the notes, never imported). */
	final List<String> ignored;

	private Phase0Source(Path folder) throws IOException {
		this.folder = folder;
		this.sessionDir = folder.resolve(SESSION_DIR);
		if (Files.isDirectory(folder.resolve(StoreLayout.SESSIONS_DIR)) || Files.isDirectory(folder.resolve(StoreLayout.BASE_DIR))) {
			throw new Phase0ImportException(folder, "is an artifact store (it has sessions/ or base/), not a Phase 0 run folder;"
					+ " choose one of the old tool's run folders (base_checkpoint.pt, per_step.csv, update_events.json, session/)");
		}
		if (!Files.isDirectory(sessionDir) && Files.isRegularFile(folder.resolve(PER_STEP)) && !looksLikePhase0Csv(folder.resolve(PER_STEP))) {
			throw new Phase0ImportException(folder.resolve(PER_STEP), "has the Phase 1 header: this is a run folder of a Phase 1 store,"
					+ " which needs no import (open its store instead)");
		}
		if (!Files.isDirectory(sessionDir)) {
			throw new Phase0ImportException(sessionDir, "missing: a Phase 0 run folder has a session/ folder holding meta.json,"
					+ " metrics.json, plastic_state.pt and optim_state.pt");
		}

		perStepFile = folder.resolve(PER_STEP);
		perStepBytes = readText(perStepFile, "the run's per-step values");
		perStep = PerStepCsv.parse(perStepBytes, perStepFile);
		if (perStep.format() != PerStepTable.Format.PHASE0) {
			throw new Phase0ImportException(perStepFile, "has the Phase 1 header '" + PerStepTable.Format.PHASE1.header()
					+ "': this is not a Phase 0 run (Phase 1 runs live inside a store and need no import)");
		}
		if (perStep.steps() == 0) {
			throw new Phase0ImportException(perStepFile, "has a header but no steps: there is no run to import");
		}
		perStepMtimeSeconds = Files.getLastModifiedTime(perStepFile).toMillis() / 1000;

		eventsFile = folder.resolve(EVENTS);
		events = readEvents(eventsFile);

		metaFile = sessionDir.resolve(META);
		meta = Phase0Json.of(readJson(metaFile, "the Phase 0 session's description"), metaFile);
		metricsFile = sessionDir.resolve(METRICS);
		metrics = Files.exists(metricsFile) ? Phase0Json.of(readJson(metricsFile, "the Phase 0 session's metrics"), metricsFile)
				: null;

		checkpointFile = folder.resolve(BASE_CHECKPOINT);
		requireFile(checkpointFile, "the base model the Phase 0 session was made from");
		long size = Files.size(checkpointFile);
		if (size > PtLimits.DEFAULT.maxTotalBytes()) {
			throw new Phase0ImportException(checkpointFile, "is " + size + " bytes, more than the " + PtLimits.DEFAULT.maxTotalBytes()
					+ " bytes a checkpoint may have");
		}
		checkpointBytes = Files.readAllBytes(checkpointFile);
		checkpoint = BaseCheckpoint.read(checkpointFile);
		checkpointHash = Signatures.sha256Hex(checkpointBytes);
		// the bytes copied into the store must be the bytes that were checked
		if (!checkpointHash.equals(Signatures.sha256Hex(checkpointFile))) {
			throw new Phase0ImportException(checkpointFile, "changed while it was being read; import again when nothing writes to it");
		}

		plasticFile = sessionDir.resolve(PLASTIC);
		requireFile(plasticFile, "the Phase 0 session's plastic weights");
		plastic = PlasticState.read(plasticFile);
		optimFile = sessionDir.resolve(OPTIM);
		requireFile(optimFile, "the Phase 0 session's optimizer state");
		optimizer = OptimizerState.read(optimFile);

		Path trajectoryFile = folder.resolve(TRAJECTORY);
		trajectory = Files.exists(trajectoryFile) ? readTrajectory(trajectoryFile) : null;
		Path pngFile = folder.resolve(CURVE_PNG);
		curvePng = Files.exists(pngFile) ? readPng(pngFile) : null;

		ignored = new ArrayList<>();
		ignored.addAll(unused(folder, RUN_FILES, ""));
		ignored.addAll(unused(sessionDir, SESSION_FILES, SESSION_DIR + "/"));
	}

	/** The files this source read, in the folder's order: the required ones and the optional ones present. */
	List<Path> readFiles() {
		List<Path> files = new ArrayList<>(List.of(checkpointFile, perStepFile, eventsFile));
		for (String optional : List.of(TRAJECTORY, CURVE_PNG)) {
			if (Files.exists(folder.resolve(optional))) {
				files.add(folder.resolve(optional));
			}
		}
		files.add(metaFile);
		if (metrics != null) {
			files.add(metricsFile);
		}
		files.add(plasticFile);
		files.add(optimFile);
		return files;
	}

	/** Reads and checks every file of {@code runFolder}; nothing is written. */
	static Phase0Source read(Path runFolder) throws IOException {
		Path folder = runFolder.toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new Phase0ImportException(folder, Files.exists(folder) ? "not a folder: a Phase 0 run is a folder" : "missing");
		}
		return new Phase0Source(folder);
	}

	/** The session folder plus the Phase 0 header in the first line of {@code per_step.csv}. */
	static boolean looksLikePhase0(Path dir) {
		if (dir == null || !Files.isDirectory(dir) || !Files.isDirectory(dir.resolve(SESSION_DIR))) {
			return false;
		}
		return looksLikePhase0Csv(dir.resolve(PER_STEP));
	}

	/** Whether the first line of {@code csv} is the Phase 0 header. */
	private static boolean looksLikePhase0Csv(Path csv) {
		if (!Files.isRegularFile(csv)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(csv)) {
			String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
			int end = head.indexOf('\n');
			String first = (end < 0 ? head : head.substring(0, end)).trim();
			if (first.startsWith("\uFEFF")) {
				first = first.substring(1);
			}
			return first.equals(PerStepTable.Format.PHASE0.header());
		} catch (IOException e) {
			return false;
		}
	}

	private static void requireFile(Path file, String what) throws Phase0ImportException {
		if (!Files.exists(file)) {
			throw new Phase0ImportException(file, "missing (" + what + "); a Phase 0 run folder cannot be imported without it");
		}
		if (!Files.isRegularFile(file)) {
			throw new Phase0ImportException(file, "is not a regular file (" + what + ")");
		}
	}

	private static byte[] readText(Path file, String what) throws IOException {
		requireFile(file, what);
		long size = Files.size(file);
		if (size > StoreFiles.MAX_TEXT_BYTES) {
			throw new Phase0ImportException(file, "is " + size + " bytes; store files are at most " + StoreFiles.MAX_TEXT_BYTES + " bytes");
		}
		return Files.readAllBytes(file);
	}

	private static JsonNode readJson(Path file, String what) throws IOException {
		return PythonJsonReader.parse(readText(file, what), file);
	}

	private static List<UpdateEvent> readEvents(Path file) throws IOException {
		JsonNode array = readJson(file, "the run's update events");
		if (!array.isArray()) {
			throw new Phase0ImportException(file, "must be a JSON array of update events, found " + Phase0Json.describe(array));
		}
		List<UpdateEvent> events = new ArrayList<>();
		for (int i = 0; i < array.size(); i++) {
			events.add(UpdateEventCodec.read(array.get(i), file, "element " + i));
		}
		return events;
	}

	private static Trajectory readTrajectory(Path file) throws IOException {
		JsonNode json = readJson(file, "the run's trajectory");
		try {
			return TrajectoryCodec.read(json, file);
		} catch (StoreFormatException e) {
			throw new Phase0ImportException(file, e.problem() + " (remove it from the Phase 0 folder to import the run without its"
					+ " trajectory)");
		}
	}

	private static byte[] readPng(Path file) throws IOException {
		byte[] bytes = readText(file, "the run's chart");
		if (bytes.length < PNG_SIGNATURE.length || !Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE)) {
			throw new StoreFormatException(file, "is not a PNG image (remove it from the Phase 0 folder to import without the chart)");
		}
		return bytes;
	}

	private static List<String> unused(Path dir, Set<String> known, String prefix) throws IOException {
		Set<String> names = new TreeSet<>();
		try (Stream<Path> children = Files.list(dir)) {
			children.map(p -> p.getFileName().toString()).filter(n -> !known.contains(n)).forEach(n -> names.add(prefix + n));
		}
		return new ArrayList<>(names);
	}
}
