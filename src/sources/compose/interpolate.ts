/**
 * Compose variable interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?error}`, `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}` (nested in the default, error and
 * alternative parts) and `$$` for a literal `$`. Pure: the variables come from a lookup.
 */

export type Lookup = (name: string) => string | undefined;

export type Problem =
  | { kind: 'unset'; name: string }
  | { kind: 'required'; name: string; message: string }
  | { kind: 'syntax' };

export interface Interpolated {
  value: string;
  /** At least one variable expression was evaluated. */
  substituted: boolean;
  /** Names of the variables that were read and set (for secret tracking). */
  used: Array<{ name: string; value: string }>;
  problems: Problem[];
}

const NAME = /^[_A-Za-z][_A-Za-z0-9]*/;

export function interpolate(text: string, lookup: Lookup): Interpolated {
  const out: Interpolated = { value: '', substituted: false, used: [], problems: [] };
  out.value = expand(text, lookup, out);
  return out;
}

function read(name: string, lookup: Lookup, acc: Interpolated): string | undefined {
  const v = lookup(name);
  if (v !== undefined && v !== '') acc.used.push({ name, value: v });
  return v;
}

function expand(text: string, lookup: Lookup, acc: Interpolated): string {
  if (!text.includes('$')) return text;
  let result = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c !== '$') {
      result += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      result += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const close = matchingBrace(text, i + 1);
      if (close < 0) {
        acc.problems.push({ kind: 'syntax' });
        result += text.slice(i);
        break;
      }
      result += braced(text.slice(i + 2, close), lookup, acc, text.slice(i, close + 1));
      i = close + 1;
      continue;
    }
    const m = NAME.exec(text.slice(i + 1));
    if (m) {
      acc.substituted = true;
      const v = read(m[0], lookup, acc);
      if (v === undefined) acc.problems.push({ kind: 'unset', name: m[0] });
      result += v ?? '';
      i += 1 + m[0].length;
      continue;
    }
    // A lone `$` (`$1`, `$(`, a trailing `$`): Compose rejects it; the text is kept.
    acc.problems.push({ kind: 'syntax' });
    result += c;
    i++;
  }
  return result;
}

/** Index of the `}` closing the `{` at `open`, counting nested `${`; -1 when unclosed. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let j = open; j < text.length; j++) {
    const ch = text[j];
    if (ch === '$' && text[j + 1] === '$') {
      j++;
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}') {
      depth--;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function braced(inner: string, lookup: Lookup, acc: Interpolated, raw: string): string {
  const m = NAME.exec(inner);
  if (!m) {
    acc.problems.push({ kind: 'syntax' });
    return raw;
  }
  const name = m[0];
  const rest = inner.slice(name.length);
  acc.substituted = true;
  if (rest === '') {
    const v = read(name, lookup, acc);
    if (v === undefined) acc.problems.push({ kind: 'unset', name });
    return v ?? '';
  }
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!op) {
    acc.problems.push({ kind: 'syntax' });
    return raw;
  }
  const word = rest.slice(op.length);
  const v = read(name, lookup, acc);
  const unsetOrEmpty = v === undefined || v === '';
  switch (op) {
    case ':-':
      return unsetOrEmpty ? expand(word, lookup, acc) : v!;
    case '-':
      return v === undefined ? expand(word, lookup, acc) : v;
    case ':?':
    case '?':
      if (op === ':?' ? unsetOrEmpty : v === undefined) {
        // The message is the author's text, shown as written (not expanded: it may name secrets).
        acc.problems.push({ kind: 'required', name, message: word });
        return '';
      }
      return v!;
    case ':+':
      return unsetOrEmpty ? '' : expand(word, lookup, acc);
    default:
      return v === undefined ? '' : expand(word, lookup, acc);
  }
}
