package ttt.workbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's copies of signed jars: the same classes and main manifest, no signature left. */
class UnsignedCopiesTest {

	@TempDir
	Path dir;

	@Test
	void emfsSignedJarIsCopiedWithoutItsSignatureAndUnsignedJarsAreNotCopied() throws Exception {
		Path emf = Path.of(org.eclipse.emf.ecore.EObject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		Path ours = Path.of(UnsignedCopies.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(emf), "EMF comes from a jar here: " + emf);
		assertTrue(UnsignedCopies.isSigned(emf), "Eclipse signs EMF's jars: " + emf);
		UnsignedCopies.main(new String[] { dir.toString(), emf.toString(), ours.toString() });
		Path copy = dir.resolve(emf.getFileName());
		assertEquals(List.of(copy), Files.list(dir).toList(), "only the signed jar is copied");
		assertFalse(UnsignedCopies.isSigned(copy));
		try (ZipFile original = new ZipFile(emf.toFile()); ZipFile unsigned = new ZipFile(copy.toFile())) {
			List<String> kept = original.stream().map(ZipEntry::getName)
					.filter(n -> !n.matches("META-INF/[^/]+\\.(SF|RSA|DSA|EC)")).toList();
			assertEquals(kept, unsigned.stream().map(ZipEntry::getName).toList());
			for (String name : kept) {
				if (!name.equals("META-INF/MANIFEST.MF") && !name.endsWith("/")) {
					assertArrayEquals(original.getInputStream(original.getEntry(name)).readAllBytes(),
							unsigned.getInputStream(unsigned.getEntry(name)).readAllBytes(), name);
				}
			}
		}
		try (JarFile original = new JarFile(emf.toFile(), false); JarFile unsigned = new JarFile(copy.toFile(), true)) {
			Manifest m = unsigned.getManifest();
			assertEquals(original.getManifest().getMainAttributes(), m.getMainAttributes());
			assertTrue(m.getEntries().isEmpty(), "no per-entry digests left");
		}
	}
}
