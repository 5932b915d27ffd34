package ttt.workbench.store.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.test.support.PythonInterop;
import ttt.workbench.store.json.PythonJsonReader;

/** SPEC §2.1: both fixtures' hash and signature come out of their own checkpoint bytes and model_cfg. */
class SignaturesTest {

	private static JsonNode baseMeta(Path store) throws Exception {
		Path file = store.resolve("base/base_meta.json");
		return PythonJsonReader.parse(Files.readAllBytes(file), file);
	}

	@Test
	void torch291FixtureSignatureIsReproduced() throws Exception {
		Path store = Fixtures.torch291Store();
		JsonNode meta = baseMeta(store);
		String hash = Signatures.sha256Hex(store.resolve("base/base_checkpoint.pt"));
		assertEquals(meta.get("base_ckpt_hash").asText(), hash);
		String signature = Signatures.modelSignature(meta.get("model_cfg"), hash);
		assertEquals("42afee176a25ab9fef7732d871ffc85847ad1c7c0390de265ee497e95fb954e9", signature);
	}

	@Test
	void case1FixtureSignatureIsReproduced() throws Exception {
		Path store = Fixtures.case1().resolve("store_before");
		JsonNode meta = baseMeta(store);
		String hash = Signatures.sha256Hex(store.resolve("base/base_checkpoint.pt"));
		assertEquals(meta.get("base_ckpt_hash").asText(), hash);
		assertEquals(meta.get("model_signature").asText(), Signatures.modelSignature(meta.get("model_cfg"), hash));
	}

	@Test
	void aDifferentConfigurationGivesADifferentSignatureAsInPython() throws Exception {
		PythonInterop.requirePython();
		JsonNode meta = baseMeta(Fixtures.torch291Store());
		ObjectNode bigger = meta.get("model_cfg").deepCopy();
		bigger.put("u_dim", 128);
		bigger.put("n_state", 1024);
		bigger.put("dt", 0.5);
		String hash = meta.get("base_ckpt_hash").asText();
		String ours = Signatures.modelSignature(bigger, hash);
		String python = PythonInterop.runOk("""
				import hashlib, json, sys
				cfg = {"obs_dim": 4, "act_dim": 2, "z_dim": 4, "u_dim": 128, "n_state": 1024, "dt": 0.5}
				print(hashlib.sha256((json.dumps(cfg, sort_keys=True) + sys.stdin.read().strip()).encode()).hexdigest())
				""", hash).strip();
		assertEquals(python, ours);
		assertNotEquals(meta.get("model_signature").asText(), ours);
	}
}
