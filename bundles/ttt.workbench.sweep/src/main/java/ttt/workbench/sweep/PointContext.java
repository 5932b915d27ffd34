package ttt.workbench.sweep;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.model.PlasticWeights;
import ttt.workbench.engine.session.EngineException;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.codec.BaseMetaCodec;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.io.RunJournal;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.OptimizerState;
import ttt.workbench.store.pt.PlasticState;
import ttt.workbench.store.signature.Signatures;

/**
 * What every point of one sweep starts from, read once from the store and carried as the files' bytes, so it is
 * {@link Serializable} (a Spark driver broadcasts it) and a {@link PointComputer} never needs the store on disk:
 * the base ({@code base_meta.json}, {@code base_checkpoint.pt}) and, for a fork sweep, the parent's
 * {@code meta.json}, {@code plastic_state.pt} and {@code optim_state.pt} as they were when the sweep started.
 * Parsed on first use in each JVM (the parsed form is not serialised).
 */
public final class PointContext implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String storeRoot;
	private final byte[] baseMeta;
	private final byte[] baseCheckpoint;
	private final String parentId;
	private final byte[] parentMeta;
	private final byte[] parentPlastic;
	private final byte[] parentOptim;
	private final String parentOptimProblem;

	private transient volatile Parsed parsed;

	/** The parsed files; weights and arrays are shared read-only between the points a JVM computes. */
	record Parsed(Weights baseWeights, float[] decay, PlasticState basePlastic, PlasticState parentPlastic,
			OptimizerState parentOptim) {
	}

	private PointContext(String storeRoot, byte[] baseMeta, byte[] baseCheckpoint, String parentId, byte[] parentMeta,
			byte[] parentPlastic, byte[] parentOptim, String parentOptimProblem) {
		this.storeRoot = storeRoot;
		this.baseMeta = baseMeta;
		this.baseCheckpoint = baseCheckpoint;
		this.parentId = parentId;
		this.parentMeta = parentMeta;
		this.parentPlastic = parentPlastic;
		this.parentOptim = parentOptim;
		this.parentOptimProblem = parentOptimProblem;
	}

	/**
	 * Reads the base and, when {@code from} is not null, the parent session (under its session lock, after finishing
	 * an interrupted commit of it, as {@code fork_session} does). Checks what the procedures check: a base exists, its
	 * checkpoint is the one base_meta.json describes, the parent exists and was made from this base.
	 */
	public static PointContext load(ArtifactStore store, String from) throws IOException, EngineException {
		Base base = store.model().getBase();
		if (base == null) {
			throw new EngineException("the store at " + store.root() + " has no base model (run init_base first)");
		}
		Path ckpt = store.layout().baseCheckpoint();
		String hash = Signatures.sha256Hex(ckpt);
		if (!hash.equals(base.getBaseCkptHash())) {
			throw new EngineException(ckpt + ": SHA-256 " + hash + " differs from base_ckpt_hash " + base.getBaseCkptHash()
					+ " in base_meta.json; refusing to use a replaced or damaged base");
		}
		byte[] baseMeta = Files.readAllBytes(store.layout().baseMeta());
		byte[] baseCheckpoint = Files.readAllBytes(ckpt);
		if (from == null) {
			return new PointContext(store.root().toString(), baseMeta, baseCheckpoint, null, null, null, null, null);
		}
		try (StoreLocks.Held lock = store.lockSession(from)) {
			RunJournal.recover(store.root(), from);
			Session parent = store.model().findSession(from);
			if (parent == null) {
				throw new EngineException("unknown session \"" + from + "\" in " + store.root());
			}
			if (!base.getModelSignature().equals(parent.getModelSignature())) {
				throw new EngineException("session \"" + from + "\" has model_signature " + parent.getModelSignature()
						+ " but the base has " + base.getModelSignature() + ": it cannot be forked against this base");
			}
			byte[] meta = Files.readAllBytes(store.layout().sessionMeta(from));
			byte[] plastic = Files.readAllBytes(store.layout().plasticState(from));
			byte[] optim = null;
			String optimProblem = null;
			try {
				optim = Files.readAllBytes(store.layout().optimState(from));
			} catch (IOException e) {
				optimProblem = store.layout().optimState(from) + ": cannot be read (" + e.getMessage() + ")";
			}
			return new PointContext(store.root().toString(), baseMeta, baseCheckpoint, from, meta, plastic, optim, optimProblem);
		}
	}

	public Path storeRoot() {
		return Path.of(storeRoot);
	}

	public String parentId() {
		return parentId;
	}

	Base base() throws StoreFormatException {
		Path file = storeRoot().resolve("base").resolve("base_meta.json");
		return BaseMetaCodec.read(PythonJsonReader.parse(baseMeta, file), file);
	}

	/** A fresh copy of the parent's meta (each point gets its own EMF objects). */
	Session parent() throws StoreFormatException {
		Path file = storeRoot().resolve("sessions").resolve(parentId).resolve("meta.json");
		return SessionMetaCodec.read(PythonJsonReader.parse(parentMeta, file), file, parentId);
	}

	String parentOptimProblem() {
		return parentOptimProblem;
	}

	Parsed parsed() throws IOException {
		Parsed p = parsed;
		if (p == null) {
			synchronized (this) {
				p = parsed;
				if (p == null) {
					BaseCheckpoint checkpoint = BaseCheckpoint.fromValue(readPt(baseCheckpoint, "base_checkpoint.pt"),
							storeRoot().resolve("base/base_checkpoint.pt"));
					PlasticState parentWeights = null;
					OptimizerState parentOpt = null;
					if (parentId != null) {
						Path dir = storeRoot().resolve("sessions").resolve(parentId);
						parentWeights = PlasticState.fromValue(readPt(parentPlastic, "plastic_state.pt"), dir.resolve("plastic_state.pt"));
						if (parentOptim != null) {
							try {
								parentOpt = OptimizerState.fromValue(readPt(parentOptim, "optim_state.pt"), dir.resolve("optim_state.pt"));
							} catch (IOException e) {
								parentOpt = null; // reported by the computer: the child starts with a fresh optimizer
							}
						}
					}
					p = new Parsed(PlasticWeights.fromBase(checkpoint), PlasticWeights.decay(checkpoint), checkpoint.plastic(),
							parentWeights, parentOpt);
					parsed = p;
				}
			}
		}
		return p;
	}

	/** The torch reader reads zip files from disk: a private temporary copy, deleted at once. */
	private static Object readPt(byte[] bytes, String name) throws IOException {
		Path temp = Files.createTempFile("ttt-sweep-", "-" + name);
		try {
			Files.write(temp, bytes);
			return new ttt.workbench.store.pt.TorchFileReader().read(temp);
		} finally {
			Files.deleteIfExists(temp);
		}
	}
}
