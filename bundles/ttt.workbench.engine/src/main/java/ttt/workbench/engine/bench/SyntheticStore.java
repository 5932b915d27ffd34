package ttt.workbench.engine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.EcoreUtil;

import ttt.workbench.engine.run.PretrainConfig;
import ttt.workbench.engine.run.RunCancelledException;
import ttt.workbench.engine.run.RunListener;
import ttt.workbench.engine.session.EngineException;
import ttt.workbench.engine.session.InitBase;
import ttt.workbench.engine.session.NewSession;
import ttt.workbench.engine.session.RunSession;
import ttt.workbench.store.ArtifactStore;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.MetricsCodec;
import ttt.workbench.store.files.Staging;
import ttt.workbench.store.files.StoreLocks;
import ttt.workbench.store.codec.SchemaVersion;
import ttt.workbench.store.codec.SessionMetaCodec;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.model.EnvMode;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;

/**
 * Generates a valid store of any size, deterministically from a seed, to measure and test how the workbench scales.
 *
 * <p>The first few sessions are real: a base pretrained for a few steps ({@link InitBase}), one root session per
 * friction setting ({@link NewSession}) and a few runs of them ({@link RunSession}), so the tree has update counts
 * and curves. All other sessions are forks below those roots in a random forest (depth up to {@link #MAX_DEPTH},
 * fan-outs from one to dozens): each inherits its root's μ, friction model, plasticity settings and weights, exactly
 * what {@code fork_session} would write for a fork of a session that never ran. Their files are made with the
 * store's own codecs ({@link SessionMetaCodec}, {@link MetricsCodec}, {@link PythonJsonWriter}) and the weights are
 * the root's bytes, but written without the store writer's per-file fsync (each folder is still assembled in the
 * staging folder under the store lock and renamed into place): that durability costs
 * milliseconds a file, a generated store needs none of it, and 10,000 sessions would otherwise take minutes.
 * {@code index.json} is written at the end with the store writer, so the store passes {@code ttt check} clean.
 */
public final class SyntheticStore {

	/** Depth of the deepest fork below a root (roots have depth 0). */
	public static final int MAX_DEPTH = 12;
	/** Root sessions: one per (μ, friction model) pair a study might compare. */
	static final int ROOTS = 6;
	/** How many roots get real runs, and how many steps each run has: enough for non-trivial curves, still quick. */
	static final int RUN_ROOTS = 3;
	static final int RUN_STEPS = 240;

	/** What was generated. */
	public record Result(Path root, int sessions, int runs, int maxDepth, double seconds) {
	}

	private SyntheticStore() {
	}

	/**
	 * @param out a folder that does not exist or is empty
	 * @param sessions total number of sessions (at least 1)
	 */
	public static Result generate(Path out, int sessions, long seed)
			throws IOException, EngineException, RunCancelledException {
		if (sessions < 1) {
			throw new IllegalArgumentException("at least one session, got " + sessions);
		}
		if (Files.isDirectory(out)) {
			try (var entries = Files.list(out)) {
				if (entries.findAny().isPresent()) {
					throw new EngineException(out + " is not empty: generate_store writes a new store only");
				}
			}
		}
		long t0 = System.nanoTime();
		SplittableRandom rng = new SplittableRandom(seed);
		InitBase.run(out, PretrainConfig.defaults().withSteps(20).withSeed(seed), "jvm", null, () -> false, w -> {
		});
		List<Session> roots = new ArrayList<>();
		int runs = 0;
		try (ArtifactStore store = ArtifactStore.open(out)) {
			int rootCount = Math.min(ROOTS, sessions);
			for (int r = 0; r < rootCount; r++) {
				EnvMode mode = r % 2 == 0 ? EnvMode.LINEAR : EnvMode.NONLINEAR;
				double mu = 0.04 + 0.04 * (r / 2) + rng.nextDouble() * 0.01;
				NewSession.run(store, new NewSession.Request(String.format("root-%d", r), mu, mode, seed + r,
						StoreFactory.eINSTANCE.createPlasticityConfig(), null));
			}
			for (int r = 0; r < Math.min(RUN_ROOTS, rootCount); r++) {
				for (int k = 0; k <= (r == 0 ? 1 : 0); k++) { // the first root runs twice: two runs in one session
					RunSession.run(store, RunSession.Request.of(String.format("root-%d", r), RUN_STEPS, seed + 100 * r + k),
							RunListener.NONE, () -> false);
					runs++;
				}
			}
			store.refresh();
			roots.addAll(store.model().getSessions());
			roots.sort(java.util.Comparator.comparing(Session::getId));
		}
		List<Session> all = new ArrayList<>(roots);
		int maxDepth;
		try (StoreLocks.Held lock = new StoreLocks(out).acquire(StoreLocks.STORE, ArtifactStore.LOCK_WAIT)) {
			maxDepth = writeForks(out, roots, sessions - roots.size(), rng, all);
			new ttt.workbench.store.io.StoreWriter(out).writeIndex(all, java.util.Map.of());
		}
		return new Result(out, all.size(), runs, maxDepth, (System.nanoTime() - t0) / 1e9);
	}

