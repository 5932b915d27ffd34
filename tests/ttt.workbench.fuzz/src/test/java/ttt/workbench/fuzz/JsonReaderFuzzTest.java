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

/** Coverage-guided fuzzing of the JSON reader; JSON that is read also survives a write-read round trip. Any input is read or refused with the reader's own exception naming the file; never another
 * exception, a hang or an OutOfMemoryError. (Jazzer fuzzes one target per JVM, hence one class per reader.) */
class JsonReaderFuzzTest {

	private static final Path NAME = Path.of("fuzz-input");

	@FuzzTest
	void jsonReaderEitherReadsOrRefusesAndRoundTrips(byte[] data) {
		try {
			var node = PythonJsonReader.parse(data, NAME);
			String once = PythonJsonWriter.compact(node);
			String twice = PythonJsonWriter.compact(PythonJsonReader.parse(once, NAME));
			if (!once.equals(twice)) {
				throw new AssertionError("write-read-write changed the value: " + once + " vs " + twice);
			}
		} catch (StoreFormatException refused) {
			if (!refused.getMessage().startsWith(NAME.toString())) {
				throw new AssertionError("refusal does not name the file: " + refused.getMessage());
			}
		}
	}
}
