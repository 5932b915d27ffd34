package ttt.workbench.store.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.model.Session;

/**
 * {@link IndexCodec#forEachSummary} reads an entry in the plain form straight from the parser's tokens and any other
 * entry through its tree: for every form of entry — plain, with nulls, integers, extra keys, nested values, wrong types,
 * invalid ids, a bad signature, a duplicate key — the summary or the refusal (with its message) is exactly what
 * {@link IndexCodec#readSummary} gives on {@link IndexCodec#forEachEntry}'s tree of it.
 */
class PlainSummaryTest {

	private static final Path FILE = Path.of("sessions/index.json");
	private static final String SIG = "ab".repeat(32);

	/** One entry's JSON for session {@code id}: the plain form with {@code replace} put in (key → raw JSON, null: drop). */
	private static String entry(String id, Map<String, String> replace) {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("created_at_unix", "1700000000.5");
		keys.put("env_mode", "\"linear\"");
		keys.put("last_run_at_unix", "1700000100.25");
		keys.put("model_signature", "\"" + SIG + "\"");
		keys.put("mu", "0.05");
		keys.put("parent_session_id", "\"root-0\"");
		keys.put("root_session_id", "\"root-0\"");
		keys.put("session_id", "\"" + id + "\"");
		keys.putAll(replace);
		List<String> fields = new ArrayList<>();
		keys.forEach((k, v) -> {
			if (v != null) {
				fields.add("\"" + k + "\": " + v);
			}
		});
		return "{" + String.join(", ", fields) + "}";
	}

	private static final List<Map<String, String>> FORMS = List.of(Map.of(), mapOf("parent_session_id", "null", "last_run_at_unix", "null"),
			mapOf("parent_session_id", null, "last_run_at_unix", null), Map.of("created_at_unix", "1700000000"),
			Map.of("mu", "NaN"), Map.of("mu", "12345678901234567890123"), Map.of("extra", "{\"a\": [1, 2]}"), Map.of("extra", "true"),
			Map.of("mu", "\"0.05\""), Map.of("created_at_unix", "null"), mapOf("created_at_unix", null), Map.of("env_mode", "\"sideways\""),
			Map.of("env_mode", "3"), Map.of("model_signature", "\"abc\""), Map.of("parent_session_id", "\"bad/id\""),
			Map.of("parent_session_id", "7"), Map.of("root_session_id", "null"), Map.of("session_id", "\"someone-else\""),
			Map.of("last_run_at_unix", "\"yesterday\""), Map.of("mu", "[0.05]"), Map.of("env_mode", "\"nonlinear\""));

	private static Map<String, String> mapOf(String k1, String v1, String... more) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put(k1, v1);
		for (int i = 0; i < more.length; i += 2) {
			m.put(more[i], more[i + 1]);
		}
		return m;
	}

	private static byte[] index(List<String> entries) {
		StringBuilder json = new StringBuilder("{\"schema_version\": 1, \"sessions\": {");
		for (int i = 0; i < entries.size(); i++) {
			json.append(i == 0 ? "" : ", ").append(entries.get(i));
		}
		return json.append("}}").toString().getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void everyFormOfEntryGivesWhatItsTreeGives() throws Exception {
		List<String> entries = new ArrayList<>();
		for (int i = 0; i < FORMS.size(); i++) {
			entries.add("\"s" + i + "\": " + entry("s" + i, FORMS.get(i)));
		}
		entries.add("\"self\": " + entry("self", Map.of("parent_session_id", "\"self\"")));
		byte[] bytes = index(entries);

		Map<String, Object> expected = new LinkedHashMap<>();
		IndexCodec.forEachEntry(bytes, FILE, (id, tree) -> {
			try {
				expected.put(id, IndexCodec.readSummary(tree, FILE, id));
			} catch (StoreFormatException e) {
				expected.put(id, e.getMessage());
			}
		});
		Map<String, Object> actual = new LinkedHashMap<>();
		long treesBefore = PlainSummary.READ_AS_TREES.sum();
		IndexCodec.forEachSummary(bytes, FILE, (id, summary, why) -> actual.put(id, summary != null ? summary : why.getMessage()));
		long trees = PlainSummary.READ_AS_TREES.sum() - treesBefore;

		assertEquals(expected.keySet(), actual.keySet());
		int refused = 0;
		for (String id : expected.keySet()) {
			Object e = expected.get(id);
			Object a = actual.get(id);
			if (e instanceof Session es) {
				assertTrue(a instanceof Session as && EcoreUtil.equals(es, as), id + ": " + a);
			} else {
				refused++;
				assertEquals(e, a, id + ": the same refusal");
			}
		}
		assertTrue(refused >= 10 && refused < expected.size() - 5, refused + " refused: both ways are exercised");
		assertTrue(actual.get("s0") instanceof Session, "the plain form is a summary");
		// the plain forms (s0..s4 and s20: nulls, absent optional keys, an integer, NaN) come from the tokens; the rest as trees
		assertEquals(expected.size() - 6, trees, "entries read again as trees");
	}

	@Test
	void aDuplicateKeyInAnEntryIsRefusedAsBefore() {
		byte[] bytes = index(List.of("\"s0\": " + entry("s0", Map.of()).replace("{", "{\"mu\": 0.1, ")));
		StoreFormatException tree = assertThrows(StoreFormatException.class, () -> IndexCodec.forEachEntry(bytes, FILE, (id, e) -> {
		}));
		StoreFormatException plain = assertThrows(StoreFormatException.class,
				() -> IndexCodec.forEachSummary(bytes, FILE, (id, s, why) -> {
				}));
		assertEquals(tree.getMessage(), plain.getMessage());
		assertTrue(plain.getMessage().contains("duplicate key 'mu'"), plain.getMessage());
	}
}