	/** Adds {@code count} forks below {@code roots}; returns the deepest depth reached. */
	private static int writeForks(Path out, List<Session> roots, int count, SplittableRandom rng, List<Session> all)
			throws IOException {
		StoreLayout layout = new StoreLayout(out);
		String createdMetrics = PythonJsonWriter.pretty(MetricsCodec.write(MetricsCodec.created()));
		// each root's weights and optimizer state, copied into every fork below it as fork_session does
		List<byte[]> weights = new ArrayList<>();
		List<byte[]> optimizers = new ArrayList<>();
		for (Session r : roots) {
			weights.add(Files.readAllBytes(layout.plasticState(r.getId())));
			optimizers.add(Files.readAllBytes(layout.sessionDir(r.getId()).resolve(StoreLayout.OPTIM_STATE)));
		}
		List<Session> candidates = new ArrayList<>(roots); // sessions that may still get children (depth < MAX)
		java.util.Map<Session, Integer> depth = new java.util.IdentityHashMap<>();
		java.util.Map<Session, Integer> rootOf = new java.util.IdentityHashMap<>();
		for (int r = 0; r < roots.size(); r++) {
			depth.put(roots.get(r), 0);
			rootOf.put(roots.get(r), r);
		}
		double start = roots.stream().mapToDouble(Session::getCreatedAtUnix).max().orElse(0) + 60;
		int maxDepth = 0;
		// the forest is drawn first, in one sequence from the seed (same seed, same store), then written on every core:
		// each folder is independent, and the writing (four files and a rename each) is almost all of the time
		List<Session> forks = new ArrayList<>(count);
		int[] rootIndex = new int[count];
		for (int i = 0; i < count; i++) {
			// mostly uniform attachment (bushy levels, fan-outs from 1 to dozens), sometimes the newest session (long chains)
			Session parent = candidates.get(rng.nextDouble() < 0.3 ? candidates.size() - 1 : rng.nextInt(candidates.size()));
			Session child = fork(parent, String.format("f%05d", i + 1), start + i, rng);
			int d = depth.get(parent) + 1;
			int root = rootOf.get(parent);
			forks.add(child);
			rootIndex[i] = root;
			depth.put(child, d);
			rootOf.put(child, root);
			maxDepth = Math.max(maxDepth, d);
			if (d < MAX_DEPTH) {
				candidates.add(child);
			}
		}
		try {
			java.util.stream.IntStream.range(0, count).parallel().forEach(i -> {
				try {
					writeFork(out, layout, forks.get(i), createdMetrics, weights.get(rootIndex[i]), optimizers.get(rootIndex[i]));
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			});
		} catch (java.io.UncheckedIOException e) {
			throw e.getCause();
		}
		all.addAll(forks);
		return maxDepth;
	}

	/** Assembled in the staging folder and renamed into place, as every writer does: sessions/ never holds half a session. */
	private static void writeFork(Path out, StoreLayout layout, Session child, String createdMetrics, byte[] weights, byte[] optimizer)
			throws IOException {
		Path dir = Staging.newEntry(out, StoreLocks.STORE, "session");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(StoreLayout.SESSION_META), PythonJsonWriter.pretty(SessionMetaCodec.write(child)));
		Files.writeString(dir.resolve(StoreLayout.METRICS), createdMetrics);
		Files.write(dir.resolve(StoreLayout.PLASTIC_STATE), weights);
		Files.write(dir.resolve(StoreLayout.OPTIM_STATE), optimizer);
		Files.move(dir, layout.sessionDir(child.getId()), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** What {@code fork_session} writes for a child of a session: everything inherited, a fresh history. */
	private static Session fork(Session parent, String id, double createdAt, SplittableRandom rng) {
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setSchemaVersion(SchemaVersion.CURRENT);
		s.setId(id);
		s.setCreatedAtUnix((double) (long) createdAt);
		s.setLastRunAtUnix(null);
		s.setParentId(parent.getId());
		s.setRootId(parent.getRootId());
		s.setEnvMode(parent.getEnvMode());
		s.setMu(parent.getMu());
		s.setBaseCkptHash(parent.getBaseCkptHash());
		s.setModelSignature(parent.getModelSignature());
		s.setModelConfig(EcoreUtil.copy(parent.getModelConfig()));
		s.setPlasticityConfig(EcoreUtil.copy(parent.getPlasticityConfig()));
		s.setOptimizerVariant(parent.getOptimizerVariant());
		if (rng.nextInt(8) == 0) {
			s.setForkNote("variant " + rng.nextInt(100));
		}
		s.setMetrics(MetricsCodec.created());
		return s;
	}
}
