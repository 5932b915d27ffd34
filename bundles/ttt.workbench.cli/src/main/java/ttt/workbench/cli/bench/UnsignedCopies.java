package ttt.workbench.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies of signed jars without their signatures, for the {@code ttt} launcher's class path. The JVM verifies a
 * signed jar on a plain class path at every start (digests of every class read, the certificate chain's RSA) and
 * keeps its classes out of the ahead-of-time cache: EMF's two signed jars cost a third of a short command's class
 * loading. On a plain class path, with no security manager, the signatures decide nothing, and the copies are made
 * from the installation's own jars, whose p2 metadata keeps checking the originals.
 *
 * <p>{@code UnsignedCopies OUT_DIR JAR...}: writes {@code OUT_DIR/<name>.jar} for each signed jar given (the
 * signature files dropped, the manifest's per-entry digests removed, everything else as it was) and nothing for the
 * others.
 */
public final class UnsignedCopies {

	private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)", Pattern.CASE_INSENSITIVE);

	private UnsignedCopies() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: UnsignedCopies OUT_DIR JAR...");
			System.exit(2);
		}
		Path out = Path.of(args[0]);
		Files.createDirectories(out);
		for (int i = 1; i < args.length; i++) {
			Path jar = Path.of(args[i]);
			if (Files.isRegularFile(jar) && isSigned(jar)) {
				copyWithoutSignature(jar, out.resolve(jar.getFileName()));
			}
		}
	}

	static boolean isSigned(Path jar) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			return zip.stream().anyMatch(e -> SIGNATURE.matcher(e.getName()).matches());
		}
	}

	static void copyWithoutSignature(Path jar, Path target) throws IOException {
		try (ZipFile zip = new ZipFile(jar.toFile()); OutputStream file = Files.newOutputStream(target);
				ZipOutputStream copy = new ZipOutputStream(file)) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (SIGNATURE.matcher(entry.getName()).matches()) {
					continue;
				}
				ZipEntry out = new ZipEntry(entry.getName());
				out.setTime(entry.getTime());
				copy.putNextEntry(out);
				try (InputStream in = zip.getInputStream(entry)) {
					if (entry.getName().equalsIgnoreCase("META-INF/MANIFEST.MF")) {
						Manifest manifest = new Manifest(in);
						manifest.getEntries().clear(); // the per-entry digests belong to the signature
						manifest.write(copy);
					} else {
						in.transferTo(copy);
					}
				}
				copy.closeEntry();
			}
		}
	}
}
