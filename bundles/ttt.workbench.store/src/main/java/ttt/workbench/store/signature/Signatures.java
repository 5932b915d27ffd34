package ttt.workbench.store.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.store.json.PythonJsonWriter;

/**
 * The two identities of SPEC §2.1. {@code base_ckpt_hash} is the SHA-256 of the checkpoint's bytes;
 * {@code model_signature} is the SHA-256 of Python's {@code json.dumps(model_cfg, sort_keys=True)} immediately
 * followed by that hash, so a session can only run against the base and architecture it was made from.
 */
public final class Signatures {

	private Signatures() {
	}

	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	public static String sha256Hex(Path file) throws IOException {
		MessageDigest digest = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** @param modelCfg the {@code model_cfg} object exactly as stored (ints stay ints, {@code dt} stays a float) */
	public static String modelSignature(JsonNode modelCfg, String baseCkptHash) {
		String text = PythonJsonWriter.compact(modelCfg) + baseCkptHash;
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
