package ttt.workbench.analysis.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ttt.workbench.store.io.LazyLoader;
import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.LoadState;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;

/**
 * Which weights the Weights page shows and compares: the focused run's end-of-run weights when the run kept them,
 * else the session's current weights (with a note saying why); the parent session's current weights (the base for a
 * root session); the base; and the sequence of states the statistics run over (base, parent, each run that kept its
 * weights, current). Uses {@link LazyLoader}, which mutates the model: call on the UI thread; the workbench reads the
 * files first with {@link #pendingLoads} off the UI thread and then resolves with no loader (nothing read).
 *
 * @param shown  what the heatmaps show
 * @param note   why it is that (empty when it is simply the session's current weights), or what is missing
 * @param parent the parent's current weights, or the base's for a root session
 * @param base   the base checkpoint's plastic weights
 * @param states the states of the statistics table and chart, oldest first
 */
public record WeightSources(Optional<WeightSet> shown, String note, Optional<WeightSet> parent, String parentLabel,
		Optional<WeightSet> base, List<WeightSet> states) {

	/** What {@link #resolve} needs that is not yet in the model (state NOT_LOADED), as loads to read off the UI thread. */
	public static List<LazyLoader.Load<?>> pendingLoads(LazyLoader loader, Base baseModel, Session session, Run focused) {
		List<LazyLoader.Load<?>> loads = new ArrayList<>();
		if (baseModel != null && baseModel.getTensorsState() == LoadState.NOT_LOADED) {
			loads.add(loader.tensorsLoad(baseModel));
		}
		if (session.getWeightsState() == LoadState.NOT_LOADED) {
			loads.add(loader.weightsLoad(session));
		}
		Session p = session.getParent();
		if (p != null && p.getWeightsState() == LoadState.NOT_LOADED) {
			loads.add(loader.weightsLoad(p));
		}
		for (Run run : session.getRuns()) { // the focused run is one of them
			if (run.getWeightsState() == LoadState.NOT_LOADED) {
				loads.add(loader.weightsLoad(run));
			}
		}
		if (focused != null && focused.getSession() != session && focused.getWeightsState() == LoadState.NOT_LOADED) {
			loads.add(loader.weightsLoad(focused));
		}
		return loads;
	}

	/** @param loader reads what is not loaded yet; null reads nothing and resolves from the model as it is */
	public static WeightSources resolve(LazyLoader loader, Base baseModel, Session session, Run focused) {
		List<String> notes = new ArrayList<>();
		Optional<WeightSet> base = Optional.empty();
		if (baseModel != null) {
			if (loader != null) {
				loader.tensors(baseModel);
			}
			if (baseModel.getTensorsState() == LoadState.LOADED) {
				base = Optional.of(WeightSet.of("base", baseModel.getTensors()));
			} else {
				notes.add("The base checkpoint could not be read (" + describe(baseModel.getTensorsState()) + ").");
			}
		}
		Optional<WeightSet> current = sessionWeights(loader, session, "current (" + session.getId() + ")");
		if (current.isEmpty()) {
			notes.add("Session " + session.getId() + " has no readable plastic_state.pt (" + describe(session.getWeightsState()) + ").");
		}
		Optional<WeightSet> shown = current;
		if (focused != null) {
			if (loader != null) {
				loader.weights(focused);
			}
			if (focused.getWeightsState() == LoadState.LOADED) {
				shown = Optional.of(WeightSet.of("end of run " + focused.getId(), focused.getWeights()));
				notes.add(0, "Showing the weights at the end of the focused run " + focused.getId() + ".");
			} else if (focused.getWeightsState() == LoadState.MISSING) {
				notes.add(0, "Run " + focused.getId() + " was written by the reference and kept no end-of-run weights: showing the session's current weights.");
			} else {
				notes.add(0, "The end-of-run weights of run " + focused.getId() + " could not be read: showing the session's current weights.");
			}
		}
		Optional<WeightSet> parent;
		String parentLabel;
		Session p = session.getParent();
		if (p != null) {
			parent = sessionWeights(loader, p, "parent (" + p.getId() + ")");
			parentLabel = "parent session " + p.getId() + " (its current weights)";
			if (parent.isEmpty()) {
				notes.add("The parent session " + p.getId() + " has no readable weights.");
			}
		} else if (session.getParentId() != null) {
			parent = Optional.empty();
			parentLabel = "parent " + session.getParentId() + " (missing from the store)";
			notes.add("The parent session " + session.getParentId() + " is missing from the store: no comparison to the parent.");
		} else {
			parent = base;
			parentLabel = "the base (" + session.getId() + " is a root session)";
		}
		List<WeightSet> states = new ArrayList<>();
		base.ifPresent(states::add);
		if (p != null) {
			parent.ifPresent(states::add);
		}
		for (Run run : session.getRuns()) {
			if (loader != null) {
				loader.weights(run);
			}
			if (run.getWeightsState() == LoadState.LOADED) {
				states.add(WeightSet.of("run " + run.getId(), run.getWeights()));
			}
		}
		current.ifPresent(states::add);
		return new WeightSources(shown, String.join(" ", notes), parent, parentLabel, base, List.copyOf(states));
	}

	private static Optional<WeightSet> sessionWeights(LazyLoader loader, Session s, String label) {
		if (loader != null) {
			loader.weights(s);
		}
		if (s.getWeightsState() != LoadState.LOADED) {
			return Optional.empty();
		}
		WeightSet set = WeightSet.of(label, s.getWeights());
		return set.isComplete() ? Optional.of(set) : Optional.empty();
	}

	private static String describe(LoadState state) {
		return state == LoadState.MISSING ? "the file is missing" : "see Problems / Check Store";
	}

	/** How many of the session's runs kept their end-of-run weights. */
	public long runStates() {
		return states.stream().filter(s -> s.label().startsWith("run ")).count();
	}
}
