package ttt.workbench.store.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.files.FileTrees;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.StoreProblem;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.signature.Signatures;

/**
 * Imports a {@link SessionZip} into a store. The zip is checked whole before anything is written: every entry name
 * (no absolute paths, no {@code ..}, no backslashes or drive letters, only the files a store session, its runs, the
 * base or a sweep folder have), no symbolic links, no duplicate names, sizes within {@link SessionZip.Limits}
 * (counted while reading, not trusted from the headers), every file listed in the manifest with the SHA-256 it has,
 * and {@code .pt} files only at the names the store's allow-listed reader reads — each of them is then decoded by it.
 *
 * <p>The store side: the zip's base must be the store's (same checkpoint hash and model signature), or the store must
 * be empty, and then it gets the zip's base. A session id the store already has is skipped when the store's folder
 * holds exactly the zip's files (an ancestor imported before), and otherwise refused unless a rename suffix is given,
 * which renames every session of the zip (meta.json's session, parent and root ids; run ids keep their names).
 *
 * <p>Writing happens under the store lock: the files are extracted into a staging folder inside the store, checked
 * there, and each session folder (the base, the sweep folder) renamed into place in one step; if one rename fails
 * the ones made are taken back, so a bad zip never leaves a half-imported session. Then {@code index.json} is
 * rewritten. Undo: delete the imported sessions (the workbench moves them to {@code .trash}).
 */
public final class SessionZipReader {

	private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
	private static final Set<String> SESSION_FILES = Set.of(StoreLayout.SESSION_META, StoreLayout.METRICS, StoreLayout.PLASTIC_STATE,
			StoreLayout.OPTIM_STATE, StoreLayout.EVENTS_LOG);
	private static final Set<String> RUN_FILES = Set.of(StoreLayout.RUN_PER_STEP, StoreLayout.RUN_EVENTS, StoreLayout.RUN_TRAJECTORY,
			StoreLayout.RUN_CURVE_PNG, StoreLayout.METRICS, StoreLayout.PLASTIC_STATE, StoreLayout.OPTIM_STATE);
	private static final Set<String> BASE_FILES = Set.of(StoreLayout.BASE_META, StoreLayout.BASE_CHECKPOINT);
	/** Suffixes of pickle-bearing files: only the allow-listed names above may have them. */
	private static final List<String> PICKLE_SUFFIXES = List.of(".pt", ".pth", ".pkl", ".pickle", ".bin", ".ckpt", ".tar");

	/**
	 * What an import would do.
	 *
	 * @param renames every session of the zip → the id it gets in the store (itself unless renamed)
	 * @param identical sessions the store already has with exactly the zip's files: not imported again
	 * @param clashes sessions the store has with other files: the import is refused unless renamed
	 * @param baseImported whether the store (empty) gets the zip's base
	 * @param sweepTarget the sweep folder name it gets, or {@code null}
	 */
	public record Preview(Path zip, SessionZip.Contents contents, Map<String, String> renames, List<String> identical,
			List<String> clashes, boolean baseImported, String sweepTarget, List<String> notes) {
		public Preview {
			renames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(renames));
			identical = List.copyOf(identical);
			clashes = List.copyOf(clashes);
			notes = List.copyOf(notes);
		}

