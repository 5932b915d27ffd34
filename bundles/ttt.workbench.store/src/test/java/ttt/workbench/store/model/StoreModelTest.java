package ttt.workbench.store.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The generated EMF model of the artifact store (model/store.ecore): tree through references,
 * notifications, enum literals equal to the files' strings, and the custom data types.
 */
class StoreModelTest {

	private static final StoreFactory F = StoreFactory.eINSTANCE;

	/** A store like the fixture: base, root session s1 with one run and three events, and its fork s1b. */
	private static Store fixtureLikeStore() {
		Store store = F.createStore();
		store.setRootPath("/tmp/store");
		Base base = F.createBase();
		base.setCreatedAtUnix(1768677450);
		base.setTorchVersion("2.9.1");
		base.setBaseCkptHash("32ccc751b83be7b934b6a6aadf90b2fca3d8107d0be1ee6e04a5f086d2f26c94");
		base.setModelSignature("42afee176a25ab9fef7732d871ffc85847ad1c7c0390de265ee497e95fb954e9");
		base.setModelConfig(F.createModelConfig());
		store.setBase(base);

		Session s1 = session("s1", null, "s1");
		s1.setLastRunAtUnix(1768677474.0);
		store.getSessions().add(s1);
		Run run = F.createRun();
		run.setId("s1_1768677462_seed2");
		run.setSeed(2);
		run.setSteps(96);
		run.setCreatedAtUnix(1768677462.0);
		RunMetrics metrics = F.createRunMetrics();
		metrics.setRunId(run.getId());
		metrics.setAdaptiveMseMean(344.24130804367206);
		metrics.setUpdatesAttempted(3);
		run.setMetrics(metrics);
		s1.getRuns().add(run);
		for (int t : new int[] { 31, 63, 95 }) {
			UpdateEvent event = F.createUpdateEvent();
			event.setT(t);
			event.setStatus(t == 31 ? UpdateStatus.COMMIT : UpdateStatus.ROLLBACK_GRAD_NORM);
			event.setPreLoss(37.29942321777344);
			event.setPostLoss(t == 31 ? 37.22677230834961 : null);
			event.setGradNorm(5.307072099281088);
			s1.getEvents().add(event);
			event.setRun(run);
		}

		Session s1b = session("s1b", "s1", "s1");
		store.getSessions().add(s1b);
		s1b.setParent(s1);
		return store;
	}

	private static Session session(String id, String parentId, String rootId) {
		Session s = F.createSession();
		s.setId(id);
		s.setParentId(parentId);
		s.setRootId(rootId);
		s.setCreatedAtUnix(1768677456);
		s.setEnvMode(EnvMode.LINEAR);
		s.setMu(0.12);
		s.setModelConfig(F.createModelConfig());
		s.setPlasticityConfig(F.createPlasticityConfig());
		RunMetrics created = F.createRunMetrics();
		created.setNotes("session created");
		s.setMetrics(created);
		return s;
	}

	@Test
	void sessionsFormATreeThroughReferences() {
		Store store = fixtureLikeStore();
		Session s1 = store.findSession("s1");
		Session s1b = store.findSession("s1b");
		assertNotNull(s1);
		assertSame(s1, s1b.getParent());
		assertEquals(List.of(s1b), s1.getChildren(), "eOpposite keeps children in sync");
		assertSame(s1, s1b.getRoot());
		assertSame(s1, s1.getRoot());
		assertEquals(0, s1.getDepth());
		assertEquals(1, s1b.getDepth());
		assertEquals(List.of(s1), store.getRootSessions());
		assertSame(store, s1b.getStore());
		assertFalse(s1b.isOrphan());

		// a grandchild, then re-parenting: both ends move
		Session c = session("c", "s1b", "s1");
		store.getSessions().add(c);
		c.setParent(s1b);
		assertEquals(2, c.getDepth());
		assertSame(s1, c.getRoot());
		c.setParent(s1);
		assertTrue(s1b.getChildren().isEmpty());
		assertEquals(List.of(s1b, c), s1.getChildren());

		// an orphan: parent named in the file but missing from the store
		Session orphan = session("lost_child", "gone", "gone");
		store.getSessions().add(orphan);
		assertTrue(orphan.isOrphan());
		assertSame(orphan, orphan.getRoot());
		assertEquals("gone", orphan.getRootId(), "the file's root id is kept");
		assertEquals(List.of(s1, orphan), store.getRootSessions());
		assertNull(store.findSession("gone"));
		assertNull(store.findSession(null));
	}

