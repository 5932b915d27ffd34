package ttt.workbench.store.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ttt.workbench.test.support.Fixtures;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.signature.Signatures;

/**
 * Builds a realistic Phase 0 run folder from the torch 2.9.1 fixture store: its base checkpoint, session {@code s1}'s
 * weights and optimizer state, that session's run converted to the Phase 0 per-step header, the run's events, and a
 * made-up Phase 0 meta.json / metrics.json that lack most Phase 1 keys.
 */
final class Phase0Fixture {

	static final String RUN = "s1_1768677462_seed2";
	/** The fixture run's means, as the reference computed them (fixture sessions/s1/metrics.json). */
	static final double BASE_MEAN = 344.45406642583356;
	static final double ADAPTIVE_MEAN = 344.24130804367206;
	static final String FIXTURE_SIGNATURE = "42afee176a25ab9fef7732d871ffc85847ad1c7c0390de265ee497e95fb954e9";
	static final String FIXTURE_HASH = "32ccc751b83be7b934b6a6aadf90b2fca3d8107d0be1ee6e04a5f086d2f26c94";

	private Phase0Fixture() {
	}

	static Path fixtureRun() {
		return Fixtures.torch291Store().resolve("sessions/s1/runs/" + RUN);
	}

	/** A Phase 0 meta.json: no schema_version, ids, hashes, model_cfg or plasticity_cfg; one key of its own. */
	static ObjectNode meta() {
		ObjectNode meta = JsonNodeFactory.instance.objectNode();
		meta.put("session_id", "legacy1");
		meta.put("created_at_unix", 1700000000);
		meta.put("last_run_at_unix", 1700000100);
		meta.put("env_mode", "linear");
		meta.put("mu", 0.12);
		meta.put("torch_version", "2.9.1");
		meta.put("tool", "ttt-ssm phase0");
		return meta;
	}

	/** A Phase 0 metrics.json: baseline_mse_mean instead of base_mse_mean, no session_no_update means. */
	static ObjectNode metrics() {
		ObjectNode m = JsonNodeFactory.instance.objectNode();
		m.put("seed", 2);
		m.put("steps", 96);
		m.put("mu", 0.12);
		m.put("env_mode", "linear");
		m.put("baseline_mse_mean", BASE_MEAN);
		m.put("adaptive_mse_mean", ADAPTIVE_MEAN);
		m.put("updates_attempted", 3);
		m.put("updates_committed", 1);
		m.put("updates_rolled_back", 2);
		m.put("improvement_pct", 0.06);
		return m;
	}

	/** Writes the folder at {@code dir} and returns it. */
	static Path create(Path dir) throws IOException {
		Path store = Fixtures.torch291Store();
		Files.createDirectories(dir.resolve("session"));
		Files.copy(store.resolve("base/base_checkpoint.pt"), dir.resolve("base_checkpoint.pt"));
		Files.copy(store.resolve("sessions/s1/plastic_state.pt"), dir.resolve("session/plastic_state.pt"));
		Files.copy(store.resolve("sessions/s1/optim_state.pt"), dir.resolve("session/optim_state.pt"));
		Files.copy(fixtureRun().resolve("update_events.json"), dir.resolve("update_events.json"));
		Files.writeString(dir.resolve("per_step.csv"), toPhase0Csv(Files.readString(fixtureRun().resolve("per_step.csv"))));
		writeJson(dir.resolve("session/meta.json"), meta());
		writeJson(dir.resolve("session/metrics.json"), metrics());
		for (Path p : List.of(dir.resolve("base_checkpoint.pt"), dir.resolve("session/plastic_state.pt"),
				dir.resolve("session/optim_state.pt"), dir.resolve("update_events.json"))) {
			p.toFile().setWritable(true);
		}
		return dir;
	}

	/** Drops session_no_update_mse and renames base_mse to baseline_mse; every value string is kept as it is. */
	static String toPhase0Csv(String phase1) {
		String[] lines = phase1.split("\n");
		if (!lines[0].equals("t,base_mse,session_no_update_mse,adaptive_mse,did_update,update_ok")) {
			throw new IllegalStateException("unexpected fixture header " + lines[0]);
		}
		StringBuilder out = new StringBuilder("t,baseline_mse,adaptive_mse,did_update,update_ok\n");
		for (int i = 1; i < lines.length; i++) {
			String[] c = lines[i].split(",");
			out.append(c[0]).append(',').append(c[1]).append(',').append(c[3]).append(',').append(c[4]).append(',').append(c[5])
					.append('\n');
		}
		return out.toString();
	}

	static void writeJson(Path file, ObjectNode node) throws IOException {
		Files.writeString(file, PythonJsonWriter.pretty(node));
	}

	/**
	 * A torch-like archive whose pickle calls {@code os.system("touch <marker>")} when unpickled by Python: the
	 * allow-listed reader must refuse it by name and never run it.
	 */
	static byte[] hostilePt(Path marker) {
		ByteArrayOutputStream pickle = new ByteArrayOutputStream();
		pickle.writeBytes(new byte[] { (byte) 0x80, 2, 'c' });
		pickle.writeBytes("os\nsystem\n".getBytes(StandardCharsets.US_ASCII));
		byte[] command = ("touch " + marker).getBytes(StandardCharsets.UTF_8);
		pickle.write('X');
		for (int i = 0; i < 4; i++) {
			pickle.write((command.length >>> (8 * i)) & 0xff);
		}
		pickle.writeBytes(command);
		pickle.writeBytes(new byte[] { (byte) 0x85, 'R', '.' });
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			stored(out, "archive/data.pkl", pickle.toByteArray());
			stored(out, "archive/version", "3\n".getBytes(StandardCharsets.US_ASCII));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return zip.toByteArray();
	}

	private static void stored(ZipOutputStream out, String name, byte[] bytes) throws IOException {
		ZipEntry e = new ZipEntry(name);
		e.setMethod(ZipEntry.STORED);
		e.setSize(bytes.length);
		e.setCompressedSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		e.setCrc(crc.getValue());
		out.putNextEntry(e);
		out.write(bytes);
		out.closeEntry();
	}

	/**
	 * Every file (SHA-256) and folder of a tree, by relative path: equal before and after means nothing was created,
	 * changed or deleted. A missing root is the empty map.
	 */
	static Map<String, String> snapshot(Path root) throws IOException {
		Map<String, String> out = new TreeMap<>();
		if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
			return out;
		}
		List<Path> all = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			walk.forEach(all::add);
		}
		for (Path p : all) {
			String rel = root.relativize(p).toString();
			out.put(rel, Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? "<dir>" : Signatures.sha256Hex(p));
		}
		return out;
	}
}
