package ttt.workbench.store.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;

/**
 * Writes a {@link SessionZip}: the chosen sessions (or a sweep's sessions and its folder), every ancestor of them up
 * to the root so that the lineage is whole, and the store's base. Files go in byte for byte under their
 * store-relative paths; the manifest, written last, lists each with its size and SHA-256 as written. The zip is
 * written to a temporary file beside the target and renamed onto it when complete, so a failed or cancelled export
 * leaves no half zip. The store is only read.
 */
public final class SessionZipWriter {

	/** Told about each file as it is written; {@link #cancelled()} stops the export (nothing is left behind). */
	public interface Monitor {
		Monitor NONE = new Monitor() {
		};

		default void file(String path, int done, int total) {
		}

		default boolean cancelled() {
			return false;
		}
	}

	private SessionZipWriter() {
	}

	/** Exports {@code sessionIds} with their ancestors and the base. */
	public static SessionZip.Contents exportSessions(Path storeRoot, Collection<String> sessionIds, Path zip, Monitor monitor)
			throws IOException {
		return export(storeRoot, List.copyOf(sessionIds), null, zip, monitor);
	}

	/** Exports the sweep {@code sweep} ({@code sweeps/<sweep>/}) with its sessions, their ancestors and the base. */
	public static SessionZip.Contents exportSweep(Path storeRoot, String sweep, Path zip, Monitor monitor) throws IOException {
		Path root = storeRoot.toAbsolutePath().normalize();
		Path manifest = root.resolve(SessionZip.SWEEPS_DIR).resolve(sweep).resolve(SessionZip.SWEEP_MANIFEST);
		if (!sweepNameOk(sweep) || !Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
			throw new StoreFormatException(manifest, "missing: there is no sweep \"" + sweep + "\" in this store");
		}
		JsonNode points = StoreFiles.readJson(root, manifest).path("points");
		List<String> ids = new ArrayList<>();
		for (JsonNode p : points) {
			String id = p.path("session_id").asText(null);
			if (id != null && Files.isDirectory(new StoreLayout(root).sessionDir(id))) {
				ids.add(id); // a pending point has no session yet
			}
		}
		return export(root, ids, sweep, zip, monitor);
	}

