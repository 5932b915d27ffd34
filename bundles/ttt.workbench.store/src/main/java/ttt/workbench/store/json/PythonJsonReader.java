package ttt.workbench.store.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import ttt.workbench.store.StoreFormatException;

/**
 * Parses the JSON the Python reference writes, strictly: NaN and Infinity are accepted (Python's {@code json}
 * writes them), duplicate keys, trailing garbage and absurd nesting are not. Every failure becomes a
 * {@link StoreFormatException} that names the file, line and column.
 */
public final class PythonJsonReader {

	/** Store files nest at most four levels; a much deeper file is hostile or broken, not data. */
	static final int MAX_NESTING = 64;
	/**
	 * A 20,000-step trajectory is about 320,000 tokens and an index of 10,000 sessions about 180,000; two million
	 * bounds the tree Jackson builds (hundreds of MB at worst) so a hostile file cannot exhaust the heap.
	 */
	static final long MAX_TOKENS = 2_000_000;
	static final long MAX_DOCUMENT_BYTES = 64L << 20;

	private static final ObjectMapper MAPPER = JsonMapper.builder()
			.enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
			.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();

	static {
		MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
				.maxTokenCount(MAX_TOKENS).maxDocumentLength(MAX_DOCUMENT_BYTES).build());
	}

	private PythonJsonReader() {
	}

	/** @param file only used to name the file in error messages */
	public static JsonNode parse(byte[] bytes, Path file) throws StoreFormatException {
		if (bytes.length == 0) {
			throw new StoreFormatException(file, "file is empty (expected JSON)");
		}
		try {
			JsonNode node = MAPPER.readTree(bytes);
			if (node == null || node.isMissingNode()) {
				throw new StoreFormatException(file, "no JSON value in file");
			}
			return node;
		} catch (JsonProcessingException e) {
			throw new StoreFormatException(file, "malformed JSON: " + describe(e), e);
		} catch (IOException e) {
			throw new StoreFormatException(file, "cannot parse JSON: " + e.getMessage(), e);
		}
	}

	public static JsonNode parse(String text, Path file) throws StoreFormatException {
		return parse(text.getBytes(StandardCharsets.UTF_8), file);
	}

	private static String describe(JsonProcessingException e) {
		String message = e.getOriginalMessage();
		if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
			if (message.contains("nesting depth")) {
				return "nesting depth exceeds " + MAX_NESTING + " levels (store files nest at most four)";
			}
			if (message.contains("Token count")) {
				return "too many JSON values (more than " + MAX_TOKENS + ", far beyond any store file)";
			}
			if (message.contains("Document length")) {
				return "too large: longer than " + MAX_DOCUMENT_BYTES + " bytes";
			}
		}
		int newline = message.indexOf('\n');
		if (newline > 0) {
			message = message.substring(0, newline);
		}
		if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
			return message + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
		}
		return message;
	}
}
