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

/** Coverage-guided fuzzing of the per_step.csv reader. Any input is read or refused with the reader's own exception naming the file; never another
 * exception, a hang or an OutOfMemoryError. (Jazzer fuzzes one target per JVM, hence one class per reader.) */
class PerStepCsvFuzzTest {

	private static final Path NAME = Path.of("fuzz-input");

	@FuzzTest
	void perStepCsvReaderEitherReadsOrRefuses(byte[] data) {
		try {
			var table = PerStepCsv.parse(data, NAME);
			PerStepCsv.parse(PerStepCsv.format(table).getBytes(java.nio.charset.StandardCharsets.UTF_8), NAME);
		} catch (StoreFormatException refused) {
			if (!refused.getMessage().startsWith(NAME.toString())) {
				throw new AssertionError("refusal does not name the file: " + refused.getMessage());
			}
		}
	}
}
