/**
 * The worker side of isolate.ts: loads one input per message, in order, as the main thread
 * asks. With `workerData.role` 'evaluate' the thread evaluates policy batches instead
 * (engine/pool.ts): one worker script, so the builds need one worker entry.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nodeIO, type IOOptions } from './io.js';
import { loadInput, type LoadSettings } from './load.js';
import type { Input } from './discover.js';
import { propertiesDeferred, toPolicyResource, type FileDigest, type Resource } from '../model/resource.js';
import { encodeAll } from '../model/policy-json.js';

interface Request {
  id: number;
  input: Input;
  settings: LoadSettings;
  io: IOOptions;
  maxBytes?: number;
}

async function serve(msg: Request): Promise<void> {
  try {
    const read: FileDigest[] = [];
    // Imported only when asked for: a console-only scan (the pre-commit hook) never loads node:crypto here.
    const digestOf = msg.settings.digests ? (await import('./digest.js')).digestOf : undefined;
    const io = nodeIO(msg.maxBytes, msg.settings.cwd, msg.io, digestOf ? (file, bytes) => read.push(digestOf(file, bytes)) : undefined);
    const result = await loadInput(msg.input, io, msg.settings);
    // What the evaluation threads are sent (engine/pool.ts), made here, off the main thread:
    // the engine sends the policies this JSON anyway, so parsed again it is the same input.
    // As UTF-8 in one buffer, transferred, not copied (model/policy-json.ts).
    const policy = encodeAll(result.resources.map((r) => JSON.stringify(toPolicyResource(r))));
    // Their properties are in `policy`: a template's resources cross without them (isolate.ts
    // gives them back, lazily), so the structured clone copies them once, not twice.
    const resources = result.resources.map((r) => (propertiesDeferred(r) ? ({ ...r, properties: null } as unknown as Resource) : r));
    parentPort!.postMessage({ id: msg.id, result: { resources, errors: result.errors, ...(read.length > 0 ? { read } : {}) }, policy }, [policy.bytes.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, failure: (err as Error).message });
  }
}

if ((workerData as { role?: string } | null)?.role === 'evaluate') {
  // Not awaited: the worker may be bundled as CommonJS, which has no top-level await.
  void import('../engine/pool-worker.js');
} else {
  // Requests queue up while one loads (the main thread asks ahead): one input at a time, so the
  // main thread knows which input a stop or crash belongs to, the first one unanswered.
  let last: Promise<void> = Promise.resolve();
  parentPort!.on('message', (msg: Request) => {
    last = last.then(() => serve(msg));
  });
  parentPort!.postMessage({ ready: true });
}
