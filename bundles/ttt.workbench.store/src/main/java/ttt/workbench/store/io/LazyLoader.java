package ttt.workbench.store.io;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.StoreLayout;
import ttt.workbench.store.codec.TrajectoryCodec;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.csv.PerStepTable;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.PerStepCurves;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.store.model.Tensor;
import ttt.workbench.store.model.Trajectory;
import ttt.workbench.store.pt.BaseCheckpoint;
import ttt.workbench.store.pt.FloatTensor;
import ttt.workbench.store.pt.PlasticState;

/**
 * Loads the large parts of a store on demand: a run's per-step curves and trajectory, the weights of a session, of
 * a run's end state and of the base. Each sets its {@link LoadState}: LOADED, MISSING (no file) or FAILED (with a
 * problem naming the file), so views can say why something is not shown. Callers run it off the UI thread and
 * apply nothing else to the model meanwhile (see {@code model/README.md}).
 */
public final class LazyLoader {

	private final Store store;
	private final Path root;
	private final StoreLayout layout;
	private final Problems problems;

	public LazyLoader(Store store) {
		this.store = store;
		this.root = Path.of(store.getRootPath());
		this.layout = new StoreLayout(root);
		this.problems = new Problems(store, root);
	}

	public PerStepCurves perStep(Run run) {
		if (run.getPerStepState() == LoadState.LOADED) {
			return run.getPerStep();
		}
		Path file = runDir(run).resolve(StoreLayout.RUN_PER_STEP);
		try {
			PerStepTable table = PerStepCsv.parse(StoreFiles.read(root, file), file);
			if (run.getMetrics() != null && run.getMetrics().getRunId() != null && !run.getMetrics().isSynthesized()
					&& table.steps() != run.getSteps()) {
				problems.warning(file, "has " + table.steps() + " rows, but the run's metrics say " + run.getSteps()
						+ " steps: the file was cut short or the metrics belong to another run");
			}
			run.setPerStep(toCurves(table));
			run.setPerStepState(LoadState.LOADED);
		} catch (NoSuchFileException e) {
			run.setPerStepState(LoadState.MISSING);
		} catch (IOException e) {
			fail(file, e);
			run.setPerStepState(LoadState.FAILED);
		}
		return run.getPerStep();
	}

	public Trajectory trajectory(Run run) {
		if (run.getTrajectoryState() == LoadState.LOADED) {
			return run.getTrajectory();
		}
		Path file = runDir(run).resolve(StoreLayout.RUN_TRAJECTORY);
		try {
			StoreFiles.Content content = StoreFiles.readMaybeGzipped(root, file);
			run.setTrajectory(TrajectoryCodec.read(PythonJsonReader.parse(content.bytes(), content.file()), content.file()));
			run.setTrajectoryState(LoadState.LOADED);
		} catch (NoSuchFileException e) {
			run.setTrajectoryState(LoadState.MISSING); // the reference does not write trajectories
		} catch (IOException e) {
			fail(file, e);
			run.setTrajectoryState(LoadState.FAILED);
		}
		return run.getTrajectory();
	}

	/** The session's current plastic weights W_u, B, W_o. */
	public EList<Tensor> weights(Session session) {
		if (session.getWeightsState() != LoadState.LOADED) {
			Path file = layout.plasticState(session.getId());
			try {
				// an interrupted commit: the session's weights are those at the end of the run being committed
				var committing = RunJournal.pending(root, session.getId()).filter(e -> RunJournal.isCommitted(root, e));
				if (committing.isPresent()) {
					file = layout.runDir(session.getId(), committing.get().runId()).resolve(StoreLayout.PLASTIC_STATE);
				}
			} catch (IOException e) {
				fail(RunJournal.file(root, session.getId()), e);
			}
			session.setWeightsState(loadPlastic(file, session.getWeights()));
		}
		return session.getWeights();
	}

	/** The session's plastic weights as they were at the end of {@code run} (MISSING for reference-written runs). */
	public EList<Tensor> weights(Run run) {
		if (run.getWeightsState() != LoadState.LOADED) {
			Path file = runDir(run).resolve(StoreLayout.PLASTIC_STATE);
			run.setWeightsState(loadPlastic(file, run.getWeights()));
		}
		return run.getWeights();
	}

	/** The base checkpoint's W_u, B, W_o and the frozen a_raw. */
	public EList<Tensor> tensors(Base base) {
		if (base.getTensorsState() != LoadState.LOADED) {
			Path file = layout.baseCheckpoint();
			try {
				StoreFiles.checkInside(root, file);
				BaseCheckpoint checkpoint = BaseCheckpoint.read(file);
				Map<String, FloatTensor> named = new LinkedHashMap<>(checkpoint.modelState());
				base.getTensors().clear();
				base.getTensors().addAll(toTensors(named));
				base.setTensorsState(LoadState.LOADED);
			} catch (NoSuchFileException e) {
				base.setTensorsState(LoadState.MISSING);
			} catch (IOException e) {
				fail(file, e);
				base.setTensorsState(LoadState.FAILED);
			}
		}
		return base.getTensors();
	}

	private LoadState loadPlastic(Path file, EList<Tensor> target) {
		try {
			StoreFiles.checkInside(root, file);
			PlasticState state = PlasticState.read(file);
			Map<String, FloatTensor> named = new LinkedHashMap<>();
			named.put(PlasticState.W_U, state.wU());
			named.put(PlasticState.B, state.b());
			named.put(PlasticState.W_O, state.wO());
			target.clear();
			target.addAll(toTensors(named));
			return LoadState.LOADED;
		} catch (NoSuchFileException e) {
			return LoadState.MISSING;
		} catch (IOException e) {
			fail(file, e);
			return LoadState.FAILED;
		}
	}

	static List<Tensor> toTensors(Map<String, FloatTensor> named) {
		return named.entrySet().stream().map(e -> {
			Tensor t = StoreFactory.eINSTANCE.createTensor();
			t.setName(e.getKey());
			t.setShape(e.getValue().shape());
			t.setData(e.getValue().data());
			return t;
		}).toList();
	}

	public static PerStepCurves toCurves(PerStepTable table) {
		PerStepCurves curves = StoreFactory.eINSTANCE.createPerStepCurves();
		curves.setLegacyFormat(table.format() == PerStepTable.Format.PHASE0);
		curves.setT(table.t());
		curves.setBaseMse(table.baseMse());
		curves.setSessionNoUpdateMse(table.sessionNoUpdateMse());
		curves.setAdaptiveMse(table.adaptiveMse());
		curves.setDidUpdate(table.didUpdate());
		curves.setUpdateOk(table.updateOk());
		return curves;
	}

	public static PerStepTable toTable(PerStepCurves curves) {
		return new PerStepTable(curves.isLegacyFormat() ? PerStepTable.Format.PHASE0 : PerStepTable.Format.PHASE1, curves.getT(),
				curves.getBaseMse(), curves.isLegacyFormat() ? null : curves.getSessionNoUpdateMse(), curves.getAdaptiveMse(),
				curves.getDidUpdate(), curves.getUpdateOk());
	}

	private Path runDir(Run run) {
		return layout.runDir(run.getSession().getId(), run.getId());
	}

	private void fail(Path file, IOException e) {
		if (e instanceof StoreFormatException f) {
			problems.error(f);
		} else if (e instanceof ttt.workbench.store.pt.PtFormatException pt) {
			problems.error(file, "cannot be read: " + pt.detail());
		} else {
			problems.error(file, "cannot be read: " + e.getMessage());
		}
	}
}
