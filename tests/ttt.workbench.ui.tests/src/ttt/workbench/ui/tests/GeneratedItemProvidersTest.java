package ttt.workbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;

import ttt.workbench.store.model.Base;
import ttt.workbench.store.model.Run;
import ttt.workbench.store.model.Session;
import ttt.workbench.store.model.StoreFactory;
import ttt.workbench.ui.properties.StoreItemProviders;

/**
 * The item providers generated from store.genmodel into ttt.workbench.store.edit: labels from its plugin.properties,
 * categories and descriptions from the genmodel, and every feature read-only except the product's fork note.
 */
public class GeneratedItemProvidersTest {

	private static Map<String, IItemPropertyDescriptor> descriptors(EObject o) {
		IItemPropertySource source = StoreItemProviders.propertySource(o);
		assertNotNull(source, "a generated item provider for " + o.eClass().getName());
		return source.getPropertyDescriptors(o).stream().collect(Collectors.toMap(d -> d.getDisplayName(o), d -> d));
	}

	@Test
	public void labelsCategoriesAndDescriptionsComeFromTheGenmodel() {
		Session session = StoreFactory.eINSTANCE.createSession();
		session.setId("s1b");
		assertEquals("Session s1b", StoreItemProviders.label(session));
		Map<String, IItemPropertyDescriptor> rows = descriptors(session);
		assertEquals("Note", rows.get("Fork Note").getCategory(session));
		assertTrue(rows.get("Fork Note").getDescription(session).startsWith("fork_note in meta.json"),
				rows.get("Fork Note").getDescription(session));
		assertEquals("Settings", rows.get("Mu").getCategory(session));
		assertEquals("Lineage", rows.get("Parent Id").getCategory(session));
		assertNull(rows.get("Children"), "children: property None in the genmodel (a root may have thousands)");
		assertNull(rows.get("Runs"), "runs and events are not rows");

		Base base = StoreFactory.eINSTANCE.createBase();
		Map<String, IItemPropertyDescriptor> baseRows = descriptors(base);
		for (String name : List.of("Torch Version", "Base Ckpt Hash", "Model Signature", "Model Config")) {
			assertEquals("Base model", baseRows.get(name).getCategory(base), name);
		}
		Run run = StoreFactory.eINSTANCE.createRun();
		run.setId("s1_1768677462_seed2");
		assertEquals("Run s1_1768677462_seed2", StoreItemProviders.label(run));
		assertEquals("Identity", descriptors(run).get("Seed").getCategory(run));
	}

	@Test
	public void onlyTheForkNoteCanBeSet() {
		Session session = StoreFactory.eINSTANCE.createSession();
		Map<String, IItemPropertyDescriptor> rows = descriptors(session);
		assertTrue(rows.get("Fork Note").canSetProperty(session), "the product owns fork_note");
		List<String> settable = rows.entrySet().stream().filter(e -> e.getValue().canSetProperty(session)).map(Map.Entry::getKey).toList();
		assertEquals(List.of("Fork Note"), settable, "everything else is the reference's: read-only");
		for (EObject o : List.of(StoreFactory.eINSTANCE.createBase(), StoreFactory.eINSTANCE.createRun(),
				StoreFactory.eINSTANCE.createRunMetrics(), StoreFactory.eINSTANCE.createModelConfig(),
				StoreFactory.eINSTANCE.createPlasticityConfig())) {
			assertFalse(descriptors(o).values().stream().anyMatch(d -> d.canSetProperty(o)), o.eClass().getName() + " is read-only");
		}
	}
}
