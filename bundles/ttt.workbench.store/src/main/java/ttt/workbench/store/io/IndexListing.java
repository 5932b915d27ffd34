package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.Hashes;
import ttt.workbench.store.codec.SchemaVersion;
import ttt.workbench.store.json.PythonFloats;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.Store;

/**
 * What {@code list_sessions} prints, {@code json.dumps(index["sessions"], indent=2, sort_keys=True)}, made straight
 * from the bytes of {@code sessions/index.json} without building a model, for a store on which opening would neither
 * change anything nor warn: on 100,000 sessions that is most of the command's time saved (no 100,000 {@code Session}
 * objects, no tree linking, no JSON tree per entry).
 *
 * <p>It is an optimisation with a safe way out, never a second reading of the store: whenever anything is not plain —
 * a pending run commit, a problem with the base, an index entry that is not exactly the eight keys with the types
 * and ids the index codec accepts, ids out of order or needing escapes, a folder the index does not list or lists
 * without a folder, a {@code meta.json} newer than the index, a parent that is not listed, a cycle, a root that
 * the parents do not lead to, a signature other than the base's — it answers empty, and the caller opens the store
 * as before ({@link ttt.workbench.store.ArtifactStore#openSummaries}), which rebuilds the index and warns exactly
 * as it always has. The checks are those of {@link IndexFirstReader} and {@link TreeLinker}.
 */
public final class IndexListing {

