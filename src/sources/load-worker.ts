/** The worker side of isolate.ts: loads one input per message, as the main thread asks. */
import { parentPort } from 'node:worker_threads';
import { nodeIO, type IOOptions } from './io.js';
import { loadInput, type LoadSettings } from './load.js';
import type { Input } from './discover.js';

interface Request {
  id: number;
  input: Input;
  settings: LoadSettings;
  io: IOOptions;
  maxBytes?: number;
}

parentPort!.on('message', async (msg: Request) => {
  try {
    const io = nodeIO(msg.maxBytes, msg.settings.cwd, msg.io);
    parentPort!.postMessage({ id: msg.id, result: await loadInput(msg.input, io, msg.settings) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, failure: (err as Error).message });
  }
});
parentPort!.postMessage({ ready: true });
