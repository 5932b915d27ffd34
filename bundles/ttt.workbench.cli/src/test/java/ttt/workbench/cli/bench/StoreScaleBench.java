package ttt.workbench.cli.bench;

import org.junit.jupiter.api.Test;

/**
 * Runs the store scale figures from Maven without building the product: {@code -Dtest=StoreScaleBench} (the name
 * does not match surefire's default test patterns, so normal builds skip it). Prints; asserts nothing.
 */
class StoreScaleBench {

	@Test
	void printFigures() throws Exception {
		new StoreBenchmarks(System.out).run(Integer.getInteger("bench.sessions", 10_000), true);
	}
}