	private static final JsonFactory STREAMING = JsonFactory.builder().enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxDocumentLength(256L << 20).build()).build();

	/** The eight keys of an index entry, in the order {@code sort_keys=True} prints them. */
	private static final String[] KEYS = { "created_at_unix", "env_mode", "last_run_at_unix", "model_signature", "mu",
			"parent_session_id", "root_session_id", "session_id" };

	private IndexListing() {
	}

	/**
	 * @return the text {@code list_sessions} prints (without the final line break) in ASCII, or empty when the store
	 *         must be opened to answer (see the class comment)
	 */
	public static Optional<byte[]> ifCurrent(Path root) throws IOException {
		root = root.toAbsolutePath().normalize();
		StoreLayout layout = new StoreLayout(root);
		Path indexFile = layout.index();
		if (!Files.isDirectory(layout.sessionsDir(), LinkOption.NOFOLLOW_LINKS) || !RunJournal.pendingSessions(root).isEmpty()) {
			return Optional.empty();
		}
		FileTime indexTime;
		try {
			BasicFileAttributes attributes = Files.readAttributes(indexFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
			if (!attributes.isRegularFile()) {
				return Optional.empty();
			}
			indexTime = attributes.lastModifiedTime();
		} catch (IOException e) {
			return Optional.empty();
		}
		// every entry of sessions/ but the index itself: anything else not listed (a stray file, a hidden folder) is
		// something the full open looks at, so the listing must match these names exactly. Names only, unsorted: the
		// open's sorted Paths were a tenth of the time on 100,000 sessions. They are looked at (two lstat calls each)
		// on the other cores while this one parses and prints the index.
		Path sessionsDir = layout.sessionsDir();
		List<String> folders = new ArrayList<>(1 << 12);
		try (java.nio.file.DirectoryStream<Path> stream = Files.newDirectoryStream(sessionsDir)) {
			for (Path p : stream) {
				String name = p.getFileName().toString();
				if (!name.startsWith(ttt.workbench.store.files.AtomicFiles.TEMP_PREFIX) && !name.equals(StoreLayout.INDEX)) {
					folders.add(name);
				}
			}
		}
		CompletableFuture<Boolean> foldersCurrent = CompletableFuture.supplyAsync(() -> folders.parallelStream()
				.allMatch(name -> metaNotNewer(sessionsDir.resolve(name), indexTime)));
		Store base = StoreReader.readBaseOnly(root);
		if (base.getBase() == null || !base.getProblems().isEmpty()) {
			return Optional.empty();
		}
		Listing listing;
		try {
			listing = Listing.parse(StoreFiles.read(root, indexFile));
		} catch (IOException | NotPlain e) {
			return Optional.empty();
		}
		if (listing == null || !foldersCurrent.join() || !listing.sameIds(folders)
				|| !listing.treeAndSignaturesHold(base.getBase().getModelSignature())) {
			return Optional.empty();
		}
		StoreActivity.report(StoreActivity.Kind.WHOLE_STORE_READ, root);
		return Optional.of(listing.text);
	}

	/** IndexFirstReader's test for a folder the index may stand for: a real folder, its meta a file not newer than the index. */
	private static boolean metaNotNewer(Path folder, FileTime indexTime) {
		try {
			BasicFileAttributes meta = Files.readAttributes(folder.resolve(StoreLayout.SESSION_META), BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			return meta.isRegularFile() && meta.lastModifiedTime().compareTo(indexTime) <= 0
					&& Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory();
		} catch (IOException e) {
			return false;
		}
	}

	/** Anything an index written by the reference or by this store would not contain: the caller takes the slow way. */
	private static final class NotPlain extends Exception {
		private static final long serialVersionUID = 1L;

		NotPlain() {
			super(null, null, false, false);
		}
	}

	private static final NotPlain NOT_PLAIN = new NotPlain();

	/** The printed index and, per session in file order, the three ids the tree checks need. */
	private static final class Listing {
		final List<String> ids = new ArrayList<>(1 << 12);
		final List<String> parents = new ArrayList<>(1 << 12);
		final List<String> roots = new ArrayList<>(1 << 12);
		final List<String> signatures = new ArrayList<>(1 << 12);
		/** where each id is in the lists above */
		final Map<String, Integer> at = new HashMap<>(1 << 13);
		byte[] text;

		/** @return the listing, or null when the index is not the one plain form */
		static Listing parse(byte[] bytes) throws IOException, NotPlain {
			Listing listing = new Listing();
			StringBuilder out = new StringBuilder(bytes.length);
			boolean sawVersion = false, sawSessions = false;
			try (JsonParser p = STREAMING.createParser(bytes)) {
				expect(p.nextToken() == JsonToken.START_OBJECT);
				while (p.nextToken() == JsonToken.FIELD_NAME) {
					String key = p.currentName();
					JsonToken value = p.nextToken();
					if (key.equals("schema_version") && !sawVersion) {
						expect(value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
								&& p.getIntValue() == SchemaVersion.CURRENT);
						sawVersion = true;
					} else if (key.equals("sessions") && !sawSessions && value == JsonToken.START_OBJECT) {
						sawSessions = true;
						listing.entries(p, out);
					} else {
						throw NOT_PLAIN;
					}
				}
				expect(p.nextToken() == null && sawVersion && sawSessions);
			} catch (com.fasterxml.jackson.core.JsonProcessingException e) {
				return null;
			}
			listing.text = out.toString().getBytes(StandardCharsets.US_ASCII);
			return listing;
		}

		private void entries(JsonParser p, StringBuilder out) throws IOException, NotPlain {
			out.append('{');
			String previous = null;
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String id = p.currentName();
				expect(previous == null || PythonJsonWriter.compareKeys(previous, id) < 0); // sorted, hence no duplicates
				expect(SessionIds.isValid(id) && plain(id) && p.nextToken() == JsonToken.START_OBJECT);
				if (previous != null) {
					out.append(',');
				}
				previous = id;
				out.append("\n  \"").append(id).append("\": {");
				String parent = null, rootId = null, signature = null;
				for (int k = 0; k < KEYS.length; k++) {
					expect(p.nextToken() == JsonToken.FIELD_NAME && KEYS[k].equals(p.currentName()));
					JsonToken token = p.nextToken();
					out.append(k == 0 ? "\n    \"" : ",\n    \"").append(KEYS[k]).append("\": ");
					switch (k) {
					case 0, 4 -> number(p, token, out); // created_at_unix, mu
					case 2 -> { // last_run_at_unix
						if (token == JsonToken.VALUE_NULL) {
							out.append("null");
						} else {
							number(p, token, out);
						}
					}
					case 1 -> string(p, token, out, EnvMode.get(p.getText()) != null); // env_mode
					case 3 -> signature = string(p, token, out, Hashes.isSha256Hex(p.getText()));
					case 5 -> {
						if (token == JsonToken.VALUE_NULL) {
							out.append("null");
						} else {
							parent = string(p, token, out, SessionIds.isValid(p.getText()) && !p.getText().equals(id));
						}
					}
					case 6 -> rootId = string(p, token, out, SessionIds.isValid(p.getText()));
					default -> string(p, token, out, id.equals(p.getText()));
					}
				}
				expect(p.nextToken() == JsonToken.END_OBJECT);
				out.append("\n  }");
				at.put(id, ids.size());
				ids.add(id);
				parents.add(parent);
				roots.add(rootId);
				signatures.add(signature);
			}
			out.append(previous == null ? "}" : "\n}");
		}

		private static void number(JsonParser p, JsonToken token, StringBuilder out) throws IOException, NotPlain {
			if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
				out.append(p.getLongValue());
			} else if (token == JsonToken.VALUE_NUMBER_FLOAT) {
				double value = p.getDoubleValue();
				expect(Double.isFinite(value));
				PythonFloats.appendRepr(out, value);
			} else {
				throw NOT_PLAIN;
			}
		}

		/** A string value that is {@code valid} and needs no escape; appended quoted, returned. */
		private static String string(JsonParser p, JsonToken token, StringBuilder out, boolean valid) throws IOException, NotPlain {
			expect(token == JsonToken.VALUE_STRING && valid);
			String value = p.getText();
			expect(plain(value));
			out.append('"').append(value).append('"');
			return value;
		}

		/** The entries of {@code sessions/} (but the index) are exactly the listed ids. */
		boolean sameIds(List<String> folders) {
			if (folders.size() != ids.size()) {
				return false;
			}
			return at.keySet().containsAll(folders);
		}

		/** Every parent listed, no cycle, every root the one the parents lead to, every signature the base's. */
		boolean treeAndSignaturesHold(String baseSignature) {
			String[] resolvedRoot = new String[ids.size()];
			for (int start = 0; start < ids.size(); start++) {
				if (!baseSignature.equals(signatures.get(start))) {
					return false;
				}
				// walk up to a session whose root is known (or a root), then fill in the path: O(n) in all
				List<Integer> path = new ArrayList<>();
				int current = start;
				String root = null;
				while (resolvedRoot[current] == null) {
					path.add(current);
					if (path.size() > ids.size()) {
						return false; // a cycle
					}
					String parent = parents.get(current);
					if (parent == null) {
						root = ids.get(current);
						break;
					}
					Integer parentAt = at.get(parent);
					if (parentAt == null) {
						return false; // an orphan: the full open warns about it
					}
					current = parentAt;
				}
				if (root == null) {
					root = resolvedRoot[current];
				}
				for (int i : path) {
					if (!root.equals(roots.get(i))) {
						return false;
					}
					resolvedRoot[i] = root;
				}
			}
			return true;
		}

		private static boolean plain(String s) {
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
					return false;
				}
			}
			return true;
		}
	}

	private static void expect(boolean condition) throws NotPlain {
		if (!condition) {
			throw NOT_PLAIN;
		}
	}
}