		/** The sessions that will be written, by their new ids. */
		public List<String> imported() {
			return renames.entrySet().stream().filter(e -> !identical.contains(e.getKey())).map(Map.Entry::getValue).toList();
		}
	}

	public record Result(List<String> imported, List<String> skipped, boolean baseImported, String sweep, List<String> notes) {
		public Result {
			imported = List.copyOf(imported);
			skipped = List.copyOf(skipped);
			notes = List.copyOf(notes);
		}
	}

	private SessionZipReader() {
	}

	/** Checks the zip (everything except the decoding of .pt files, done when staging) against the store; writes nothing. */
	public static Preview preview(Path zip, Path storeRoot, String renameSuffix) throws IOException {
		return plan(read(zip, SessionZip.Limits.DEFAULT), storeRoot.toAbsolutePath().normalize(), renameSuffix);
	}

	public static Result importZip(Path zip, Path storeRoot, String renameSuffix, StoreLocks locks, SessionZipWriter.Monitor monitor)
			throws IOException {
		return importZip(zip, storeRoot, renameSuffix, locks, monitor, SessionZip.Limits.DEFAULT);
	}

	static Result importZip(Path zip, Path storeRoot, String renameSuffix, StoreLocks locks, SessionZipWriter.Monitor monitor,
			SessionZip.Limits limits) throws IOException {
		Path root = storeRoot.toAbsolutePath().normalize();
		Checked checked = read(zip, limits);
		Preview first = plan(checked, root, renameSuffix);
		refuseClashes(first, root);
		Files.createDirectories(root);
		StoreLocks storeLocks = locks != null ? locks : new StoreLocks(root);
		try (StoreLocks.Held lock = storeLocks.acquire(StoreLocks.STORE, LOCK_TIMEOUT)) {
			Preview plan = plan(checked, root, renameSuffix); // again: the store may have changed meanwhile
			refuseClashes(plan, root);
			StoreCleanup.underStoreLock(root);
			return write(checked, plan, new StoreLayout(root), monitor, limits);
		}
	}

	// --- the zip -----------------------------------------------------------------------------------------------------

	/** The zip as checked: its manifest and the names of its file entries. */
	private record Checked(Path zip, SessionZip.Contents contents) {
	}

	private static Checked read(Path zipFile, SessionZip.Limits limits) throws IOException {
		Path zip = zipFile.toAbsolutePath().normalize();
		if (!Files.isRegularFile(zip)) {
			throw new SessionZipException(zip, null, Files.exists(zip) ? "is not a file" : "missing");
		}
		Set<String> names = new HashSet<>();
		List<String> files = new ArrayList<>();
		for (ZipDirectory.Record r : ZipDirectory.read(zip, limits.maxEntries())) {
			if (r.symlink()) {
				throw new SessionZipException(zip, r.name(), "is a symbolic link; a session zip holds regular files only");
			}
			if (!names.add(r.name())) {
				throw new SessionZipException(zip, r.name(), "appears twice; which one is meant cannot be told");
			}
			String problem = nameProblem(r.name());
			if (problem != null) {
				throw new SessionZipException(zip, r.name(), problem);
			}
			if (!r.name().endsWith("/") && !r.name().equals(SessionZip.MANIFEST)) {
				files.add(r.name());
			}
		}
		if (!names.contains(SessionZip.MANIFEST)) {
			throw new SessionZipException(zip, SessionZip.MANIFEST, "missing: this is not a session zip written by File ▸ Export or ttt export_zip");
		}
		try (ZipFile z = new ZipFile(zip.toFile())) {
			SessionZip.Contents contents = manifest(zip, z, limits);
			Map<String, SessionZip.FileEntry> listed = new TreeMap<>();
			contents.files().forEach(f -> listed.put(f.path(), f));
			if (listed.size() != contents.files().size()) {
				throw new SessionZipException(zip, SessionZip.MANIFEST, "lists a file twice");
			}
			long total = 0;
			for (String name : files) {
				SessionZip.FileEntry expected = listed.get(name);
				if (expected == null) {
					throw new SessionZipException(zip, name, "is not listed in " + SessionZip.MANIFEST);
				}
				byte[] bytes = readEntry(zip, z, name, limits);
				total += bytes.length;
				if (total > limits.maxTotalBytes()) {
					throw new SessionZipException(zip, name, "brings the unpacked size beyond " + limits.maxTotalBytes() + " bytes");
				}
				if (bytes.length != expected.bytes() || !SessionZipWriter.sha256(bytes).equals(expected.sha256())) {
					throw new SessionZipException(zip, name, "does not have the size and SHA-256 " + SessionZip.MANIFEST
							+ " records: the zip was changed or damaged after export");
				}
			}
			for (String path : listed.keySet()) {
				if (!files.contains(path)) {
					throw new SessionZipException(zip, path, "is listed in " + SessionZip.MANIFEST + " but missing from the zip");
				}
				String problem = nameProblem(path);
				if (problem != null) {
					throw new SessionZipException(zip, path, problem);
				}
			}
			checkSessionsHaveFiles(zip, contents, listed.keySet());
			return new Checked(zip, contents);
		} catch (ZipException e) {
			throw new SessionZipException(zip, null, "is not a readable zip (" + e.getMessage() + ")");
		}
	}

	/**
	 * Why an entry name cannot be in a session zip, or {@code null} when it can. Names are store-relative paths with
	 * '/' separators, of the shapes a store has.
	 */
	static String nameProblem(String name) {
		if (name.isEmpty() || name.length() > 1024) {
			return "has an empty or overlong name";
		}
		if (name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.startsWith("//")) {
			return "is an absolute path; entries must be relative to the store";
		}
		if (name.contains("\\")) {
			return "contains a backslash; entries use '/' and a backslash could name another folder on Windows";
		}
		if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == ':')) {
			return "contains control characters or ':'";
		}
		String body = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		String[] parts = body.split("/", -1);
		for (String part : parts) {
			if (part.isEmpty() || part.equals(".") || part.equals("..")) {
				return "has a '" + part + "' path segment; entries may not leave their folder (zip-slip)";
			}
		}
		if (name.endsWith("/")) {
			return null; // folder entries are allowed and ignored
		}
		String file = parts[parts.length - 1];
		boolean allowed = switch (parts[0]) {
		case SessionZip.MANIFEST -> parts.length == 1;
		case StoreLayout.BASE_DIR -> parts.length == 2 && BASE_FILES.contains(file);
		case StoreLayout.SESSIONS_DIR -> parts.length >= 3 && SessionIds.isValid(parts[1])
				&& (parts.length == 3 && SESSION_FILES.contains(file)
						|| parts.length == 5 && parts[2].equals(StoreLayout.RUNS_DIR) && SessionIds.isValid(parts[3]) && RUN_FILES.contains(file));
		case SessionZip.SWEEPS_DIR -> parts.length == 3 && SessionZipWriter.sweepNameOk(parts[1]) && !isPickle(file) && !file.startsWith(".");
		default -> false;
		};
		if (!allowed) {
			return isPickle(file) ? "is a pickle-bearing file outside the allow-list (only base_checkpoint.pt, plastic_state.pt and"
					+ " optim_state.pt are read, with the allow-listed reader)"
					: "is not a file of a store's base, session, run or sweep folder";
		}
		return null;
	}

	private static boolean isPickle(String file) {
		String lower = file.toLowerCase(java.util.Locale.ROOT);
		return PICKLE_SUFFIXES.stream().anyMatch(lower::endsWith);
	}

	private static byte[] readEntry(Path zip, ZipFile z, String name, SessionZip.Limits limits) throws IOException {
		ZipEntry e = z.getEntry(name);
		if (e == null) {
			throw new SessionZipException(zip, name, "cannot be found in the zip");
		}
		if (e.getSize() > limits.maxEntryBytes()) {
			throw new SessionZipException(zip, name, "is " + e.getSize() + " bytes unpacked, more than the " + limits.maxEntryBytes()
					+ " allowed per file");
		}
		try (InputStream in = z.getInputStream(e)) {
			byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxEntryBytes() + 1));
			if (bytes.length > limits.maxEntryBytes()) {
				throw new SessionZipException(zip, name, "unpacks to more than the " + limits.maxEntryBytes()
						+ " bytes allowed per file (its header claims less: a zip bomb?)");
			}
			return bytes;
		} catch (ZipException ex) {
			throw new SessionZipException(zip, name, "cannot be unpacked (" + ex.getMessage() + ")");
		}
	}

	private static SessionZip.Contents manifest(Path zip, ZipFile z, SessionZip.Limits limits) throws IOException {
		byte[] bytes = readEntry(zip, z, SessionZip.MANIFEST, new SessionZip.Limits(16L << 20, limits.maxTotalBytes(),
				limits.maxEntries()));
		JsonNode m;
		try {
			m = PythonJsonReader.parse(bytes, zip.resolve(SessionZip.MANIFEST));
		} catch (IOException e) {
			throw new SessionZipException(zip, SessionZip.MANIFEST, "is not valid JSON (" + e.getMessage() + ")");
		}
		if (!SessionZip.FORMAT.equals(m.path("format").asText()) || m.path("version").asInt(-1) < 1) {
			throw new SessionZipException(zip, SessionZip.MANIFEST, "is not a session zip manifest (format " + m.path("format") + ")");
		}
		if (m.path("version").asInt() > SessionZip.VERSION) {
			throw new SessionZipException(zip, SessionZip.MANIFEST, "has version " + m.path("version").asInt()
					+ ", written by a newer workbench");
		}
		String hash = m.path("base").path("base_ckpt_hash").asText("");
		String signature = m.path("base").path("model_signature").asText("");
		if (!hash.matches("[0-9a-f]{64}") || !signature.matches("[0-9a-f]{64}")) {
			throw new SessionZipException(zip, SessionZip.MANIFEST, "does not record the base's checkpoint hash and model signature");
		}
		List<String> sessions = ids(zip, m.path("sessions"));
		List<String> selected = ids(zip, m.path("selected"));
		String sweep = m.path("sweep").isTextual() ? m.path("sweep").textValue() : null;
		if (sweep != null && !SessionZipWriter.sweepNameOk(sweep)) {
			throw new SessionZipException(zip, SessionZip.MANIFEST, "names the sweep \"" + SessionZipException.printable(sweep)
					+ "\", which is not a valid folder name");
		}
		List<SessionZip.FileEntry> files = new ArrayList<>();
		for (JsonNode f : m.path("files")) {
			String path = f.path("path").asText(null);
			String sha = f.path("sha256").asText("");
			if (path == null || !f.path("bytes").canConvertToLong() || !sha.matches("[0-9a-f]{64}")) {
				throw new SessionZipException(zip, SessionZip.MANIFEST, "has a file record without path, bytes and sha256: " + f);
			}
			files.add(new SessionZip.FileEntry(path, f.path("bytes").longValue(), sha));
		}
		return new SessionZip.Contents(hash, signature, selected, sessions, sweep, files);
	}

	private static List<String> ids(Path zip, JsonNode array) throws SessionZipException {
		List<String> ids = new ArrayList<>();
		for (JsonNode n : array) {
			if (!n.isTextual() || !SessionIds.isValid(n.textValue())) {
				throw new SessionZipException(zip, SessionZip.MANIFEST, "lists an invalid session id " + n);
			}
			ids.add(n.textValue());
		}
		return ids;
	}

	/** Every session the manifest names has its meta.json, and no file belongs to a session it does not name. */
	private static void checkSessionsHaveFiles(Path zip, SessionZip.Contents c, Set<String> files) throws SessionZipException {
		Set<String> named = new HashSet<>(c.sessions());
		for (String id : c.sessions()) {
			String meta = StoreLayout.SESSIONS_DIR + "/" + id + "/" + StoreLayout.SESSION_META;
			if (!files.contains(meta)) {
				throw new SessionZipException(zip, meta, "missing: the manifest names session \"" + id + "\"");
			}
		}
		for (String f : files) {
			String[] parts = f.split("/");
			if (parts[0].equals(StoreLayout.SESSIONS_DIR) && !named.contains(parts[1])) {
				throw new SessionZipException(zip, f, "belongs to session \"" + parts[1] + "\", which the manifest does not name");
			}
			if (parts[0].equals(SessionZip.SWEEPS_DIR) && !parts[1].equals(c.sweep())) {
				throw new SessionZipException(zip, f, "belongs to sweep \"" + parts[1] + "\", which the manifest does not name");
			}
		}
		for (String b : BASE_FILES) {
			if (!files.contains(StoreLayout.BASE_DIR + "/" + b)) {
				throw new SessionZipException(zip, StoreLayout.BASE_DIR + "/" + b, "missing: a session zip carries its base");
			}
		}
	}

	// --- the store -----------------------------------------------------------------------------------------------------

	private static Preview plan(Checked checked, Path root, String renameSuffix) throws IOException {
		Path zip = checked.zip();
		SessionZip.Contents c = checked.contents();
		StoreLayout layout = new StoreLayout(root);
		if (Files.exists(root, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(root)) {
			throw new SessionZipException(root, null, "is not a folder; a store is a folder");
		}
		if (renameSuffix != null && !renameSuffix.isEmpty() && !renameSuffix.matches("[A-Za-z0-9._-]{1,32}")) {
			throw new SessionZipException(zip, null, "cannot be imported with the suffix \"" + SessionZipException.printable(renameSuffix)
					+ "\": use letters, digits, '.', '_' or '-'");
		}
		String suffix = renameSuffix == null || renameSuffix.isEmpty() ? null : renameSuffix;
		List<String> notes = new ArrayList<>();
		boolean baseImported;
		if (Files.exists(layout.baseMeta(), LinkOption.NOFOLLOW_LINKS)) {
			Base base = BaseMetaCodec.read(StoreFiles.readJson(root, layout.baseMeta()), layout.baseMeta());
			if (!base.getBaseCkptHash().equals(c.baseCkptHash()) || !base.getModelSignature().equals(c.modelSignature())) {
				throw new SessionZipException(zip, null, "was exported from a store with another base (checkpoint SHA-256 "
						+ Phase0Plan.abbreviate(c.baseCkptHash()) + ", signature " + Phase0Plan.abbreviate(c.modelSignature())
						+ ") than this store's (" + Phase0Plan.abbreviate(base.getBaseCkptHash()) + ", "
						+ Phase0Plan.abbreviate(base.getModelSignature()) + " in " + layout.baseMeta()
						+ "): all sessions of a store share its base; import it into an empty folder instead");
			}
			baseImported = false;
			notes.add("base: the store's base has the zip's checkpoint hash and model signature; it is kept");
		} else {
			if (hasSessions(layout)) {
				throw new SessionZipException(layout.baseMeta(), null, "missing although the store has sessions: the zip's base cannot"
						+ " be added under them; import into a store with a base or an empty folder");
			}
			baseImported = true;
			notes.add("base: the store has none; it gets the zip's base (checkpoint SHA-256 " + Phase0Plan.abbreviate(c.baseCkptHash()) + ")");
		}
		Map<String, String> renames = new LinkedHashMap<>();
		List<String> identical = new ArrayList<>();
		List<String> clashes = new ArrayList<>();
		for (String id : c.sessions()) {
			String target = suffix == null ? id : id + suffix;
			if (!SessionIds.isValid(target)) {
				throw new SessionZipException(zip, null, "cannot rename \"" + id + "\" to \"" + target + "\": " + SessionIds.problem(target).orElse("invalid id"));
			}
			renames.put(id, target);
			if (Files.exists(layout.sessionDir(target), LinkOption.NOFOLLOW_LINKS)) {
				if (suffix == null && sameFiles(root, c, id)) {
					identical.add(id);
					notes.add("session \"" + id + "\": the store has it with exactly these files; it is not imported again");
				} else {
					clashes.add(target);
				}
			}
		}
		if (suffix != null) {
			notes.add("sessions renamed with the suffix \"" + suffix + "\" (meta.json's session, parent and root ids); their run ids"
					+ " and metrics.json's run_dir keep the old names");
		}
		String sweepTarget = null;
		if (c.sweep() != null) {
			sweepTarget = suffix == null ? c.sweep() : c.sweep() + suffix;
			if (Files.exists(root.resolve(SessionZip.SWEEPS_DIR).resolve(sweepTarget), LinkOption.NOFOLLOW_LINKS)) {
				clashes.add(SessionZip.SWEEPS_DIR + "/" + sweepTarget);
			}
			notes.add("sweep \"" + c.sweep() + "\" imported as sweeps/" + sweepTarget
					+ (suffix == null ? "" : " (its manifest's session ids renamed too)"));
		}
		return new Preview(zip, c, renames, identical, clashes, baseImported, sweepTarget, notes);
	}

	private static void refuseClashes(Preview p, Path root) throws SessionZipException {
		if (!p.clashes().isEmpty()) {
			throw new SessionZipException(p.zip(), null, "holds " + String.join(", ", p.clashes()) + ", which the store " + root
					+ " already has with other contents; import with a rename suffix (for example \"-imported\")");
		}
		if (p.imported().isEmpty() && p.sweepTarget() == null) {
			throw new SessionZipException(p.zip(), null, "holds nothing the store does not already have");
		}
	}

	private static boolean hasSessions(StoreLayout layout) throws IOException {
		if (!Files.isDirectory(layout.sessionsDir())) {
			return false;
		}
		for (Path child : StoreReader.sortedChildren(layout.sessionsDir())) {
			if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && !child.getFileName().toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** Whether the store's folder of session {@code id} holds exactly the zip's files of it, byte for byte. */
	private static boolean sameFiles(Path root, SessionZip.Contents c, String id) throws IOException {
		String prefix = StoreLayout.SESSIONS_DIR + "/" + id + "/";
		Map<String, String> zipFiles = new TreeMap<>();
		c.files().stream().filter(f -> f.path().startsWith(prefix)).forEach(f -> zipFiles.put(f.path(), f.sha256()));
		Map<String, String> storeFiles = new TreeMap<>();
		Path dir = root.resolve(StoreLayout.SESSIONS_DIR).resolve(id);
		try (var walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk::iterator) {
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith(".")) {
					storeFiles.put(root.relativize(p).toString().replace('\\', '/'), Signatures.sha256Hex(p));
				}
			}
		}
		return zipFiles.equals(storeFiles);
	}

	// --- writing -------------------------------------------------------------------------------------------------------

	private static Result write(Checked checked, Preview plan, StoreLayout layout, SessionZipWriter.Monitor monitor,
			SessionZip.Limits limits) throws IOException {
		Path root = layout.root();
		Path zip = checked.zip();
		List<String> notes = new ArrayList<>(plan.notes());
		Set<String> problemsBefore = problemKeys(root);
		Path staging = Staging.newEntry(root, StoreLocks.STORE, "import-zip");
		List<Path> moved = new ArrayList<>();
		try {
			stage(checked, plan, staging, monitor, limits);
			StoreLayout staged = new StoreLayout(staging);
			if (plan.baseImported()) {
				if (Files.isDirectory(layout.baseDir()) && isEmpty(layout.baseDir())) {
					Files.delete(layout.baseDir());
				}
				move(staged.baseDir(), layout.baseDir(), moved);
			}
			Files.createDirectories(layout.sessionsDir());
			for (String id : plan.imported()) {
				move(staged.sessionDir(id), layout.sessionDir(id), moved);
			}
			if (plan.sweepTarget() != null) {
				Files.createDirectories(root.resolve(SessionZip.SWEEPS_DIR));
				move(staging.resolve(SessionZip.SWEEPS_DIR).resolve(plan.sweepTarget()),
						root.resolve(SessionZip.SWEEPS_DIR).resolve(plan.sweepTarget()), moved);
			}
		} catch (IOException | RuntimeException e) {
			for (int i = moved.size() - 1; i >= 0; i--) {
				FileTrees.delete(moved.get(i)); // ours, made a moment ago: the store is as it was before
			}
			throw e;
		} finally {
			FileTrees.delete(staging);
		}
		Phase0Importer.updateIndex(layout, notes);
		for (StoreProblem p : StoreReader.read(root).getProblems()) {
			String key = p.getSeverity() + "|" + p.getPath() + "|" + p.getMessage();
			if (!problemsBefore.contains(key)) {
				notes.add("WARNING: after the import the store reader reports " + p.getSeverity() + " " + p.getPath() + ": " + p.getMessage());
			}
		}
		return new Result(plan.imported(), plan.identical(), plan.baseImported(), plan.sweepTarget(), notes);
	}

	/** Extracts the files to write into {@code staging} (renamed), then decodes each .pt and JSON file there. */
	private static void stage(Checked checked, Preview plan, Path staging, SessionZipWriter.Monitor monitor, SessionZip.Limits limits)
			throws IOException {
		Path zip = checked.zip();
		List<SessionZip.FileEntry> files = checked.contents().files();
		try (ZipFile z = new ZipFile(zip.toFile())) {
			for (int i = 0; i < files.size(); i++) {
				if (monitor.cancelled()) {
					throw new java.util.concurrent.CancellationException("import cancelled");
				}
				String name = files.get(i).path();
				monitor.file(name, i, files.size());
				String[] parts = name.split("/");
				Path target;
				if (parts[0].equals(StoreLayout.BASE_DIR)) {
					if (!plan.baseImported()) {
						continue;
					}
					target = staging.resolve(name);
				} else if (parts[0].equals(StoreLayout.SESSIONS_DIR)) {
					if (plan.identical().contains(parts[1])) {
						continue;
					}
					target = staging.resolve(StoreLayout.SESSIONS_DIR).resolve(plan.renames().get(parts[1]))
							.resolve(name.substring(parts[0].length() + parts[1].length() + 2));
				} else {
					target = staging.resolve(SessionZip.SWEEPS_DIR).resolve(plan.sweepTarget()).resolve(parts[2]);
				}
				if (!target.normalize().startsWith(staging)) {
					throw new SessionZipException(zip, name, "would be written outside the store (zip-slip)");
				}
				byte[] bytes = readEntry(zip, z, name, limits);
				if (!SessionZipWriter.sha256(bytes).equals(files.get(i).sha256())) {
					throw new SessionZipException(zip, name, "changed while it was being imported");
				}
				Files.createDirectories(target.getParent());
				Files.write(target, rewrite(zip, name, parts, bytes, plan));
				check(zip, name, target, checked.contents(), plan);
			}
		}
		ttt.workbench.store.files.AtomicFiles.forceDirectory(staging);
	}

	/** meta.json of a renamed session and a renamed sweep's manifest get the new ids; every other file is kept as is. */
	private static byte[] rewrite(Path zip, String name, String[] parts, byte[] bytes, Preview plan) throws IOException {
		boolean renamed = plan.renames().entrySet().stream().anyMatch(e -> !e.getKey().equals(e.getValue()));
		if (!renamed) {
			return bytes;
		}
		if (parts[0].equals(StoreLayout.SESSIONS_DIR) && parts.length == 3 && parts[2].equals(StoreLayout.SESSION_META)) {
			ObjectNode meta = object(zip, name, bytes);
			for (String key : List.of("session_id", "parent_session_id", "root_session_id")) {
				JsonNode v = meta.get(key);
				if (v != null && v.isTextual() && plan.renames().containsKey(v.textValue())) {
					meta.put(key, plan.renames().get(v.textValue()));
				}
			}
			return PythonJsonWriter.pretty(meta).getBytes(StandardCharsets.UTF_8);
		}
		if (parts[0].equals(SessionZip.SWEEPS_DIR) && parts[2].equals(SessionZip.SWEEP_MANIFEST)) {
			ObjectNode manifest = object(zip, name, bytes);
			if (manifest.has("name")) {
				manifest.put("name", plan.sweepTarget());
			}
			for (JsonNode p : manifest.path("points")) {
				JsonNode id = p.get("session_id");
				if (p instanceof ObjectNode o && id != null && id.isTextual() && plan.renames().containsKey(id.textValue())) {
					o.put("session_id", plan.renames().get(id.textValue()));
				}
			}
			return PythonJsonWriter.pretty(manifest).getBytes(StandardCharsets.UTF_8);
		}
		return bytes;
	}

	private static ObjectNode object(Path zip, String name, byte[] bytes) throws IOException {
		JsonNode node = PythonJsonReader.parse(bytes, zip.resolve(name));
		if (!(node instanceof ObjectNode o)) {
			throw new SessionZipException(zip, name, "must be a JSON object");
		}
		return o;
	}

	/** Decodes a staged file as what its name says: .pt through the allow-listed reader, JSON through the store's parser. */
	private static void check(Path zip, String name, Path staged, SessionZip.Contents c, Preview plan) throws IOException {
		String file = staged.getFileName().toString();
		try {
			switch (file) {
			case StoreLayout.PLASTIC_STATE -> PlasticState.read(staged);
			case StoreLayout.OPTIM_STATE -> OptimizerState.read(staged);
			case StoreLayout.BASE_CHECKPOINT -> {
				BaseCheckpoint.read(staged);
				if (!Signatures.sha256Hex(staged).equals(c.baseCkptHash())) {
					throw new SessionZipException(zip, name, "does not have the checkpoint hash the manifest records");
				}
			}
			default -> {
				if (file.endsWith(".json")) {
					JsonNode node = PythonJsonReader.parse(Files.readAllBytes(staged), staged);
					if (file.equals(StoreLayout.SESSION_META) && name.startsWith(StoreLayout.SESSIONS_DIR + "/")) {
						checkMeta(zip, name, node, c, plan);
					}
				}
			}
			}
		} catch (SessionZipException e) {
			throw e;
		} catch (IOException e) {
			String message = e instanceof ttt.workbench.store.StoreFormatException f ? f.problem() : e.getMessage();
			throw new SessionZipException(zip, name, "cannot be read: " + message);
		}
	}

	private static void checkMeta(Path zip, String name, JsonNode meta, SessionZip.Contents c, Preview plan) throws SessionZipException {
		String oldId = name.split("/")[1];
		String id = meta.path("session_id").asText(null);
		if (!plan.renames().get(oldId).equals(id)) {
			throw new SessionZipException(zip, name, "has session_id " + meta.path("session_id") + " but lies in the folder of \"" + oldId + "\"");
		}
		if (!c.baseCkptHash().equals(meta.path("base_ckpt_hash").asText())) {
			throw new SessionZipException(zip, name, "was made from another base (base_ckpt_hash " + meta.path("base_ckpt_hash")
					+ ") than the zip's");
		}
		JsonNode parent = meta.get("parent_session_id");
		if (parent != null && parent.isTextual() && !plan.renames().containsValue(parent.textValue())) {
			throw new SessionZipException(zip, name, "has the parent \"" + parent.textValue() + "\", which the zip does not hold:"
					+ " the lineage is not whole");
		}
	}

	private static void move(Path from, Path to, List<Path> moved) throws IOException {
		if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
			throw new java.nio.file.FileAlreadyExistsException(to.toString(), null, "appeared while importing (another program?)");
		}
		Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
		moved.add(to);
		ttt.workbench.store.files.AtomicFiles.forceDirectory(to.getParent());
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (var list = Files.list(dir)) {
			return list.findAny().isEmpty();
		}
	}

	private static Set<String> problemKeys(Path root) throws IOException {
		Set<String> keys = new HashSet<>();
		if (Files.isDirectory(root)) {
			StoreReader.read(root).getProblems().forEach(p -> keys.add(p.getSeverity() + "|" + p.getPath() + "|" + p.getMessage()));
		}
		return keys;
	}
}
