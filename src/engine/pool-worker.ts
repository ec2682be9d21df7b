/**
 * The evaluation worker side of pool.ts: evaluates one batch per message with the module and
 * configuration it was started with, and answers with the batch's results, or the error the
 * runtime threw (as data: the main thread describes it as a serial evaluation would).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Resource } from '../model/resource.js';
import { evaluateBatch, type PolicyData, type RawResult } from './evaluate.js';
import type { PoolWorkerData } from './pool.js';

const { config, maxMemoryPages, module } = workerData as PoolWorkerData & { config: PolicyData };

/**
 * Numbered `batch`, not `id`: a reply with an `id` is a loaded input to the load worker's
 * entry (the build's code-cache wrapper counts those), which this is not.
 */
export type PoolReply = { batch: number; results: RawResult[] } | { batch: number; error: { name: string; message: string } | string };

parentPort!.on('message', ({ batch, input }: { batch: number; input: string }) => {
  let reply: PoolReply;
  try {
    // The batch's resources as policies see them (toPolicyResource, as JSON): all evaluateBatch
    // reads, and JSON is what it hands the engine, so the engine gets the serial input.
    const resources = JSON.parse(input) as Resource[];
    reply = { batch, results: evaluateBatch(resources, config, maxMemoryPages, module) };
  } catch (err) {
    reply = { batch, error: err instanceof Error ? { name: err.name, message: err.message } : String(err) };
  }
  parentPort!.postMessage(reply);
});
