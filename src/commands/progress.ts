/**
 * Progress of a live scan on stderr: one rewritten line on a terminal, plain lines (at most one
 * every few seconds, plus every failure and the end of each region) in CI logs.
 */
import type { ProgressEvent } from '../sources/aws/live.js';

export interface Sink {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** Account ids and region names are ours; anything else is stripped to a safe character set. */
const safe = (s: string) => s.replace(/[^\w.:/@+=, -]/g, '?').slice(0, 120);

export function formatProgress(e: ProgressEvent, done: number, total: number): string {
  const what = e.state === 'start' ? 'scanning' : e.state === 'done' ? `done (${e.resources ?? 0} resources)` : 'FAILED (see errors)';
  return `palisade: aws ${safe(e.account)} ${safe(e.region)} ${what} [${done}/${total}]`;
}

export function progressSink(out: Sink, now: () => number = Date.now, everyMs = 5000): (e: ProgressEvent) => void {
  let started = 0;
  let finished = 0;
  let last = -Infinity;
  return (e) => {
    if (e.state === 'start') started++;
    else finished++;
    const line = formatProgress(e, finished, started);
    if (out.isTTY) {
      out.write(`\r\x1b[2K${line}`);
      if (finished === started && e.state !== 'start') out.write('\n');
      return;
    }
    if (e.state !== 'start' || now() - last >= everyMs) {
      last = now();
      out.write(`${line}\n`);
    }
  };
}
