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
 * problem naming the file), so views can say why something is not shown. Each load has two halves ({@link Load}):
 * reading files, on any thread, and applying to the model, on the model's thread (the workbench's UI thread).
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

	/**
	 * A load cut at the thread boundary: {@link #read} touches files only and may run on any thread; the step it
	 * returns changes the model (the value, its {@link LoadState}, a problem naming the file) and runs on the model's
	 * thread. The workbench reads on a job and applies on the UI thread; the command line does both at once.
	 */
	@FunctionalInterface
	public interface Load<T> {
		Apply<T> read();
	}

	/** The model half of a {@link Load}: sets what was read, returns it. */
	@FunctionalInterface
	public interface Apply<T> {
		T apply();
	}

	/** The run's per-step curves, read now. */
	public PerStepCurves perStep(Run run) {
		return perStepLoad(run).read().apply();
	}

	/** Reading a run's per_step.csv; create it on the model's thread (it notes what the run is now). */
	public Load<PerStepCurves> perStepLoad(Run run) {
		if (run.getPerStepState() == LoadState.LOADED) {
			return done(run.getPerStep());
		}
		Path file = runDir(run).resolve(StoreLayout.RUN_PER_STEP);
		boolean checkSteps = run.getMetrics() != null && run.getMetrics().getRunId() != null && !run.getMetrics().isSynthesized();
		int steps = run.getSteps();
		return () -> {
			StoreActivity.report(StoreActivity.Kind.PART_READ, file);
			try {
				PerStepTable table = PerStepCsv.parse(StoreFiles.read(root, file), file);
				return () -> {
					if (checkSteps && table.steps() != steps) {
						problems.warning(file, "has " + table.steps() + " rows, but the run's metrics say " + steps
								+ " steps: the file was cut short or the metrics belong to another run");
					}
					run.setPerStep(toCurves(table));
					run.setPerStepState(LoadState.LOADED);
					return run.getPerStep();
				};
			} catch (NoSuchFileException e) {
				return () -> {
					run.setPerStepState(LoadState.MISSING);
					return run.getPerStep();
				};
			} catch (IOException e) {
				return () -> {
					fail(file, e);
					run.setPerStepState(LoadState.FAILED);
					return run.getPerStep();
				};
			}
		};
	}

	public Trajectory trajectory(Run run) {
		return trajectoryLoad(run).read().apply();
	}

	public Load<Trajectory> trajectoryLoad(Run run) {
		if (run.getTrajectoryState() == LoadState.LOADED) {
			return done(run.getTrajectory());
		}
		Path file = runDir(run).resolve(StoreLayout.RUN_TRAJECTORY);
		return () -> {
			StoreActivity.report(StoreActivity.Kind.PART_READ, file);
			try {
				StoreFiles.Content content = StoreFiles.readMaybeGzipped(root, file);
				Trajectory read = TrajectoryCodec.read(PythonJsonReader.parse(content.bytes(), content.file()), content.file());
				return () -> {
					run.setTrajectory(read);
					run.setTrajectoryState(LoadState.LOADED);
					return run.getTrajectory();
				};
			} catch (NoSuchFileException e) {
				return () -> {
					run.setTrajectoryState(LoadState.MISSING); // the reference does not write trajectories
					return run.getTrajectory();
				};
			} catch (IOException e) {
				return () -> {
					fail(file, e);
					run.setTrajectoryState(LoadState.FAILED);
					return run.getTrajectory();
				};
			}
		};
	}

	/** The session's current plastic weights W_u, B, W_o. */
	public EList<Tensor> weights(Session session) {
		return weightsLoad(session).read().apply();
	}

	public Load<EList<Tensor>> weightsLoad(Session session) {
		if (session.getWeightsState() == LoadState.LOADED) {
			return done(session.getWeights());
		}
		String sessionId = session.getId();
		return () -> {
			Path file = layout.plasticState(sessionId);
			IOException journalFailure = null;
			try {
				// an interrupted commit: the session's weights are those at the end of the run being committed
				var committing = RunJournal.pending(root, sessionId).filter(e -> RunJournal.isCommitted(root, e));
				if (committing.isPresent()) {
					file = layout.runDir(sessionId, committing.get().runId()).resolve(StoreLayout.PLASTIC_STATE);
				}
			} catch (IOException e) {
				journalFailure = e;
			}
			IOException journalProblem = journalFailure;
			Apply<LoadState> plastic = readPlastic(file, session.getWeights());
			return () -> {
				if (journalProblem != null) {
					fail(RunJournal.file(root, sessionId), journalProblem);
				}
				session.setWeightsState(plastic.apply());
				return session.getWeights();
			};
		};
	}

	/** The session's plastic weights as they were at the end of {@code run} (MISSING for reference-written runs). */
	public EList<Tensor> weights(Run run) {
		return weightsLoad(run).read().apply();
	}

	public Load<EList<Tensor>> weightsLoad(Run run) {
		if (run.getWeightsState() == LoadState.LOADED) {
			return done(run.getWeights());
		}
		Path file = runDir(run).resolve(StoreLayout.PLASTIC_STATE);
		return () -> {
			Apply<LoadState> plastic = readPlastic(file, run.getWeights());
			return () -> {
				run.setWeightsState(plastic.apply());
				return run.getWeights();
			};
		};
	}

	/** The base checkpoint's W_u, B, W_o and the frozen a_raw. */
	public EList<Tensor> tensors(Base base) {
		return tensorsLoad(base).read().apply();
	}

	public Load<EList<Tensor>> tensorsLoad(Base base) {
		if (base.getTensorsState() == LoadState.LOADED) {
			return done(base.getTensors());
		}
		Path file = layout.baseCheckpoint();
		return () -> {
			StoreActivity.report(StoreActivity.Kind.PART_READ, file);
			try {
				StoreFiles.checkInside(root, file);
				BaseCheckpoint checkpoint = BaseCheckpoint.read(file);
				List<Tensor> tensors = toTensors(new LinkedHashMap<>(checkpoint.modelState()));
				return () -> {
					base.getTensors().clear();
					base.getTensors().addAll(tensors);
					base.setTensorsState(LoadState.LOADED);
					return base.getTensors();
				};
			} catch (NoSuchFileException e) {
				return () -> {
					base.setTensorsState(LoadState.MISSING);
					return base.getTensors();
				};
			} catch (IOException e) {
				return () -> {
					fail(file, e);
					base.setTensorsState(LoadState.FAILED);
					return base.getTensors();
				};
			}
		};
	}

	private static <T> Load<T> done(T value) {
		return () -> () -> value;
	}

	/** Reads a plastic_state.pt (any thread); the result fills {@code target} and tells its state (model thread). */
	private Apply<LoadState> readPlastic(Path file, EList<Tensor> target) {
		StoreActivity.report(StoreActivity.Kind.PART_READ, file);
		try {
			StoreFiles.checkInside(root, file);
			PlasticState state = PlasticState.read(file);
			Map<String, FloatTensor> named = new LinkedHashMap<>();
			named.put(PlasticState.W_U, state.wU());
			named.put(PlasticState.B, state.b());
			named.put(PlasticState.W_O, state.wO());
			List<Tensor> tensors = toTensors(named);
			return () -> {
				target.clear();
				target.addAll(tensors);
				return LoadState.LOADED;
			};
		} catch (NoSuchFileException e) {
			return () -> LoadState.MISSING;
		} catch (IOException e) {
			return () -> {
				fail(file, e);
				return LoadState.FAILED;
			};
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
