/**
 * JSON read by `JSON.parse`, with the lines of every object, array and entry found by one linear
 * scan of the same text, walked in step with the parsed value. A JSON template, a CDK manifest or
 * a tree.json never goes through the YAML parser (about 80x the cost of `JSON.parse`).
 *
 * The spans are the ones the YAML reader gives: a container spans from its opening to its closing
 * bracket, an object entry from its key to the end of its value, an array item its own tokens.
 * Objects come out without a prototype, so a key like `constructor` or `__proto__` is just a key.
 */
import type { Span } from '../../model/resource.js';
import { DOCUMENT_LIMITS } from './limits.js';

export type Register = (target: object, self: Span, children: Map<string | number, Span>) => void;

export type JsonRead =
  | { ok: true; value: unknown }
  /**
   * Not strict JSON (`offset` is where JSON.parse stopped, when it said), or strict JSON that
   * needs the YAML reader's word: a repeated key, nesting deeper than the limit.
   */
  | { ok: false; offset?: number; reason: 'syntax' | 'duplicate-key' | 'too-deep' };

const WS = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** The offset JSON.parse gave in its message (V8: "at position N" or "(line L column C)"). */
function errorOffset(err: unknown, text: string): number | undefined {
  const message = err instanceof Error ? err.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return Number(position);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return undefined;
  let offset = 0;
  for (let line = 1; line < Number(lc[1]) && offset >= 0; line++) offset = text.indexOf('\n', offset) + 1;
  return offset < 0 ? undefined : offset + Number(lc[2]) - 1;
}

/**
 * Parses `text` (a leading BOM is skipped) and registers the span of every container. Never
 * throws; the parser's message is not passed on (it quotes the input, which may hold a secret).
 */
// Two below the YAML limit: a file near it is left to the YAML reader, which says where.
export function readJson(text: string, register: Register, maxDepth = DOCUMENT_LIMITS.maxDepth - 2): JsonRead {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let root: unknown;
  try {
    root = JSON.parse(start === 0 ? text : text.slice(start));
  } catch (err) {
    const offset = errorOffset(err, text.slice(start));
    return { ok: false, reason: 'syntax', ...(offset === undefined ? {} : { offset: offset + start }) };
  }
  return spansOf(text, start, root, register, maxDepth);
}

/**
 * The scan, walked in step with the parsed value: one function with no closures, so the position
 * and line stay in registers (a closure over them kept both in memory, and the scan cost about
 * three times JSON.parse). The text is strict JSON here (JSON.parse took it), so every token is
 * well formed: strings hold no raw newline, whitespace does.
 */
