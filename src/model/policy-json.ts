/**
 * Resources' policy input (toPolicyResource) as UTF-8 JSON bytes: what crosses between threads.
 * The load worker encodes an input's resources into one buffer, which is transferred to the main
 * thread, not copied; a batch is one more buffer, made of those bytes and transferred to an
 * evaluation thread, which writes it into wasm memory as it is. As strings, each of those hops
 * was a copy on both sides, and the engine encoded the text to UTF-8 once more.
 */

const ENCODER = new TextEncoder();
// ignoreBOM: a U+FEFF the bytes start with is kept, as in the text they were encoded from.
const DECODER = new TextDecoder('utf-8', { ignoreBOM: true });

/** Resources' policy JSON, back to back in one buffer: resource n is `bytes[ends[n - 1] ?? 0 .. ends[n])`. */
export interface PolicyBytes {
  bytes: Uint8Array;
  ends: number[];
}

/** `texts` encoded back to back, in a buffer of its own (transferable). */
export function encodeAll(texts: string[]): PolicyBytes {
  let total = 0;
  for (const t of texts) total += Buffer.byteLength(t, 'utf8');
  const bytes = new Uint8Array(total);
  const ends: number[] = [];
  let at = 0;
  for (const t of texts) {
    at += ENCODER.encodeInto(t, bytes.subarray(at)).written;
    ends.push(at);
  }
  return { bytes, ends };
}

/** Each resource's bytes, as views of the one buffer. */
export function split({ bytes, ends }: PolicyBytes): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (const end of ends) {
    out.push(bytes.subarray(start, end));
    start = end;
  }
  return out;
}

export function encode(text: string): Uint8Array {
  return ENCODER.encode(text);
}

export function decode(bytes: Uint8Array): string {
  return DECODER.decode(bytes);
}

/** `[` + the parts, comma separated + `]`: a JSON array of the parts' values, in a buffer of its own. */
export function jsonArray(parts: Uint8Array[]): Uint8Array {
  let total = 2 + Math.max(0, parts.length - 1);
  for (const p of parts) total += p.length;
  const out = new Uint8Array(total);
  out[0] = 0x5b;
  let at = 1;
  for (let n = 0; n < parts.length; n++) {
    if (n > 0) out[at++] = 0x2c;
    out.set(parts[n]!, at);
    at += parts[n]!.length;
  }
  out[at] = 0x5d;
  return out;
}
