package ttt.workbench.ui.live;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

import ttt.workbench.store.model.Store;

/**
 * The one way a part follows the live model: every non-touch notification anywhere in the observed store asks for
 * a refresh, and a burst of them (a merged run sets dozens of attributes, a sweep lands points many times a second)
 * becomes ONE {@code asyncExec} of the part's refresh on the display. The idea is EMF.Edit's "notify changed → viewer
 * refresh", reduced to what the parts need: they repaint from the model, they do not patch single items.
 *
 * <p>Stops observing and drops a pending refresh when disposed, which {@link #disposeWith} ties to a widget.
 */
public final class ModelRefresh {

	private final Display display;
	private final Runnable refresh;
	private final AtomicBoolean pending = new AtomicBoolean();
	private int settleMillis;
	private volatile boolean disposed;
	private Store observed;
	private Consumer<Notification> changes = n -> {
	};

	/**
	 * One content adapter per observed store, shared by every part that observes it: an EContentAdapter puts itself on
	 * every object of the model, and with 100,000 sessions each part adding (and, when another store opens, removing)
	 * its own was a noticeable part of showing a store. It is found on the store's own adapters ({@link #sharedOn}), not
	 * in a static map: a map from stores to adapters that reach their stores kept every store alive whose observer was
	 * never disposed. Added and removed on the UI thread only, as {@link #observe} is.
	 */
	private static final class Shared extends EContentAdapter {
		final List<ModelRefresh> observers = new CopyOnWriteArrayList<>();

		@Override
		public void notifyChanged(Notification n) {
			super.notifyChanged(n);
			if (!n.isTouch()) {
				for (ModelRefresh r : observers) {
					// this runs inside whatever changes the model (a loader merging a session under the model's lock): a
					// part's listener that fails must neither break that change nor keep the other parts from hearing of it
					try {
						r.changes.accept(n);
					} catch (RuntimeException | LinkageError e) {
						ILog.of(ModelRefresh.class).error("A view failed to take in a change of the store: " + n, e);
					}
					r.schedule();
				}
			}
		}
	}

	/** The shared adapter on {@code model}, or null when nobody observes it. */
	private static Shared sharedOn(Store model) {
		for (Adapter a : model.eAdapters()) {
			if (a instanceof Shared shared) {
				return shared;
			}
		}
		return null;
	}

	/** Created on the UI thread (or with the workbench's display current): refreshes run there. */
	public ModelRefresh(Runnable refresh) {
		this.display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
		this.refresh = refresh;
	}

	/**
	 * Waits {@code millis} after the first change of a burst before refreshing, for parts whose refresh is costly
	 * and whose model changes many times a second (a sweep landing points).
	 */
	public ModelRefresh settling(int millis) {
		this.settleMillis = millis;
		return this;
	}

	/**
	 * Also hands each change to {@code listener} (on the thread that made it) before the refresh is asked for, for a
	 * part whose refresh can be cheaper when it knows what changed.
	 */
	public ModelRefresh onChange(Consumer<Notification> listener) {
		this.changes = listener;
		return this;
	}

	/** Observes {@code model} (null: none) instead of the store observed so far. Call on the UI thread. */
	public ModelRefresh observe(Store model) {
		if (observed == model) {
			return this;
		}
		if (observed != null) {
			Shared shared = sharedOn(observed);
			if (shared != null && shared.observers.remove(this) && shared.observers.isEmpty()) {
				observed.eAdapters().remove(shared); // the last observer: the model is no longer observed
			}
		}
		observed = model;
		if (model != null && !disposed) {
			Shared shared = sharedOn(model);
			if (shared == null) {
				shared = new Shared();
				model.eAdapters().add(shared);
			}
			shared.observers.add(this);
		}
		return this;
	}

	/** Disposes this when {@code owner} is disposed. */
	public ModelRefresh disposeWith(Control owner) {
		owner.addDisposeListener(e -> dispose());
		return this;
	}

	/** Asks for one refresh on the display; requests made before it runs are folded into it. Any thread. */
	public void schedule() {
		if (disposed || !pending.compareAndSet(false, true)) {
			return;
		}
		try {
			Runnable run = () -> {
				pending.set(false); // cleared first: a change made by the refresh itself asks for the next one
				if (!disposed) {
					refresh.run();
				}
			};
			display.asyncExec(settleMillis > 0 ? () -> display.timerExec(settleMillis, run) : run);
		} catch (SWTException displayGone) {
			pending.set(false); // the workbench is closing: nobody is left to show it to
		}
	}

	/** Whether a refresh is asked for and has not run yet. */
	public boolean isPending() {
		return pending.get();
	}

	/** Stops observing; a pending refresh does not run. Call on the UI thread. */
	public void dispose() {
		disposed = true;
		observe(null);
	}
}
