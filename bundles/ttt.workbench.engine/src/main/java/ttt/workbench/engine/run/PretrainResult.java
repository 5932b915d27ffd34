package ttt.workbench.engine.run;

import ttt.workbench.engine.math.Weights;
import ttt.workbench.engine.optim.Muon;

/**
 * A pretrained base: plastic weights, the frozen a_raw (as initialised: the reference freezes it before training),
 * its decay, the loss of every step, and the optimizer (a new session starts with a fresh one, not this).
 */
public record PretrainResult(Weights weights, float[] aRaw, float[] decay, float[] losses, Muon optimizer) {
}