	/** The sweeps of a store (folder names under {@code sweeps/} holding a manifest), sorted. */
	public static List<String> sweeps(Path storeRoot) throws IOException {
		Path dir = storeRoot.resolve(SessionZip.SWEEPS_DIR);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(dir)) {
			return list.filter(p -> Files.isRegularFile(p.resolve(SessionZip.SWEEP_MANIFEST))).map(p -> p.getFileName().toString())
					.filter(SessionZipWriter::sweepNameOk).sorted().toList();
		}
	}

	static boolean sweepNameOk(String name) {
		return name != null && name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") && !name.contains("..");
	}

	/** The sessions and all their ancestors, each ancestor before its descendants. */
	public static List<String> withLineage(Store store, Collection<String> sessionIds, Path root) throws IOException {
		Set<String> ordered = new LinkedHashSet<>();
		for (String id : sessionIds) {
			Session s = store.findSession(id);
			if (s == null) {
				throw new StoreFormatException(new StoreLayout(root).sessionDir(id), "missing: no session \"" + id + "\" in the store");
			}
			List<String> chain = new ArrayList<>();
			for (Session c = s; c != null; c = c.getParent()) {
				chain.add(0, c.getId());
				if (c.getParent() == null && c.getParentId() != null) {
					throw new StoreFormatException(new StoreLayout(root).sessionDir(c.getParentId()), "missing: session \"" + c.getId()
							+ "\" was forked from it, so its lineage cannot be exported whole");
				}
			}
			ordered.addAll(chain);
		}
		return List.copyOf(ordered);
	}

	private static SessionZip.Contents export(Path storeRoot, List<String> selected, String sweep, Path zip, Monitor monitor)
			throws IOException {
		Path root = storeRoot.toAbsolutePath().normalize();
		StoreLayout layout = new StoreLayout(root);
		Store store = StoreReader.read(root);
		Base base = store.getBase();
		if (base == null || !Files.isRegularFile(layout.baseCheckpoint())) {
			throw new StoreFormatException(layout.baseMeta(), "missing or unreadable: a session cannot be exported without its base");
		}
		if (selected.isEmpty() && sweep == null) {
			throw new IllegalArgumentException("nothing to export: choose a session or a sweep");
		}
		List<String> sessions = withLineage(store, selected, root);
		List<Path> files = new ArrayList<>(List.of(layout.baseMeta(), layout.baseCheckpoint()));
		for (String id : sessions) {
			files.addAll(filesUnder(layout.sessionDir(id)));
		}
		if (sweep != null) {
			files.addAll(filesUnder(root.resolve(SessionZip.SWEEPS_DIR).resolve(sweep)));
		}
		Path target = zip.toAbsolutePath().normalize();
		if (target.startsWith(root)) {
			throw new StoreFormatException(target, "is inside the store; write the zip outside it");
		}
		Files.createDirectories(target.getParent());
		Path temp = target.resolveSibling("." + target.getFileName() + ".part");
		ArrayNode listed = JsonNodeFactory.instance.arrayNode();
		List<SessionZip.FileEntry> entries = new ArrayList<>();
		boolean done = false;
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(temp))) {
			for (int i = 0; i < files.size(); i++) {
				if (monitor.cancelled()) {
					throw new java.util.concurrent.CancellationException("export cancelled");
				}
				Path file = files.get(i);
				String rel = root.relativize(file).toString().replace('\\', '/');
				monitor.file(rel, i, files.size());
				byte[] bytes = Files.readAllBytes(file); // one read: the hash is of the bytes written
				out.putNextEntry(entry(rel));
				out.write(bytes);
				out.closeEntry();
				String sha = sha256(bytes);
				entries.add(new SessionZip.FileEntry(rel, bytes.length, sha));
				listed.addObject().put("path", rel).put("bytes", bytes.length).put("sha256", sha);
			}
			ObjectNode manifest = JsonNodeFactory.instance.objectNode();
			manifest.put("format", SessionZip.FORMAT);
			manifest.put("version", SessionZip.VERSION);
			manifest.put("created_at_unix", Instant.now().getEpochSecond());
			ObjectNode b = manifest.putObject("base");
			b.put("base_ckpt_hash", base.getBaseCkptHash());
			b.put("model_signature", base.getModelSignature());
			selected.forEach(manifest.putArray("selected")::add);
			sessions.forEach(manifest.putArray("sessions")::add);
			if (sweep == null) {
				manifest.putNull("sweep");
			} else {
				manifest.put("sweep", sweep);
			}
			manifest.set("files", listed);
			out.putNextEntry(entry(SessionZip.MANIFEST));
			writeAll(out, PythonJsonWriter.pretty(manifest).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
			out.finish();
			done = true;
		} finally {
			if (!done) {
				Files.deleteIfExists(temp);
			}
		}
		Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return new SessionZip.Contents(base.getBaseCkptHash(), base.getModelSignature(), selected, sessions, sweep, entries);
	}

	private static ZipEntry entry(String name) {
		ZipEntry e = new ZipEntry(name);
		e.setTime(315532800000L + 86400000L); // fixed (1980-01-02): the same sessions give the same zip bytes
		return e;
	}

	private static void writeAll(OutputStream out, byte[] bytes) throws IOException {
		out.write(bytes);
	}

	/** Regular files under {@code dir}, sorted; temporary files of interrupted writers are left out, links refused. */
	private static List<Path> filesUnder(Path dir) throws IOException {
		List<Path> out = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
				if (Files.isSymbolicLink(p)) {
					throw new StoreFormatException(p, "is a symbolic link; a store holds none, so it is not exported");
				}
				if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith(".")) {
					out.add(p);
				}
			}
		}
		return out;
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
