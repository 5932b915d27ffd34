package ttt.workbench.engine.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import ttt.workbench.test.support.TorchOracle;

class BFloat16Test {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"3F800000, 3F80", // 1.0 exact
			"40490FDB, 4049", // pi: lower half 0x0FDB < 0x8000 rounds down
			"3F808000, 3F80", // tie, even upper half: stays
			"3F818000, 3F82", // tie, odd upper half: up to even
			"3F808001, 3F81", // just above the tie: up
			"3F807FFF, 3F80", // just below the tie: down
			"BF818000, BF82", // negative tie, odd: away from zero to even
			"80000000, 8000", // -0.0
			"7F800000, 7F80", // +inf
			"FF800000, FF80", // -inf
			"7F7FFFFF, 7F80", // largest float rounds to +inf
			"7F7F7FFF, 7F7F", // largest bfloat16 stays
			"00008000, 0000", // subnormal tie, even: to zero
			"00018000, 0002", // subnormal tie, odd: up
			"7FC00000, 7FC0", // quiet NaN
			"7F800001, 7FC0", // signalling NaN -> canonical quiet NaN
			"FFFFFFFF, 7FC0", // negative NaN -> canonical quiet NaN (as c10::BFloat16)
	})
	void roundsToNearestEvenWithKnownBitPatterns(String floatHex, String bf16Hex) {
		float f = Float.intBitsToFloat(Integer.parseUnsignedInt(floatHex, 16));
		short expected = (short) Integer.parseInt(bf16Hex, 16);
		assertEquals(expected, BFloat16.toBits(f));
		float back = BFloat16.round(f);
		assertEquals(Integer.parseInt(bf16Hex, 16) << 16, Float.floatToRawIntBits(back));
		assertEquals(Float.floatToRawIntBits(BFloat16.fromBits(expected)), Float.floatToRawIntBits(back));
	}

	@Test
	void roundingIsIdempotentAndWithinHalfAnUlp() {
		SplittableRandom rng = new SplittableRandom(7);
		for (int i = 0; i < 100_000; i++) {
			float f = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-20, 20)));
			float r = BFloat16.round(f);
			assertEquals(Float.floatToRawIntBits(r), Float.floatToRawIntBits(BFloat16.round(r)), "idempotent");
			assertEquals(0, Float.floatToRawIntBits(r) & 0xFFFF, "low 16 bits are zero");
			// a bfloat16 has 8 significant bits: half an ulp is 2^-8 of the value's binade
			assertTrue(Math.abs((double) r - f) <= Math.ulp(f) * 65536 / 2 + 0.0, f + " -> " + r);
		}
	}

	@Test
	void matchesTorchBfloat16Conversion() throws Exception {
		TorchOracle.requireTorch();
		SplittableRandom rng = new SplittableRandom(11);
		List<Integer> bits = new ArrayList<>();
		for (int i = 0; i < 2000; i++) {
			bits.add(rng.nextInt()); // any bit pattern, NaNs and subnormals included
		}
		for (int i = 0; i < 2000; i++) {
			bits.add(Float.floatToRawIntBits((float) rng.nextGaussian()) & 0xFFFF0000 | 0x8000); // exact ties
		}
		JsonNode out = TorchOracle.call("""
				import sys, json, struct, torch
				bits = json.load(sys.stdin)['bits']
				t = torch.tensor(bits, dtype=torch.int64).to(torch.int32).view(torch.float32)
				b = t.bfloat16().view(torch.int16).to(torch.int64) & 0xFFFF
				print(json.dumps([int(v) for v in b.tolist()]))
				""", Map.of("bits", bits));
		for (int i = 0; i < bits.size(); i++) {
			float f = Float.intBitsToFloat(bits.get(i));
			int expected = out.get(i).asInt();
			int actual = BFloat16.toBits(f) & 0xFFFF;
			if (Float.isNaN(f)) {
				assertTrue((expected & 0x7F80) == 0x7F80 && (expected & 0x7F) != 0, "torch keeps NaN a NaN");
				assertEquals(0x7FC0, actual);
			} else {
				assertEquals(expected, actual, () -> "bits " + Integer.toHexString(Float.floatToRawIntBits(f)));
			}
		}
	}
}