	@Test
	void eventsBelongToTheSessionAndAreAttributedToRuns() {
		Store store = fixtureLikeStore();
		Session s1 = store.findSession("s1");
		Run run = s1.findRun("s1_1768677462_seed2");
		assertNotNull(run);
		assertSame(s1, run.getSession());
		assertEquals(3, s1.getEvents().size());
		assertEquals(s1.getEvents(), run.getEvents(), "run.events is the inverse of event.run");
		UpdateEvent first = s1.getEvents().get(0);
		assertSame(s1, first.getSession());
		assertSame(run, first.getRun());
		assertTrue(first.isCommitted());
		assertFalse(s1.getEvents().get(1).isCommitted());
		assertNull(s1.getEvents().get(1).getPostLoss());
		assertNull(first.getRunId(), "runId keeps the line's value; the reference writes none");

		first.setRun(null);
		assertEquals(2, run.getEvents().size());
		assertTrue(s1.getEvents().contains(first), "unattributed events stay in the session");

		// deleting a run clears the attribution of its events, the events stay
		EcoreUtil.delete(run);
		assertTrue(s1.getRuns().isEmpty());
		assertEquals(3, s1.getEvents().size());
		assertTrue(s1.getEvents().stream().allMatch(e -> e.getRun() == null));
		assertNull(s1.findRun(null));
	}

