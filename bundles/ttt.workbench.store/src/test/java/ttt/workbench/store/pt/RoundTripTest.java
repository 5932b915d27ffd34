package ttt.workbench.store.pt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What this product writes reads back equal here and loads in real torch as the same Python values. */
class RoundTripTest {

	@TempDir
	Path tmp;

	private final TorchFileReader reader = new TorchFileReader();

	@Test
	void everyFixtureRoundTripsThroughItsTypedStateUnchanged() throws IOException {
		List<Path> fixtures = PtFixtures.all();
		for (int i = 0; i < fixtures.size(); i++) {
			Path fixture = fixtures.get(i);
			Path out = rewriteTyped(fixture, Files.createDirectories(tmp.resolve("f" + i)).resolve(fixture.getFileName()));
			assertEquals(typed(fixture), typed(out), fixture.toString());
			// order and Python types too, which record equality does not see
			assertEquals(Describe.of(reader.read(fixture)), Describe.of(reader.read(out)), fixture.toString());
		}
	}

	@Test
	void rewrittenFixturesLoadInTorchAsTheOriginalsDo() throws IOException {
		List<Path> originals = PtFixtures.all();
		List<Path> rewritten = new ArrayList<>();
		for (int i = 0; i < originals.size(); i++) {
			Path dir = Files.createDirectories(tmp.resolve("f" + i));
			rewritten.add(rewriteTyped(originals.get(i), dir.resolve(originals.get(i).getFileName())));
		}
		List<Object> expected = TorchOracle.load(originals);
		List<Object> actual = TorchOracle.load(rewritten);
		for (int i = 0; i < originals.size(); i++) {
			assertEquals(Describe.of(expected.get(i)), Describe.of(actual.get(i)), originals.get(i).toString());
		}
	}

	@Test
	void newStatesLoadInTorchWithTheReferencesPythonTypes() throws IOException {
		PlasticState plastic = randomPlastic(new Random(7));
		FloatTensor aRaw = randomTensor(new Random(8), 32);
		BaseCheckpoint base = BaseCheckpoint.create(plastic, aRaw, BaseCheckpoint.modelCfg(4, 2, 4, 16, 32, 1.0));
		ParamGroup group = ParamGroup.muon(0.005, 0.0, 0.95, true, new double[] { 3.4445, -4.775, 2.0315 }, 1e-7, 5,
				null, List.of(0L, 1L, 2L));
		OptimizerState fresh = OptimizerState.fresh(group);
		OptimizerState stepped = OptimizerState.withMomentum(group.with("adjust_lr_fn", "original"),
				Map.of(2L, randomTensor(new Random(3), 4, 32), 0L, randomTensor(new Random(1), 16, 6), 1L,
						randomTensor(new Random(2), 32, 16)));

		Path basePath = tmp.resolve("base_checkpoint.pt"), plasticPath = tmp.resolve("plastic_state.pt");
		Path freshPath = tmp.resolve("optim_fresh.pt"), steppedPath = tmp.resolve("optim_state.pt");
		base.write(basePath);
		plastic.write(plasticPath);
		fresh.write(freshPath);
		stepped.write(steppedPath);

		List<Object> loaded = TorchOracle.load(List.of(basePath, plasticPath, freshPath, steppedPath));
		assertEquals(Describe.of(base.toValue()), Describe.of(loaded.get(0)));
		assertEquals(Describe.of(plastic.toValue()), Describe.of(loaded.get(1)));
		assertEquals(Describe.of(fresh.toValue()), Describe.of(loaded.get(2)));
		assertEquals(Describe.of(stepped.toValue()), Describe.of(loaded.get(3)));
		// spot-check the Python types the reference relies on (Describe tags them; make the intent explicit)
		String optim = Describe.of(loaded.get(3));
		assertTrue(optim.contains("str:'ns_coefficients': tuple(float:3.4445, float:-4.775, float:2.0315)"), optim);
		assertTrue(optim.contains("str:'ns_steps': int:5"), optim);
		assertTrue(optim.contains("str:'params': list[int:0, int:1, int:2]"), optim);
		assertTrue(optim.startsWith("dict{\n  str:'state': dict{\n    int:0: dict{"), optim);
		assertTrue(Describe.of(loaded.get(0)).contains("str:'dt': float:1.0"));

		// torch's own Optimizer.load_state_dict accepts the structure (SGD stands in: torch 1.13 has no Muon)
		String ok = TorchOracle.runTorch("""
				import sys, torch
				sd = torch.load(sys.argv[1])
				ps = [torch.nn.Parameter(torch.zeros(s)) for s in [(16, 6), (32, 16), (4, 32)]]
				opt = torch.optim.SGD(ps, lr=0.1, momentum=0.9)
				opt.load_state_dict(sd)
				assert opt.param_groups[0]['ns_steps'] == 5
				assert torch.equal(opt.state[ps[1]]['momentum_buffer'], sd['state'][1]['momentum_buffer'])
				print('ok')
				""", steppedPath.toString());
		assertEquals("ok", ok.strip());
	}

	@Test
	void plasticStateLoadsWithWeightsOnly() throws IOException {
		// torch 1.13's weights_only loader refuses any file holding a Python float (BINFLOAT), its own files
		// included, so only the float-free plastic state can be checked this way here
		PlasticState plastic = PlasticState.read(PtFixtures.get(PtFixtures.TORCH291_S1_PLASTIC));
		Path out = tmp.resolve("plastic_state.pt");
		plastic.write(out);
		Object loaded = TorchOracle.loadWeightsOnly(List.of(out)).get(0);
		assertEquals(Describe.of(plastic.toValue()), Describe.of(loaded));
	}

