package ttt.workbench.store.codec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * {@code sessions/index.json}: a cache of every session's summary (SPEC §2.1). The metas are the truth; the index
 * is compared with them and rebuilt when it is missing, unreadable or stale.
 */
public final class IndexCodec {

	private IndexCodec() {
	}

	/** The summary the index holds for {@code s}, exactly the reference's eight keys. */
	public static ObjectNode summary(Session s) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		node.set("created_at_unix", Numbers.seconds(s.getCreatedAtUnix()));
		node.put("env_mode", s.getEnvMode().getLiteral());
		node.set("last_run_at_unix", Numbers.secondsOrNull(s.getLastRunAtUnix()));
		node.put("model_signature", s.getModelSignature());
		node.put("mu", s.getMu());
		node.set("parent_session_id", Numbers.stringOrNull(s.getParentId()));
		node.put("root_session_id", s.getRootId());
		node.put("session_id", s.getId());
		return node;
	}

	/**
	 * A session as the index summarises it: the eight keys, checked as {@link SessionMetaCodec#read} checks them in a
	 * meta, and {@link ttt.workbench.store.model.LoadState#NOT_LOADED NOT_LOADED} details (no configs, metrics, runs
	 * or events until the session's meta is read).
	 *
	 * @param id the key the entry is listed under; the entry's {@code session_id} must agree with it
	 */
	public static Session readSummary(JsonNode entry, Path file, String id) throws StoreFormatException {
		JsonFields f = JsonFields.of(entry, file);
		String listed = f.requireString("session_id");
		if (!listed.equals(id)) {
			throw f.error("sessions." + id + ".session_id is \"" + listed + "\"");
		}
		if (SessionIds.problem(id).isPresent()) {
			throw f.error("invalid session id \"" + id + "\": " + SessionIds.problem(id).get());
		}
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setId(id);
		s.setCreatedAtUnix(f.requireDouble("created_at_unix"));
		s.setLastRunAtUnix(f.optionalDouble("last_run_at_unix"));
		String parent = f.optionalString("parent_session_id");
		if (parent != null && (SessionIds.problem(parent).isPresent() || parent.equals(id))) {
			throw f.error("sessions." + id + ": invalid parent_session_id \"" + parent + "\"");
		}
		s.setParentId(parent);
		String root = f.requireString("root_session_id");
		if (SessionIds.problem(root).isPresent()) {
			throw f.error("sessions." + id + ": invalid root_session_id \"" + root + "\"");
		}
		s.setRootId(root);
		s.setEnvMode(SessionMetaCodec.envMode(f));
		s.setMu(f.requireDouble("mu"));
		s.setModelSignature(Hashes.requireSha256(f, "model_signature"));
		s.setWeightsState(LoadState.NOT_LOADED);
		s.setDetailsState(LoadState.NOT_LOADED);
		return s;
	}

	public static ObjectNode write(Iterable<Session> sessions) {
		ObjectNode root = JsonNodeFactory.instance.objectNode();
		root.put("schema_version", SchemaVersion.CURRENT);
		ObjectNode all = root.putObject("sessions");
		for (Session s : sessions) {
			all.set(s.getId(), summary(s));
		}
		return root;
	}

	/**
	 * Jackson's streaming parser, accepting NaN as {@link ttt.workbench.store.json.PythonJsonReader} does (duplicate
	 * keys are refused by the reading code below, which is cheaper than the parser's detection per object), with bounds fit for an index: it grows with the store (about 330 bytes and 19 tokens a
	 * session, 33 MB for 100,000 sessions), so only the document length bounds it, at the store's file size limit.
	 */
	private static final JsonFactory STREAMING = JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxDocumentLength(256L << 20).build()).build();
	private static final ObjectMapper TREES = new ObjectMapper(STREAMING);

	/** Told each entry of the index's {@code sessions} object, in file order. */
	@FunctionalInterface
	public interface EntryVisitor {
		void entry(String id, ObjectNode entry) throws StoreFormatException;
	}

	/**
	 * Reads {@code index.json} entry by entry with a streaming parser: no tree of the whole file is built, and each
	 * entry's small tree is garbage as soon as the visitor is done with it (on 100,000 sessions a whole tree kept
	 * alive was most of the garbage collector's work). Same checks as {@link #read(JsonNode, Path)}.
	 */
	public static void forEachEntry(byte[] bytes, Path file, EntryVisitor visitor) throws StoreFormatException {
		walk(bytes, file, (p, id) -> visitor.entry(id, readEntry(p, file, id)));
	}

	/**
	 * Reads {@code index.json} as {@link #forEachEntry} does, straight into summary sessions: an entry in the one plain
	 * form (the eight keys, each once, with the index codec's types, valid) becomes its {@link Session} from the parser's
	 * tokens, without a tree of it (100,000 small trees were a third of opening a large store); any other entry is read
	 * as its tree again and judged by {@link #readSummary(JsonNode, Path, String)}, so every verdict and message is
	 * that method's.
	 */
	public static void forEachSummary(byte[] bytes, Path file, SummaryVisitor visitor) throws StoreFormatException {
		walk(bytes, file, (p, id) -> PlainSummary.read(p, bytes, file, id, visitor));
	}

	/** Told each entry of the index as a summary, or why it cannot be one. */
	@FunctionalInterface
	public interface SummaryVisitor {
		/** @param summary the entry's session, or null when {@code malformed} says why there is none */
		void summary(String id, Session summary, StoreFormatException malformed) throws StoreFormatException;
	}

	/** Reads one entry, the parser on its START_OBJECT. */
	@FunctionalInterface
	interface EntryReader {
		void read(JsonParser p, String id) throws IOException;
	}

	/** The parser of {@code bytes} from {@code offset} (where an entry's object starts), on its first token. */
	static JsonParser parserAt(byte[] bytes, int offset) throws IOException {
		JsonParser p = STREAMING.createParser(bytes, offset, bytes.length - offset);
		p.setCodec(TREES);
		p.nextToken();
		return p;
	}

	private static void walk(byte[] bytes, Path file, EntryReader reader) throws StoreFormatException {
		boolean sawVersion = false;
		boolean sawSessions = false;
		try (JsonParser p = STREAMING.createParser(bytes)) {
			p.setCodec(TREES);
			if (p.nextToken() != JsonToken.START_OBJECT) {
				throw new StoreFormatException(file, "expected a JSON object");
			}
			java.util.Set<String> topKeys = new java.util.HashSet<>();
			while (p.nextToken() == JsonToken.FIELD_NAME) {
				String key = p.currentName();
				if (!topKeys.add(key)) {
					throw new StoreFormatException(file, "malformed JSON: duplicate key '" + key + "'");
				}
				JsonToken value = p.nextToken();
				if (key.equals("sessions") && value == JsonToken.START_OBJECT) {
					sawSessions = true;
					java.util.Set<String> ids = new java.util.HashSet<>(1 << 12);
					while (p.nextToken() == JsonToken.FIELD_NAME) {
						String id = p.currentName();
						if (!ids.add(id)) {
							throw new StoreFormatException(file, "malformed JSON: duplicate key '" + id + "' in sessions");
						}
						if (p.nextToken() != JsonToken.START_OBJECT) {
							throw new StoreFormatException(file, "sessions." + id + " must be an object");
						}
						reader.read(p, id);
					}
				} else if (key.equals("schema_version")) {
					sawVersion = true;
					JsonNode version = p.readValueAsTree();
					SchemaVersion.check(JsonFields.of(JsonNodeFactory.instance.objectNode().set("schema_version", version), file));
				} else if (key.equals("sessions")) {
					throw new StoreFormatException(file, "'sessions' must be an object");
				} else {
					p.skipChildren();
				}
			}
			if (p.nextToken() != null) {
				throw new StoreFormatException(file, "malformed JSON: trailing content after the index object");
			}
		} catch (JsonProcessingException e) {
			String message = e.getOriginalMessage();
			int newline = message.indexOf('\n');
			throw new StoreFormatException(file, "malformed JSON: " + (newline > 0 ? message.substring(0, newline) : message)
					+ (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"), e);
		} catch (StoreFormatException e) {
			throw e;
		} catch (IOException e) {
			throw new StoreFormatException(file, "cannot parse JSON: " + e.getMessage(), e);
		}
		if (!sawVersion || !sawSessions) {
			throw new StoreFormatException(file, "missing key '" + (sawVersion ? "sessions" : "schema_version") + "'");
		}
	}

	/**
	 * One entry, built token by token: going through the mapper's tree reader costs a deserialization context per
	 * entry, and the parser's duplicate detection a hash set per entry; duplicates are refused here instead.
	 */
	static ObjectNode readEntry(JsonParser p, Path file, String id) throws IOException {
		ObjectNode entry = JsonNodeFactory.instance.objectNode();
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			String key = p.currentName();
			JsonNode value = switch (p.nextToken()) {
			case VALUE_STRING -> JsonNodeFactory.instance.textNode(p.getText());
			case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
				case INT -> JsonNodeFactory.instance.numberNode(p.getIntValue());
				case LONG -> JsonNodeFactory.instance.numberNode(p.getLongValue());
				default -> JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
				};
			case VALUE_NUMBER_FLOAT -> JsonNodeFactory.instance.numberNode(p.getDoubleValue());
			case VALUE_TRUE -> JsonNodeFactory.instance.booleanNode(true);
			case VALUE_FALSE -> JsonNodeFactory.instance.booleanNode(false);
			case VALUE_NULL -> JsonNodeFactory.instance.nullNode();
			default -> p.readValueAsTree(); // nested values, which no index has: the mapper's way
			};
			if (entry.replace(key, value) != null) {
				throw new StoreFormatException(file, "malformed JSON: duplicate key '" + key + "' in sessions." + id);
			}
		}
		return entry;
	}

	/** @return session id to summary, in file order, read with {@link #forEachEntry} */
	public static Map<String, JsonNode> read(byte[] bytes, Path file) throws StoreFormatException {
		Map<String, JsonNode> result = new LinkedHashMap<>();
		forEachEntry(bytes, file, result::put);
		return result;
	}

	/**
	 * Appends what the reference's {@code list_sessions} prints for this index, {@code json.dumps(index["sessions"],
	 * indent=2, sort_keys=True)}, streaming entry by entry (an index of 100,000 sessions never exists as one tree).
	 */
	public static void printSessions(byte[] bytes, Path file, StringBuilder out) throws StoreFormatException {
		int start = out.length();
		String[] previous = { null };
		boolean[] sorted = { true };
		out.append('{');
		forEachEntry(bytes, file, (id, entry) -> {
			if (previous[0] != null) {
				out.append(',');
				sorted[0] &= PythonJsonWriter.compareKeys(previous[0], id) < 0;
			}
			previous[0] = id;
			out.append("\n  ");
			PythonJsonWriter.pretty(JsonNodeFactory.instance.textNode(id), 1, out);
			out.append(": ");
			PythonJsonWriter.pretty(entry, 1, out);
		});
		if (!sorted[0]) { // not written by the reference or by us: sort as Python does, the slow way
			out.setLength(start);
			ObjectNode all = JsonNodeFactory.instance.objectNode();
			all.setAll(read(bytes, file));
			PythonJsonWriter.pretty(all, 0, out);
			return;
		}
		out.append(previous[0] == null ? "}" : "\n}");
	}

	/** @return session id to summary, in file order */
	public static Map<String, JsonNode> read(JsonNode json, Path file) throws StoreFormatException {
		JsonFields f = JsonFields.of(json, file);
		SchemaVersion.check(f);
		JsonFields sessions = f.child("sessions");
		Map<String, JsonNode> result = new LinkedHashMap<>();
		JsonNode node = f.node("sessions");
		for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			if (!e.getValue().isObject()) {
				throw sessions.error("sessions." + e.getKey() + " must be an object");
			}
			result.put(e.getKey(), e.getValue());
		}
		return result;
	}
}
