/**
 * The evaluation worker side of pool.ts: evaluates one batch per message with the module and
 * configuration it was started with, and answers with the batch's results, or the error the
 * runtime threw (as data: the main thread describes it as a serial evaluation would).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchJudge, DEFAULT_MAX_PAGES, type PolicyData } from './evaluate.js';
import type { PoolWorkerData } from './pool.js';

const { config, maxMemoryPages, module } = workerData as PoolWorkerData & { config: PolicyData };
// One reused instance for every batch this thread judges (see BatchJudge in evaluate.ts).
const judge = new BatchJudge(module, config, maxMemoryPages ?? DEFAULT_MAX_PAGES);

/**
 * Numbered `batch`, not `id`: a reply with an `id` is a loaded input to the load worker's
 * entry (the build's code-cache wrapper counts those), which this is not.
 */
export type PoolReply = { batch: number; answer: Uint8Array } | { batch: number; error: { name: string; message: string } | string };

parentPort!.on('message', ({ batch, input }: { batch: number; input: Uint8Array }) => {
  try {
    // The batch's resources as policies see them (toPolicyResource, as UTF-8 JSON): the input
    // the engine is given on the calling thread too, so it gets the serial input. The answer
    // (the engine's result JSON, in a buffer of its own) is transferred, and parsed there.
    const answer = judge.answer(input);
    parentPort!.postMessage({ batch, answer } satisfies PoolReply, [answer.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ batch, error: err instanceof Error ? { name: err.name, message: err.message } : String(err) } satisfies PoolReply);
  }
});
