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

export type PoolReply = { id: number; results: RawResult[] } | { id: number; error: { name: string; message: string } | string };

parentPort!.on('message', ({ id, resources }: { id: number; resources: Resource[] }) => {
  let reply: PoolReply;
  try {
    // The policy part of each resource (toPolicyResource), which is all evaluateBatch reads.
    reply = { id, results: evaluateBatch(resources, config, maxMemoryPages, module) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? { name: err.name, message: err.message } : String(err) };
  }
  parentPort!.postMessage(reply);
});
