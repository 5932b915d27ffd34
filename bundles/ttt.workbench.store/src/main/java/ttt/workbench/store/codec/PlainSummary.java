package ttt.workbench.store.codec;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.store.SessionIds;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * One index entry read from the parser's tokens into a summary {@link Session}, when it is in the plain form the
 * index codec writes: each of the eight keys at most once, strings and numbers where they belong, null only for the
 * parent and the last run, and everything valid. Anything else — another key, a duplicate, a nested value, a value
 * {@link IndexCodec#readSummary(com.fasterxml.jackson.databind.JsonNode, Path, String)} would refuse — is parsed again
 * from the entry's first byte as a tree and handed to that method, which says what it always said.
 */
final class PlainSummary {

	private static final int SESSION_ID = 0, PARENT = 1, ROOT = 2, CREATED = 3, LAST_RUN = 4, ENV = 5, MU = 6, SIGNATURE = 7;
	private static final int REQUIRED = 1 << SESSION_ID | 1 << ROOT | 1 << CREATED | 1 << ENV | 1 << MU | 1 << SIGNATURE;
	private static final int NULLABLE = 1 << PARENT | 1 << LAST_RUN;
	private static final int NUMBERS = 1 << CREATED | 1 << LAST_RUN | 1 << MU;

	/** Entries read again as trees (for tests: the plain form must not be). */
	static final java.util.concurrent.atomic.LongAdder READ_AS_TREES = new java.util.concurrent.atomic.LongAdder();

	private PlainSummary() {
	}

	/** @param p on the entry's START_OBJECT; on its END_OBJECT when done */
	static void read(JsonParser p, byte[] bytes, Path file, String id, IndexCodec.SummaryVisitor visitor) throws IOException {
		long start = p.currentTokenLocation().getByteOffset();
		String[] text = new String[8];
		double[] number = new double[8];
		int seen = 0;
		int nulls = 0;
		boolean plain = start >= 0 && start < bytes.length;
		while (p.nextToken() == JsonToken.FIELD_NAME) {
			int k = slot(p.currentName());
			JsonToken t = p.nextToken();
			if (k < 0 || (seen & 1 << k) != 0) {
				plain = false;
				p.skipChildren();
				continue;
			}
			seen |= 1 << k;
			boolean isNumber = (NUMBERS & 1 << k) != 0;
			switch (t) {
			case VALUE_STRING -> {
				if (isNumber) {
					plain = false;
				} else {
					text[k] = p.getText();
				}
			}
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
				if (!isNumber || t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
					plain = false;
				} else {
					number[k] = p.getDoubleValue();
				}
			}
			case VALUE_NULL -> {
				nulls |= 1 << k;
				plain &= (NULLABLE & 1 << k) != 0;
			}
			default -> {
				plain = false;
				p.skipChildren();
			}
			}
		}
		Session summary = plain && (seen & REQUIRED) == REQUIRED && (nulls & REQUIRED) == 0 ? summary(id, text, number, seen & ~nulls) : null;
		if (summary != null) {
			visitor.summary(id, summary, null);
			return;
		}
		// the general way, from the entry's first byte: its tree, and readSummary's verdict in readSummary's words
		READ_AS_TREES.increment();
		if (start < 0 || start >= bytes.length) { // never from a byte array's parser; said plainly if it ever is
			visitor.summary(id, null, new StoreFormatException(file, "the entry of \"" + id + "\" cannot be read again (no byte offset)"));
			return;
		}
		ObjectNode entry;
		try (JsonParser again = IndexCodec.parserAt(bytes, (int) start)) {
			entry = IndexCodec.readEntry(again, file, id);
		}
		try {
			summary = IndexCodec.readSummary(entry, file, id);
		} catch (StoreFormatException e) {
			visitor.summary(id, null, e);
			return;
		}
		visitor.summary(id, summary, null);
	}

	private static int slot(String key) {
		return switch (key) {
		case "session_id" -> SESSION_ID;
		case "parent_session_id" -> PARENT;
		case "root_session_id" -> ROOT;
		case "created_at_unix" -> CREATED;
		case "last_run_at_unix" -> LAST_RUN;
		case "env_mode" -> ENV;
		case "mu" -> MU;
		case "model_signature" -> SIGNATURE;
		default -> -1;
		};
	}

	/** The summary readSummary makes of these values, or null when it would refuse them (it says why, then). */
	private static Session summary(String id, String[] text, double[] number, int given) {
		String parent = (given & 1 << PARENT) != 0 ? text[PARENT] : null;
		String root = text[ROOT];
		EnvMode env = EnvMode.get(text[ENV]);
		if (!id.equals(text[SESSION_ID]) || SessionIds.problem(id).isPresent()
				|| parent != null && (parent.equals(id) || SessionIds.problem(parent).isPresent()) || SessionIds.problem(root).isPresent()
				|| env == null || !Hashes.isSha256Hex(text[SIGNATURE])) {
			return null;
		}
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setId(id);
		s.setCreatedAtUnix(number[CREATED]);
		s.setLastRunAtUnix((given & 1 << LAST_RUN) != 0 ? Double.valueOf(number[LAST_RUN]) : null);
		s.setParentId(parent);
		s.setRootId(root);
		s.setEnvMode(env);
		s.setMu(number[MU]);
		s.setModelSignature(text[SIGNATURE]);
		s.setWeightsState(LoadState.NOT_LOADED);
		s.setDetailsState(LoadState.NOT_LOADED);
		return s;
	}
}
