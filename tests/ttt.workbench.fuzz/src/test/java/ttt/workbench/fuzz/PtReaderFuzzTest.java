package ttt.workbench.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.code_intelligence.jazzer.junit.FuzzTest;

import ttt.workbench.store.StoreFormatException;
import ttt.workbench.store.csv.PerStepCsv;
import ttt.workbench.store.json.PythonJsonReader;
import ttt.workbench.store.json.PythonJsonWriter;
import ttt.workbench.store.pt.PtFormatException;
import ttt.workbench.store.pt.TorchFileReader;

/** Coverage-guided fuzzing of the torch .pt reader (zip + pickle through the allow-list). Any input is read or refused with the reader's own exception naming the file; never another
 * exception, a hang or an OutOfMemoryError. (Jazzer fuzzes one target per JVM, hence one class per reader.) */
class PtReaderFuzzTest {

	private static final Path NAME = Path.of("fuzz-input");

	@FuzzTest
	void ptReaderEitherReadsOrRefuses(byte[] data) throws IOException {
		Path file = Files.createTempFile("fuzz", ".pt");
		try {
			Files.write(file, data);
			new TorchFileReader().read(file);
		} catch (PtFormatException refused) {
			if (!refused.getMessage().contains(file.getFileName().toString())) {
				throw new AssertionError("refusal does not name the file: " + refused.getMessage());
			}
		} finally {
			Files.deleteIfExists(file);
		}
	}
}