	@Test
	void writtenFilesNameOnlyTheThreeAllowedGlobals() throws IOException {
		Path base = tmp.resolve("base_checkpoint.pt");
		BaseCheckpoint.read(PtFixtures.get(PtFixtures.TORCH291_BASE)).write(base);
		Path optim = tmp.resolve("optim_state.pt");
		OptimizerState.read(PtFixtures.get(PtFixtures.TORCH291_S1_OPTIM)).write(optim);
		List<List<String>> globals = TorchOracle.globals(List.of(base, optim));
		Set<String> allowed = Set.of("collections.OrderedDict", "torch._utils._rebuild_tensor_v2", "torch.FloatStorage");
		assertEquals(allowed, Set.copyOf(globals.get(0)), "base checkpoint uses all three and nothing else");
		assertTrue(allowed.containsAll(globals.get(1)), "optimizer state globals " + globals.get(1));
	}

	@Test
	void pythonValuesOfEveryKindKeepTheirTypesInTorch() throws IOException {
		Map<Object, Object> value = new LinkedHashMap<>();
		value.put("ints", List.of(0L, 255L, 256L, 65535L, 65536L, -1L, (long) Integer.MIN_VALUE,
				(long) Integer.MAX_VALUE, 1L << 31, Long.MIN_VALUE, Long.MAX_VALUE, 7));
		value.put("floats", List.of(0.0, -0.0, 1e-300, Double.MAX_VALUE, 0.1, 2.5f));
		value.put("misc", Arrays.asList(true, false, null, "ünïcødé ✓", "", PyTuple.of(), PyTuple.of(1L),
				PyTuple.of(1L, 2L, 3L, 4L), new ArrayList<>()));
		value.put(3L, "int key");
		value.put(PyTuple.of("a", 1L), "tuple key");
		value.put(null, "None key");
		PyOrderedDict od = new PyOrderedDict();
		od.put("z", 1L);
		od.put("a", 2L);
		od.attributes().put("_metadata", Map.of("k", 1L));
		value.put("odict", od);
		List<Object> many = new ArrayList<>();
		for (long i = 0; i < 2500; i++) {
			many.add(i); // more than one APPENDS batch
		}
		value.put("many", many);
		value.put("scalar", new FloatTensor(new int[0], new float[] { 3.5f }));
		value.put("empty", FloatTensor.zeros(0, 3));
		value.put("special", FloatTensor.vector(Float.NaN, Float.POSITIVE_INFINITY, -0f, Float.MIN_VALUE, Float.MAX_VALUE));

		Path out = tmp.resolve("values.pt");
		new TorchFileWriter().write(out, value);
		Object expected = normalizedForPython(value);
		assertEquals(Describe.of(expected), Describe.of(reader.read(out)), "read back here");
		assertEquals(Describe.of(expected), Describe.of(TorchOracle.load(List.of(out)).get(0)), "loaded by torch");
	}

	/** Integer → int (Long) and Float → float (Double): the mapping the writer documents. */
	private static Object normalizedForPython(Object v) {
		if (v instanceof Integer i) {
			return i.longValue();
		}
		if (v instanceof Float f) {
			return f.doubleValue();
		}
		if (v instanceof PyOrderedDict od) {
			PyOrderedDict copy = new PyOrderedDict();
			od.forEach((k, x) -> copy.put(normalizedForPython(k), normalizedForPython(x)));
			od.attributes().forEach((k, x) -> copy.attributes().put(k, normalizedForPython(x)));
			return copy;
		}
		if (v instanceof Map<?, ?> m) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			m.forEach((k, x) -> copy.put(normalizedForPython(k), normalizedForPython(x)));
			return copy;
		}
		if (v instanceof PyTuple t) {
			return new PyTuple(t.items().stream().map(RoundTripTest::normalizedForPython).toList());
		}
		if (v instanceof List<?> l) {
			List<Object> copy = new ArrayList<>();
			l.forEach(x -> copy.add(normalizedForPython(x)));
			return copy;
		}
		return v;
	}

	private Path rewriteTyped(Path fixture, Path out) throws IOException {
		Object typed = typed(fixture);
		if (typed instanceof PlasticState p) {
			p.write(out);
		} else if (typed instanceof OptimizerState o) {
			o.write(out);
		} else {
			((BaseCheckpoint) typed).write(out);
		}
		return out;
	}

	private static Object typed(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.startsWith("plastic_state")) {
			return PlasticState.read(file);
		}
		if (name.startsWith("optim_state")) {
			return OptimizerState.read(file);
		}
		return BaseCheckpoint.read(file);
	}

	static PlasticState randomPlastic(Random r) {
		return new PlasticState(randomTensor(r, 16, 6), randomTensor(r, 32, 16), randomTensor(r, 4, 32));
	}

	static FloatTensor randomTensor(Random r, int... shape) {
		float[] data = new float[(int) FloatTensor.elementCount(shape)];
		for (int i = 0; i < data.length; i++) {
			data[i] = (float) (r.nextGaussian() * 0.02);
		}
		return new FloatTensor(shape, data);
	}
}