function spansOf(text: string, start: number, root: unknown, register: Register, maxDepth: number): JsonRead {
  const n = text.length;
  let i = start;
  let line = 1;
  // The open containers, one slot per depth (reused, never shrunk).
  const targets: Array<Record<string, unknown> | unknown[]> = [];
  const isArray: boolean[] = [];
  const lines: number[] = [];
  const childrenOf: Array<Map<string | number, Span>> = [];
  const members: number[] = [];
  /** The current entry of each: its key (objects) or index, and the line it starts on. */
  const keys: Array<string | number> = [];
  const keyLines: number[] = [];
  /**
   * Each open object's own keys, in JSON.parse's order: the written order, unless a key looks
   * like an array index (those come first) or is repeated. While the keys written match it, an
   * entry's key is taken from here (compared in place, not sliced) and its value found by that
   * key, which is interned; at the first difference the object is read by sliced keys.
   */
  const ownKeys: Array<string[] | undefined> = [];
  let depth = 0;
  let value: unknown = root;
  for (;;) {
    // At the start of a value: `value` is the parsed value it stands for.
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (!WS(c)) break;
    }
    const c = text.charCodeAt(i);
    let endLine = line;
    if (c === 123 || c === 91) {
      if (depth >= maxDepth) return { ok: false, reason: 'too-deep' };
      const array = c === 91;
      // Only a repeated key (JSON.parse kept the last value) can put another value here.
      if (array ? !Array.isArray(value) : typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'duplicate-key' };
      if (!array) Object.setPrototypeOf(value, null);
      const openLine = line;
      for (i++; i < n; i++) {
        const w = text.charCodeAt(i);
        if (w === 10) line++;
        else if (!WS(w)) break;
      }
      if (text.charCodeAt(i) !== (array ? 93 : 125)) {
        targets[depth] = value as Record<string, unknown> | unknown[];
        isArray[depth] = array;
        lines[depth] = openLine;
        childrenOf[depth] = new Map();
        members[depth] = 0;
        keyLines[depth] = line;
        if (array) {
          keys[depth] = 0;
          value = (value as unknown[])[0];
        } else {
          // A key, then the colon.
          const names = Object.keys(value as object);
          const from = i;
          i = stringEnd(text, i);
          const key = written(text, from, i, names[0]) ? names[0]! : keyOf(text, from, i);
          ownKeys[depth] = key === names[0] ? names : undefined;
          keys[depth] = key;
          value = (value as Record<string, unknown>)[key];
          for (; i < n; i++) {
            const w = text.charCodeAt(i);
            if (w === 10) line++;
            else if (!WS(w)) break;
          }
          i++;
        }
        depth++;
        continue;
      }
      i++;
      register(value as object, { line: openLine, endLine: line }, new Map());
      endLine = line;
    } else if (c === 34) {
      i = stringEnd(text, i);
    } else {
      for (; i < n; i++) {
        const w = text.charCodeAt(i);
        if (WS(w) || w === 44 || w === 93 || w === 125) break;
      }
    }
    // The value ended on `endLine`: close entries and containers until the next value starts.
    for (;;) {
      if (depth === 0) return { ok: true, value: root };
      const top = depth - 1;
      const children = childrenOf[top]!;
      children.set(keys[top]!, { line: keyLines[top]!, endLine });
      members[top]!++;
      for (; i < n; i++) {
        const w = text.charCodeAt(i);
        if (w === 10) line++;
        else if (!WS(w)) break;
      }
      if (text.charCodeAt(i) === 44) {
        for (i++; i < n; i++) {
          const w = text.charCodeAt(i);
          if (w === 10) line++;
          else if (!WS(w)) break;
        }
        keyLines[top] = line;
        if (isArray[top]) {
          const index = (keys[top] as number) + 1;
          keys[top] = index;
          value = (targets[top] as unknown[])[index];
        } else {
          const names = ownKeys[top];
          const expected = names?.[members[top]!];
          const from = i;
          i = stringEnd(text, i);
          const key = written(text, from, i, expected) ? expected! : keyOf(text, from, i);
          if (key !== expected) ownKeys[top] = undefined;
          keys[top] = key;
          value = (targets[top] as Record<string, unknown>)[key];
          for (; i < n; i++) {
            const w = text.charCodeAt(i);
            if (w === 10) line++;
            else if (!WS(w)) break;
          }
          i++;
        }
        break;
      }
      // The closing bracket of the top container.
      i++;
      depth--;
      const target = targets[top]!;
      targets[top] = [];
      ownKeys[top] = undefined;
      // JSON.parse kept the last of a repeated key: fewer entries than were written.
      if (!isArray[top] && members[top] !== children.size) return { ok: false, reason: 'duplicate-key' };
      register(target, { line: lines[top]!, endLine: line }, children);
      endLine = line;
    }
  }
}

/** Just past the string token that starts (with its quote) at `at`: a quote after an odd number of backslashes is inside it. */
function stringEnd(text: string, at: number): number {
  let close = text.indexOf('"', at + 1);
  for (;;) {
    if (close < 0) return text.length;
    let b = close - 1;
    while (b > at && text.charCodeAt(b) === 92) b--;
    if ((close - 1 - b) % 2 === 0) return close + 1;
    close = text.indexOf('"', close + 1);
  }
}

/** The string token from `from` to `to` is `name` written without escapes. */
function written(text: string, from: number, to: number, name: string | undefined): boolean {
  if (name === undefined || to - from - 2 !== name.length) return false;
  // Compared a character at a time: keys are short, and startsWith with a position costs more.
  for (let k = 0; k < name.length; k++) if (text.charCodeAt(from + 1 + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** The key written from `from` (its opening quote) to `to` (past its closing quote). */
function keyOf(text: string, from: number, to: number): string {
  const raw = text.slice(from + 1, to - 1);
  return raw.includes('\\') ? (JSON.parse(text.slice(from, to)) as string) : raw;
}
