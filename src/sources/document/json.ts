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

interface Frame {
  target: Record<string, unknown> | unknown[];
  array: boolean;
  line: number;
  children: Map<string | number, Span>;
  members: number;
  /** The current entry: its key (objects) and the line it starts on. */
  key: string | number;
  keyLine: number;
}

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
  let i = start;
  let line = 1;
  const n = text.length;
  const skip = (): void => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (!WS(c)) return;
    }
  };
  /** Past a string token starting at `i` (JSON strings hold no raw newline). */
  const skipString = (): boolean => {
    let escaped = false;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (escaped) escaped = false;
      else if (c === 92) escaped = true;
      else if (c === 34) {
        i++;
        return escaped;
      }
    }
    return false;
  };
  const readKey = (): string => {
    const from = i;
    skipString();
    const raw = text.slice(from + 1, i - 1);
    return raw.includes('\\') ? (JSON.parse(text.slice(from, i)) as string) : raw;
  };

  const stack: Frame[] = [];
  let value: unknown = root;
  for (;;) {
    // At the start of a value: `value` is the parsed value it stands for.
    skip();
    const c = text.charCodeAt(i);
    let endLine = line;
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) return { ok: false, reason: 'too-deep' };
      const array = c === 91;
      if (!array) Object.setPrototypeOf(value as object, null);
      const frame: Frame = { target: value as Frame['target'], array, line, children: new Map(), members: 0, key: 0, keyLine: line };
      i++;
      skip();
      if (text.charCodeAt(i) !== (array ? 93 : 125)) {
        stack.push(frame);
        if (array) {
          frame.keyLine = line;
          value = (frame.target as unknown[])[0];
        } else {
          frame.keyLine = line;
          frame.key = readKey();
          skip();
          i++; // ':'
          value = (frame.target as Record<string, unknown>)[frame.key];
        }
        continue;
      }
      i++;
      register(frame.target, { line: frame.line, endLine: line }, frame.children);
      endLine = line;
    } else if (c === 34) {
      skipString();
    } else {
      while (i < n && !WS(text.charCodeAt(i)) && text.charCodeAt(i) !== 44 && text.charCodeAt(i) !== 93 && text.charCodeAt(i) !== 125) i++;
    }
    // The value ended on `endLine`: close entries and containers until the next value starts.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return { ok: true, value: root };
      top.children.set(top.key, { line: top.keyLine, endLine });
      top.members++;
      skip();
      if (text.charCodeAt(i) === 44) {
        i++;
        skip();
        if (top.array) {
          top.key = (top.key as number) + 1;
          top.keyLine = line;
          value = (top.target as unknown[])[top.key];
        } else {
          top.keyLine = line;
          top.key = readKey();
          skip();
          i++;
          value = (top.target as Record<string, unknown>)[top.key];
        }
        break;
      }
      // The closing bracket of `top`.
      i++;
      stack.pop();
      if (!top.array && top.members !== Object.keys(top.target).length) return { ok: false, reason: 'duplicate-key' };
      register(top.target, { line: top.line, endLine: line }, top.children);
      endLine = line;
    }
  }
}
