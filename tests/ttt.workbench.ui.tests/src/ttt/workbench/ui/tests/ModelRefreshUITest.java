package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.Store;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.ui.live.ModelRefresh;

/**
 * The parts' one way of following the model ({@link ModelRefresh}) runs their listeners inside whatever changes the
 * model — a loader merging a session under the model's lock — so a listener that fails must not break that change nor
 * keep the other parts from hearing of it; and a store must not be kept alive by the observing itself.
 */
public class ModelRefreshUITest {

	private static Session session(String id) {
		Session s = StoreFactory.eINSTANCE.createSession();
		s.setId(id);
		return s;
	}

	@Test
	public void aFailingListenerNeitherBreaksTheChangeNorSilencesTheOtherParts() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Store model = StoreFactory.eINSTANCE.createStore();
		AtomicInteger failingRefreshes = new AtomicInteger();
		AtomicInteger heard = new AtomicInteger();
		AtomicInteger refreshes = new AtomicInteger();
		ModelRefresh failing = new ModelRefresh(failingRefreshes::incrementAndGet).onChange(n -> {
			throw new IllegalStateException("a part's bug");
		}).observe(model);
		ModelRefresh other = new ModelRefresh(refreshes::incrementAndGet).onChange(n -> heard.incrementAndGet()).observe(model);
		List<IStatus> logged = new CopyOnWriteArrayList<>();
		ILogListener log = (status, plugin) -> logged.add(status);
		Platform.addLogListener(log);
		try {
			model.getSessions().add(session("a")); // would throw out of the model's change before
			model.getSessions().get(0).setForkNote("a note");
			assertEquals("a note", model.getSessions().get(0).getForkNote(), "the changes were made");
			assertTrue(heard.get() >= 2, "the other part heard of both changes: " + heard);
			assertTrue(failing.isPending() && other.isPending(), "and both parts refresh");
			Screenshots.settle(display, 200);
			assertEquals(1, failingRefreshes.get());
			assertEquals(1, refreshes.get());
			assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getException() instanceof IllegalStateException
					&& s.getMessage().contains("failed to take in a change")), "the failure is in the Error Log: " + logged);
		} finally {
			Platform.removeLogListener(log);
			failing.dispose();
			other.dispose();
		}
		assertTrue(model.eAdapters().isEmpty(), "no longer observed");
	}

	@Test
	public void partsShareOneAdapterPerStore() {
		Store model = StoreFactory.eINSTANCE.createStore();
		Store another = StoreFactory.eINSTANCE.createStore();
		ModelRefresh one = new ModelRefresh(() -> {
		}).observe(model);
		ModelRefresh two = new ModelRefresh(() -> {
		}).observe(model);
		assertEquals(1, model.eAdapters().size(), "one content adapter for both parts");
		one.observe(another);
		assertEquals(1, model.eAdapters().size(), "still observed by the other part");
		assertEquals(1, another.eAdapters().size());
		two.dispose();
		assertTrue(model.eAdapters().isEmpty(), "its last observer gone, the store is no longer observed");
		one.dispose();
		assertTrue(another.eAdapters().isEmpty());
	}

	@Test
	public void aStoreWhosePartForgotToDisposeCanStillBeCollected() throws InterruptedException {
		WeakReference<Store> store = observedAndForgotten();
		for (int i = 0; i < 50 && store.get() != null; i++) {
			System.gc();
			Thread.sleep(20);
		}
		assertNull(store.get(), "nothing but the forgotten observer reached the store");
	}

	/** A store observed by a part that is dropped without being disposed (a part's bug, or a part closing abnormally). */
	private static WeakReference<Store> observedAndForgotten() {
		Store model = StoreFactory.eINSTANCE.createStore();
		model.getSessions().add(session("a"));
		new ModelRefresh(() -> {
		}).observe(model);
		return new WeakReference<>(model);
	}
}