	@Test
	void anAdapterIsNotifiedOfNewSessionsAndChangedRunMetrics() {
		Store store = fixtureLikeStore();
		List<Notification> seen = new ArrayList<>();
		store.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch()) {
					seen.add(notification);
				}
			}
		});

		Session added = session("s2", null, "s2");
		store.getSessions().add(added);
		assertEquals(1, seen.size());
		assertEquals(Notification.ADD, seen.get(0).getEventType());
		assertSame(StorePackage.Literals.STORE__SESSIONS, seen.get(0).getFeature());
		assertSame(added, seen.get(0).getNewValue());

		seen.clear();
		Run run = store.findSession("s1").getRuns().get(0);
		run.getMetrics().setAdaptiveMseMean(1.5);
		assertEquals(1, seen.size());
		assertSame(run.getMetrics(), seen.get(0).getNotifier());
		assertSame(StorePackage.Literals.RUN_METRICS__ADAPTIVE_MSE_MEAN, seen.get(0).getFeature());
		assertEquals(1.5, seen.get(0).getNewDoubleValue());

		// the content adapter follows objects added later: metrics replaced, then changed
		seen.clear();
		RunMetrics replaced = F.createRunMetrics();
		run.setMetrics(replaced);
		replaced.setUpdatesCommitted(4);
		assertEquals(2, seen.size());
		assertSame(StorePackage.Literals.RUN__METRICS, seen.get(0).getFeature());
		assertSame(StorePackage.Literals.RUN_METRICS__UPDATES_COMMITTED, seen.get(1).getFeature());

		// forking notifies both ends (parent.children is the eOpposite of child.parent)
		seen.clear();
		added.setParent(store.findSession("s1b"));
		assertEquals(2, seen.size());
		assertTrue(seen.stream().anyMatch(n -> n.getFeature() == StorePackage.Literals.SESSION__CHILDREN
				&& n.getEventType() == Notification.ADD));
		assertTrue(seen.stream().anyMatch(n -> n.getFeature() == StorePackage.Literals.SESSION__PARENT
				&& n.getEventType() == Notification.SET));
	}

	@Test
	void lazilyLoadedCurvesStartUnsetAndNotifyWhenSet() {
		Store store = fixtureLikeStore();
		Run run = store.findSession("s1").getRuns().get(0);
		assertNull(run.getPerStep());
		assertNull(run.getTrajectory());
		assertEquals(LoadState.NOT_LOADED, run.getPerStepState());
		assertEquals(LoadState.NOT_LOADED, run.getTrajectoryState());
		assertEquals(LoadState.NOT_LOADED, run.getWeightsState());

		List<Object> features = new ArrayList<>();
		store.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				features.add(notification.getFeature());
			}
		});
		PerStepCurves curves = F.createPerStepCurves();
		assertEquals(0, curves.getLength());
		curves.setT(new int[] { 0, 1, 2 });
		curves.setBaseMse(new double[] { 0.009757068008184433, 0.3129963278770447, 1.0 });
		curves.setDidUpdate(new boolean[] { false, false, true });
		run.setPerStep(curves);
		run.setPerStepState(LoadState.LOADED);
		assertEquals(3, run.getPerStep().getLength());
		assertEquals(List.of(StorePackage.Literals.RUN__PER_STEP, StorePackage.Literals.RUN__PER_STEP_STATE), features);

		// a new array is a new value: observers hear about it
		features.clear();
		curves.setAdaptiveMse(new double[] { 1, 2, 3 });
		assertEquals(List.of(StorePackage.Literals.PER_STEP_CURVES__ADAPTIVE_MSE), features);
	}

	@Test
	void enumLiteralsAreTheStringsOfTheFiles() throws IOException {
		for (String status : List.of("commit", "rollback_loss_regression", "rollback_grad_norm",
				"rollback_state_norm", "rollback_non_finite")) {
			UpdateStatus parsed = UpdateStatus.get(status);
			assertNotNull(parsed, status);
			assertEquals(status, parsed.getLiteral());
			assertSame(parsed, EcoreUtil.createFromString(StorePackage.Literals.UPDATE_STATUS, status));
			assertEquals(status, EcoreUtil.convertToString(StorePackage.Literals.UPDATE_STATUS, parsed));
		}
		assertSame(UpdateStatus.ROLLBACK_GRAD_NORM, UpdateStatus.get("rollback_grad_norm"));
		assertNull(UpdateStatus.get("rollback_cosmic_ray"), "unknown strings are the reader's to map to UNKNOWN");
		assertThrows(IllegalArgumentException.class,
				() -> EcoreUtil.createFromString(StorePackage.Literals.UPDATE_STATUS, "rollback_cosmic_ray"));
		assertSame(EnvMode.LINEAR, EnvMode.get("linear"));
		assertSame(EnvMode.NONLINEAR, EnvMode.get("nonlinear"));
		assertSame(LoadState.NOT_LOADED, LoadState.get("not_loaded"));

		// every status of the reference fixture parses
		Path fixtures = Path.of(System.getProperty("ttt.fixtures.dir", "../../../shared/fixtures"));
		Path jsonl = fixtures.resolve("torch291-store/sessions/s1/update_events.jsonl");
		assertTrue(Files.isRegularFile(jsonl), "fixture missing (set -Dttt.fixtures.dir): " + jsonl.toAbsolutePath());
		ObjectMapper mapper = new ObjectMapper();
		List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
		assertFalse(lines.isEmpty());
		for (String line : lines) {
			JsonNode node = mapper.readTree(line);
			assertNotNull(UpdateStatus.get(node.get("status").asText()), line);
		}
		JsonNode meta = mapper.readTree(fixtures.resolve("torch291-store/sessions/s1/meta.json").toFile());
		assertNotNull(EnvMode.get(meta.get("env_mode").asText()));
	}

	@Test
	void defaultsAreThoseOfTheReference() {
		ModelConfig m = F.createModelConfig();
		assertEquals(List.of(4, 2, 4, 16, 32), List.of(m.getObsDim(), m.getActDim(), m.getZDim(), m.getUDim(), m.getNState()));
		assertEquals(1.0, m.getDt());
		PlasticityConfig p = F.createPlasticityConfig();
		assertEquals(0.005, p.getLr());
		assertEquals(0.0, p.getWeightDecay());
		assertEquals(0.95, p.getMomentum());
		assertTrue(p.isNesterov());
		assertEquals(5, p.getNsSteps());
		assertNull(p.getAdjustLrFn());
		assertEquals(32, p.getChunk());
		assertEquals(32, p.getBufferLen());
		assertEquals(0.2, p.getRollbackTol());
		assertEquals(20.0, p.getGradNormMax());
		assertEquals(1e6, p.getStateNormMax());
		RunMetrics created = F.createRunMetrics();
		assertNull(created.getRunId());
		assertTrue(Double.isNaN(created.getAdaptiveLast100Mean()), "absent means are NaN");
		assertEquals(1, F.createSession().getSchemaVersion());
		assertNull(F.createSession().getLastRunAtUnix());
	}

	@Test
	void arrayDataTypesRoundTripThroughStrings() {
		double[] doubles = { 0.009757068008184433, -0.0, Double.NaN, Double.POSITIVE_INFINITY, 1e-300, 344.24130804367206 };
		String text = EcoreUtil.convertToString(StorePackage.Literals.DOUBLE_ARRAY, doubles);
		assertArrayEquals(doubles, (double[]) EcoreUtil.createFromString(StorePackage.Literals.DOUBLE_ARRAY, text));

		float[] floats = { 0.1f, -3.4028235e38f, 1.4e-45f, Float.NaN };
		text = EcoreUtil.convertToString(StorePackage.Literals.FLOAT_ARRAY, floats);
		assertArrayEquals(floats, (float[]) EcoreUtil.createFromString(StorePackage.Literals.FLOAT_ARRAY, text));

		int[] ints = { 0, 31, -7, Integer.MAX_VALUE };
		text = EcoreUtil.convertToString(StorePackage.Literals.INT_ARRAY, ints);
		assertEquals("[0, 31, -7, 2147483647]", text);
		assertArrayEquals(ints, (int[]) EcoreUtil.createFromString(StorePackage.Literals.INT_ARRAY, text));
		assertArrayEquals(new int[] { 16, 6 }, (int[]) EcoreUtil.createFromString(StorePackage.Literals.INT_ARRAY, "16 6"));

		boolean[] flags = { true, false, false, true };
		text = EcoreUtil.convertToString(StorePackage.Literals.BOOLEAN_ARRAY, flags);
		assertArrayEquals(flags, (boolean[]) EcoreUtil.createFromString(StorePackage.Literals.BOOLEAN_ARRAY, text));
		assertArrayEquals(flags, (boolean[]) EcoreUtil.createFromString(StorePackage.Literals.BOOLEAN_ARRAY, "1,0,0,1"));
		assertThrows(IllegalArgumentException.class,
				() -> EcoreUtil.createFromString(StorePackage.Literals.BOOLEAN_ARRAY, "1,2"));

		for (EDataType type : List.of(StorePackage.Literals.DOUBLE_ARRAY, StorePackage.Literals.FLOAT_ARRAY,
				StorePackage.Literals.INT_ARRAY, StorePackage.Literals.BOOLEAN_ARRAY)) {
			Object empty = EcoreUtil.createFromString(type, "[]");
			assertEquals(0, java.lang.reflect.Array.getLength(empty), type.getName());
			assertEquals("[]", EcoreUtil.convertToString(type, empty));
			assertNull(EcoreUtil.createFromString(type, null));
			assertNull(EcoreUtil.convertToString(type, null));
		}
	}

	@Test
	void extraJsonKeysRoundTripThroughStrings() {
		ObjectNode extra = new ObjectMapper().createObjectNode();
		extra.put("optimizer_note", "kept");
		extra.putArray("w_norms").add(1.25).add(2);
		String text = EcoreUtil.convertToString(StorePackage.Literals.JSON_OBJECT, extra);
		assertEquals(extra, EcoreUtil.createFromString(StorePackage.Literals.JSON_OBJECT, text));
		assertThrows(IllegalArgumentException.class,
				() -> EcoreUtil.createFromString(StorePackage.Literals.JSON_OBJECT, "[1, 2]"));
	}

	@Test
	void theWholeModelSurvivesAnXmiRoundTripAndValidates() throws IOException {
		Store store = fixtureLikeStore();
		Run run = store.findSession("s1").getRuns().get(0);
		PerStepCurves curves = F.createPerStepCurves();
		curves.setT(new int[] { 0, 1 });
		curves.setBaseMse(new double[] { 0.5, Double.NaN });
		curves.setUpdateOk(new boolean[] { false, true });
		run.setPerStep(curves);
		Tensor w = F.createTensor();
		w.setName("W_u");
		w.setShape(new int[] { 2, 3 });
		w.setData(new float[] { 1, 2, 3, 4, 5, 6 });
		store.getBase().getTensors().add(w);
		ObjectNode extra = new ObjectMapper().createObjectNode().put("engine", "ttt-workbench 0.1");
		store.findSession("s1").setExtraJson(extra);
		StoreProblem problem = F.createStoreProblem();
		problem.setPath("sessions/s9/meta.json");
		problem.setMessage("not valid JSON");
		problem.setSeverity(ProblemSeverity.ERROR);
		store.getProblems().add(problem);

		assertTrue(Diagnostician.INSTANCE.validate(store).getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR);

		Resource out = new XMIResourceImpl(URI.createURI("mem:/store.xmi"));
		out.getContents().add(store);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());
		ResourceSetImpl rs = new ResourceSetImpl();
		rs.getPackageRegistry().put(StorePackage.eNS_URI, StorePackage.eINSTANCE);
		Resource in = new XMIResourceImpl(URI.createURI("mem:/store.xmi"));
		rs.getResources().add(in);
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		Store copy = (Store) in.getContents().get(0);

		Session s1 = copy.findSession("s1");
		Session s1b = copy.findSession("s1b");
		assertSame(s1, s1b.getParent());
		assertEquals(List.of(s1b), s1.getChildren());
		assertEquals(3, s1.getRuns().get(0).getEvents().size());
		assertSame(s1.getRuns().get(0), s1.getEvents().get(2).getRun());
		assertEquals(extra, s1.getExtraJson());
		assertArrayEquals(curves.getBaseMse(), s1.getRuns().get(0).getPerStep().getBaseMse());
		assertArrayEquals(curves.getUpdateOk(), s1.getRuns().get(0).getPerStep().getUpdateOk());
		assertArrayEquals(w.getData(), copy.getBase().getTensors().get(0).getData());
		assertArrayEquals(w.getShape(), copy.getBase().getTensors().get(0).getShape());
		assertEquals(UpdateStatus.ROLLBACK_GRAD_NORM, s1.getEvents().get(1).getStatus());
		assertEquals(ProblemSeverity.ERROR, copy.getProblems().get(0).getSeverity());
		assertEquals("session created", s1b.getMetrics().getNotes());
	}

	@Test
	void thePackageIsRegisteredUnderItsNsUri() {
		assertSame(StorePackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://ttt.workbench/store/1.0"));
		assertEquals("store", StorePackage.eINSTANCE.getNsPrefix());
		assertEquals("ttt.workbench.store.model", StorePackage.class.getPackageName());
	}
}
