package ttt.workbench.store.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless equivalent of the EMF IDE's "Reload genmodel" + "Generate Model Code", for one
 * genmodel whose model directory is {@code /<project>/<folder>} inside the bundle that holds
 * the genmodel's {@code model/} folder.
 * <ol>
 * <li>maps {@code platform:/resource/<project>/} to that bundle folder (no workspace needed);</li>
 * <li>validates the .ecore (Ecore's own constraints) and stops on an error;</li>
 * <li>reloads the genmodel from the .ecore, keeping its settings (like the importer's reload),
 * and saves it only if it changed, so new classes and features always get their Gen* elements;</li>
 * <li>deletes the whole model directory (it holds generated code only) and generates model code
 * into it, without JMerge (nothing to merge into) and without JDT formatting;</li>
 * <li>never writes the project files the IDE generator would (plugin.xml, plugin.properties,
 * MANIFEST.MF, build.properties, a plug-in class): they are maintained by hand. It fails if one
 * of those changed.</li>
 * <li>when the genmodel has an {@code editDirectory} {@code /<edit project>/<folder>} (a sibling
 * bundle), wipes that folder and generates the edit code into it (item provider adapter factory,
 * item providers, the edit plug-in class), plus the edit bundle's {@code plugin.properties} (the
 * labels); the edit bundle's MANIFEST.MF, plugin.xml and build.properties stay hand-made.</li>
 * </ol>
 * Usage: {@code Main path/to/x.genmodel}. Exit code 0 on success, 1 on any error.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("usage: Main <path/to/model.genmodel>");
			System.exit(2);
		}
		try {
			run(Path.of(args[0]).toAbsolutePath().normalize());
		}
		catch (GenerationException e) {
			System.err.println("codegen: " + e.getMessage());
			System.exit(1);
		}
	}

	static final class GenerationException extends Exception {
		private static final long serialVersionUID = 1L;

		GenerationException(String message) {
			super(message);
		}
	}

	static void run(Path genModelFile) throws IOException, GenerationException {
		if (!Files.isRegularFile(genModelFile)) {
			throw new GenerationException("no such genmodel: " + genModelFile);
		}
		Path bundleDir = genModelFile.getParent().getParent();

		// Stand-alone EMF: register what the Eclipse extension registry would.
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		Map<String, Object> factories = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new XMIResourceFactoryImpl());

		ResourceSet resourceSet = new ResourceSetImpl();
		URI genModelFileUri = URI.createFileURI(genModelFile.toString());
		GenModel oldGenModel = (GenModel) resourceSet.getResource(genModelFileUri, true).getContents().get(0);
		String modelDirectory = oldGenModel.getModelDirectory(); // "/<project>/src-gen"
		if (modelDirectory == null || !modelDirectory.startsWith("/") || modelDirectory.split("/").length != 3) {
			throw new GenerationException("modelDirectory must be /<project>/<folder>, not " + modelDirectory);
		}
		String project = modelDirectory.split("/")[1];
		Path outputDir = bundleDir.resolve(modelDirectory.split("/")[2]);
		// The edit code (item providers for the Properties view) goes to a sibling bundle, when the genmodel names one.
		EditTarget edit = EditTarget.of(oldGenModel.getEditDirectory(), bundleDir.getParent());

		// platform:/resource/<project>/ -> the bundle folder, for the generator and for the resource set.
		URI bundleUri = URI.createFileURI(bundleDir.toString() + "/");
		URI platformUri = URI.createPlatformResourceURI("/" + project + "/", false);
		EcorePlugin.getPlatformResourceMap().put(project, bundleUri);
		URIConverter.URI_MAP.put(platformUri, bundleUri);
		if (edit != null) {
			EcorePlugin.getPlatformResourceMap().put(edit.project(), edit.bundleUri());
			URIConverter.URI_MAP.put(edit.platformUri(), edit.bundleUri());
		}

		// Reload: load the genmodel again under its platform URI, so that references are written
		// relative to it, and rebuild it from the .ecore keeping the old settings.
		resourceSet = new ResourceSetImpl();
		resourceSet.getURIConverter().getURIMap().put(platformUri, bundleUri);
		URI genModelUri = URI.createPlatformResourceURI(
				"/" + project + "/" + bundleDir.relativize(genModelFile).toString().replace('\\', '/'), true);
		Resource genModelResource = resourceSet.getResource(genModelUri, true);
		oldGenModel = (GenModel) genModelResource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		List<EPackage> ePackages = oldGenModel.getGenPackages().stream().map(GenPackage::getEcorePackage).toList();
		for (EPackage ePackage : ePackages) {
			if (ePackage == null || ePackage.eIsProxy()) {
				throw new GenerationException("cannot resolve the .ecore of " + genModelFile);
			}
			Diagnostic diagnostic = Diagnostician.INSTANCE.validate(ePackage);
			report("validate " + ePackage.getName(), diagnostic);
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				throw new GenerationException("the .ecore is invalid, nothing generated");
			}
		}
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(ePackages);
		genModelResource.getContents().add(genModel);
		genModel.reconcile(oldGenModel);
		genModel.getForeignModel().clear();
		genModel.getForeignModel().addAll(oldGenModel.getForeignModel());
		genModel.setModelName(oldGenModel.getModelName());
		genModel.setImporterID(oldGenModel.getImporterID());
		genModelResource.getContents().remove(oldGenModel);
		Map<Object, Object> saveOptions = Map.of(
				XMLResource.OPTION_ENCODING, "UTF-8",
				XMLResource.OPTION_LINE_WIDTH, 80,
				XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE, // as the EMF IDE writes genmodels
				Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER,
				Resource.OPTION_LINE_DELIMITER, "\n");
		genModelResource.save(saveOptions);
		System.out.println("genmodel reloaded from " + String.join(", ", genModel.getForeignModel()) + ": " + genModelFile);

		// Generated code only lives in the model (and edit) directory: wipe it so removed classes
		// disappear and nothing needs merging.
		wipe(outputDir);
		if (edit != null) {
			wipe(edit.outputDir());
		}

		Map<Path, Long> before = projectFiles(bundleDir);
		Map<Path, Long> editBefore = edit == null ? Map.of() : projectFiles(edit.bundleDir());
		genModel.setCanGenerate(true);
		Generator generator = new Generator() {
			@Override
			public JControlModel getJControlModel() {
				// No JMerge (it needs JDT): the output folder is empty, every file is written whole.
				return new JControlModel() {
					@Override
					public boolean canMerge() {
						return false;
					}
				};
			}
		};
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.removeDescriptors(GenModelPackage.eNS_URI);
		generator.getAdapterFactoryDescriptorRegistry().removeDescriptors(GenModelPackage.eNS_URI);
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				ModelCodeOnlyAdapterFactory::new);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		report("generate", result);
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new GenerationException("generation failed");
		}
		Map<Path, Long> after = projectFiles(bundleDir);
		if (!after.equals(before)) {
			throw new GenerationException("the generator wrote project files (maintained by hand, restore them): " + changes(before, after));
		}
		System.out.println("generated " + javaFiles(outputDir) + " Java files into " + outputDir);
		if (edit == null) {
			return;
		}
		result = generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor());
		report("generate edit", result);
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new GenerationException("generation of the edit code failed");
		}
		Map<Path, Long> editAfter = projectFiles(edit.bundleDir());
		editAfter.remove(Path.of(EditTarget.LABELS));
		editBefore.remove(Path.of(EditTarget.LABELS));
		if (!editAfter.equals(editBefore)) {
			throw new GenerationException("the generator wrote project files of the edit bundle (maintained by hand, restore them): "
					+ changes(editBefore, editAfter));
		}
		System.out.println("generated " + javaFiles(edit.outputDir()) + " Java files into " + edit.outputDir() + " and its "
				+ EditTarget.LABELS);
	}

	/**
	 * Where the edit code goes: {@code editDirectory} is {@code /<project>/<folder>}, the project a sibling folder of the
	 * model's bundle (bundles/&lt;project&gt;). Null when the genmodel names no edit directory.
	 */
	record EditTarget(String project, Path bundleDir, Path outputDir) {
		/** The one project-level file of the edit bundle that is generated: the labels of classes and features. */
		static final String LABELS = "plugin.properties";

		static EditTarget of(String editDirectory, Path bundlesDir) throws GenerationException {
			if (editDirectory == null || editDirectory.isEmpty()) {
				return null;
			}
			String[] parts = editDirectory.split("/");
			if (!editDirectory.startsWith("/") || parts.length != 3) {
				throw new GenerationException("editDirectory must be /<project>/<folder>, not " + editDirectory);
			}
			Path bundle = bundlesDir.resolve(parts[1]);
			if (!Files.isRegularFile(bundle.resolve("META-INF/MANIFEST.MF"))) {
				throw new GenerationException("the edit bundle " + bundle + " has no META-INF/MANIFEST.MF (it is maintained by hand: create it first)");
			}
			return new EditTarget(parts[1], bundle, bundle.resolve(parts[2]));
		}

		URI bundleUri() {
			return URI.createFileURI(bundleDir.toString() + "/");
		}

		URI platformUri() {
			return URI.createPlatformResourceURI("/" + project + "/", false);
		}
	}

	private static void wipe(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
		Files.createDirectories(dir);
	}

	private static long javaFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(p -> p.toString().endsWith(".java")).count();
		}
	}

	/**
	 * The IDE's generator adapter for the GenModel itself writes only project-level files
	 * (plug-in class, MANIFEST.MF, plugin.xml, plugin.properties, build.properties); the Java
	 * code comes from the GenPackage/GenClass/GenEnum adapters. Skip the former entirely.
	 */
	static final class ModelCodeOnlyAdapterFactory extends GenModelGeneratorAdapterFactory {
		@Override
		public Adapter createGenModelAdapter() {
			if (genModelGeneratorAdapter == null) {
				genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
					@Override
					protected Diagnostic generateModel(Object object, Monitor monitor) {
						monitor.beginTask("", 1);
						monitor.done();
						return Diagnostic.OK_INSTANCE;
					}

					/**
					 * Of the edit project's files only the plug-in class (the item providers' resource locator,
					 * into src-gen) and plugin.properties (the labels the item providers show) are generated;
					 * MANIFEST.MF, plugin.xml and build.properties of the edit bundle are maintained by hand.
					 */
					@Override
					protected Diagnostic generateEdit(Object object, Monitor monitor) {
						GenModel genModel = (GenModel) object;
						monitor.beginTask("", 2);
						generateEditPluginClass(genModel, createMonitor(monitor, 1));
						generateEditPluginProperties(genModel, createMonitor(monitor, 1));
						monitor.done();
						return Diagnostic.OK_INSTANCE;
					}
				};
			}
			return genModelGeneratorAdapter;
		}
	}

	/**
	 * The project-level files the IDE generator would write (the files directly in the bundle
	 * folder and in META-INF/), with their modification times. Other folders are not watched: other
	 * people may be editing hand-written code there while this runs.
	 */
	private static Map<Path, Long> projectFiles(Path bundleDir) throws IOException {
		Map<Path, Long> files = new HashMap<>();
		for (Path dir : List.of(bundleDir, bundleDir.resolve("META-INF"))) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> list = Files.list(dir)) {
				for (Path p : list.filter(Files::isRegularFile).toList()) {
					files.put(bundleDir.relativize(p), Files.getLastModifiedTime(p).toMillis());
				}
			}
		}
		return files;
	}

	private static String changes(Map<Path, Long> before, Map<Path, Long> after) {
		StringBuilder sb = new StringBuilder();
		for (Map.Entry<Path, Long> e : after.entrySet()) {
			if (!e.getValue().equals(before.get(e.getKey()))) {
				sb.append(sb.isEmpty() ? "" : ", ").append(e.getKey());
			}
		}
		return sb.toString();
	}

	private static void report(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() == Diagnostic.OK) {
			return;
		}
		System.out.println(what + ": " + severity(diagnostic.getSeverity()) + " " + diagnostic.getMessage());
		for (Diagnostic child : diagnostic.getChildren()) {
			System.out.println("  " + severity(child.getSeverity()) + " " + child.getMessage());
			if (child.getException() != null) {
				child.getException().printStackTrace(System.out);
			}
		}
		if (diagnostic.getException() != null) {
			diagnostic.getException().printStackTrace(System.out);
		}
	}

	private static String severity(int severity) {
		return severity >= Diagnostic.ERROR ? "ERROR" : severity >= Diagnostic.WARNING ? "WARNING" : "INFO";
	}
}
