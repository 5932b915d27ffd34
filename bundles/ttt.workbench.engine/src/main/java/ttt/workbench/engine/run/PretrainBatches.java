package ttt.workbench.engine.run;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ttt.workbench.engine.math.SequenceBatch;
import ttt.workbench.engine.random.TorchGenerator;

/**
 * The training batches of one pretraining, in order, each drawn by {@link BatchDraw} from the one generator.
 *
 * <p>Why a thread: a batch depends only on the generator's stream, never on the weights, so batch k+1 can be drawn
 * while step k computes. With {@code ahead}, a daemon thread draws up to {@value #DEPTH} batches ahead of the training
 * loop (on the core the loop leaves idle between its parallel gradient parts); the generator is then used by that
 * thread alone, in the same order, so the batches are exactly those drawn in line. Batches are handed back with
 * {@link #recycle} and filled again, so a pretraining allocates {@value #DEPTH} + 1 batches, not one per step.
 *
 * <p>Used by one consumer thread; {@link #close()} stops the drawing thread (a cancelled pretraining leaves none).
 */
final class PretrainBatches implements AutoCloseable {

	/** Batches drawn ahead at most. */
	static final int DEPTH = 3;

	private final BatchDraw draw;
	private final TorchGenerator gen;
	private final int total;
	private final Thread drawer;
	private final BlockingQueue<SequenceBatch> full, free;
	/** The drawing thread's failure, set before it queues {@link #failed}. */
	private volatile Throwable failure;
	private final SequenceBatch failed;
	/** In line: the batch handed out (one at a time). */
	private SequenceBatch inline;
	private int taken;

	/**
	 * @param gen used by this object alone from now on (by its thread when {@code ahead})
	 * @param ahead draw on a thread of its own, ahead of the consumer; false: draw in {@link #next()}
	 */
	PretrainBatches(PretrainConfig cfg, TorchGenerator gen, boolean ahead) {
		this.draw = new BatchDraw(cfg);
		this.gen = gen;
		this.total = cfg.steps();
		if (!ahead || total < 2) {
			this.drawer = null;
			this.full = this.free = null;
			this.failed = null;
			return;
		}
		this.full = new ArrayBlockingQueue<>(DEPTH + 1);
		this.free = new ArrayBlockingQueue<>(DEPTH + 1);
		for (int i = 0; i < Math.min(DEPTH, total); i++) {
			free.add(draw.newBatch());
		}
		this.failed = new SequenceBatch(new float[1][1][1], new float[1][1][1], new float[1][1][1]); // a marker, never filled
		this.drawer = new Thread(this::drawAll, "ttt-pretrain-batches");
		drawer.setDaemon(true);
		drawer.start();
	}

	/** Whether the {@link #PretrainBatches ahead} thread is worth starting: a second core for it to run on. */
	static boolean aheadPays() {
		return Runtime.getRuntime().availableProcessors() > 1;
	}

	/**
	 * The next batch (at most {@code cfg.steps()} of them); valid until it is {@link #recycle recycled}.
	 *
	 * @throws InterruptedException when the calling thread is interrupted while waiting for it
	 */
	SequenceBatch next() throws InterruptedException {
		if (taken >= total) {
			throw new IllegalStateException("all " + total + " batches were taken");
		}
		taken++;
		if (drawer == null) {
			if (inline == null) {
				inline = draw.newBatch();
			}
			draw.fill(inline, gen);
			return inline;
		}
		SequenceBatch b = full.take();
		if (b == failed) {
			Throwable e = failure;
			if (e instanceof RuntimeException re) {
				throw re;
			}
			if (e instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e);
		}
		return b;
	}

	/** Gives a batch from {@link #next()} back to be filled again; the caller keeps no reference to it. */
	void recycle(SequenceBatch b) {
		if (drawer != null) {
			free.add(b); // never full: at most DEPTH batches circulate
		}
	}

	private void drawAll() {
		try {
			for (int i = 0; i < total; i++) {
				SequenceBatch b = free.take();
				draw.fill(b, gen);
				full.put(b);
			}
		} catch (InterruptedException e) {
			// closed: the consumer wants no more batches
		} catch (Throwable e) {
			failure = e;
			full.offer(failed);
		}
	}

	/** Whether a drawing thread is running (ahead, not yet finished or closed). */
	boolean drawing() {
		return drawer != null && drawer.isAlive();
	}

	/** Stops the drawing thread and waits for it (at once when it has drawn everything). */
	@Override
	public void close() {
		if (drawer == null) {
			return;
		}
		drawer.interrupt();
		boolean interrupted = false;
		while (true) {
			try {
				drawer.join();
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
