package ttt.workbench.engine.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.json.PythonJsonReader;

/**
 * What a run's outcome depends on and what a commit replaces, as found on disk: the bytes of the session's weights
 * and optimizer state, the runs present, and the meta keys the run was computed from ({@link #META_KEYS}: when it
 * last ran, and μ, friction, settings and identity, so a session deleted and made again under the same id with other
 * settings is not taken for the same one). A run computes without holding the session's lock; at commit, under the
 * lock, an unchanged fingerprint proves that no other run committed meanwhile (its outcome would be silently
 * overwritten otherwise). The note and other meta keys are not part of it: editing a note during a run is fine, and
 * the commit keeps the edit.
 */
record SessionFingerprint(boolean exists, String stateHash, List<String> runIds, String meta) {

	static final List<String> META_KEYS = List.of("last_run_at_unix", "created_at_unix", "mu", "env_mode", "plasticity_cfg",
			"optimizer", "model_signature", "parent_session_id");

	static SessionFingerprint of(StoreLayout layout, String sessionId) throws IOException {
		if (!Files.isDirectory(layout.sessionDir(sessionId), LinkOption.NOFOLLOW_LINKS)) {
			return new SessionFingerprint(false, "", List.of(), "");
		}
		MessageDigest sha;
		try {
			sha = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		for (Path file : List.of(layout.plasticState(sessionId), layout.optimState(sessionId))) {
			byte[] bytes = readOrNull(file);
			sha.update((file.getFileName() + (bytes == null ? ":missing" : ":" + bytes.length) + "\n").getBytes(StandardCharsets.UTF_8));
			if (bytes != null) {
				sha.update(bytes);
			}
		}
		TreeSet<String> runs = new TreeSet<>();
		Path runsDir = layout.runsDir(sessionId);
		if (Files.isDirectory(runsDir, LinkOption.NOFOLLOW_LINKS)) {
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(runsDir)) {
				for (Path p : stream) {
					if (!p.getFileName().toString().startsWith(".")) {
						runs.add(p.getFileName().toString());
					}
				}
			}
		}
		String facts = "?";
		byte[] meta = readOrNull(layout.sessionMeta(sessionId));
		if (meta != null) {
			try {
				JsonNode node = PythonJsonReader.parse(meta, layout.sessionMeta(sessionId));
				StringBuilder b = new StringBuilder();
				for (String key : META_KEYS) {
					b.append(key).append('=').append(node.path(key)).append('\n');
				}
				facts = b.toString();
			} catch (IOException unreadable) {
				facts = "unreadable";
			}
		}
		return new SessionFingerprint(true, HexFormat.of().formatHex(sha.digest()), List.copyOf(runs), facts);
	}

	private static byte[] readOrNull(Path file) throws IOException {
		try {
			return Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			return null;
		}
	}
}
