/**
 * Glob matching for waivers and excludes, in O(pattern x text) time (no regex, so no
 * backtracking blow-up on a hostile id). `?` is one character, `*` any run of characters
 * except `/` when `slash` is set, `**` any run including `/`, and `**` followed by `/` also
 * matches nothing (`a/**` + `/b` matches `a/b`). Without `slash`, `*` and `**` are the same
 * (resource ids, construct paths and ARNs hold `/` inside one name). `\` escapes.
 */
type Token = { t: 'lit'; c: string } | { t: 'one' } | { t: 'star'; crossSlash: boolean } | { t: 'dirs' };

function tokenize(pattern: string, slash: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      let n = 1;
      while (pattern[i + 1] === '*') (i++, n++);
      if (slash && n > 1 && pattern[i + 1] === '/') {
        out.push({ t: 'dirs' }); // `**/`: nothing, or anything ending in '/'
        i++;
      } else out.push({ t: 'star', crossSlash: !slash || n > 1 });
    } else if (c === '?') out.push({ t: 'one' });
    else if (c === '\\' && i + 1 < pattern.length) out.push({ t: 'lit', c: pattern[++i]! });
    else out.push({ t: 'lit', c });
  }
  return out;
}

export function globMatch(pattern: string, text: string, options: { slash?: boolean } = {}): boolean {
  const slash = options.slash ?? false;
  // can[j]: the tokens so far match text[0..j)
  let can: boolean[] = Array.from({ length: text.length + 1 }, (_, j) => j === 0);
  for (const tok of tokenize(pattern, slash)) {
    const next = new Array<boolean>(text.length + 1).fill(false);
    if (tok.t === 'star' || tok.t === 'dirs') {
      // `dirs` is a star over anything, ending at a '/' it consumes (or empty).
      let run = false;
      for (let j = 0; j <= text.length; j++) {
        if (tok.t === 'star') {
          run = can[j]! || (run && j > 0 && (tok.crossSlash || text[j - 1] !== '/'));
          next[j] = run;
        } else {
          next[j] = can[j]! || (j > 0 && text[j - 1] === '/' && run);
          run = run || can[j]!;
        }
      }
    } else {
      for (let j = 1; j <= text.length; j++) {
        if (!can[j - 1]) continue;
        if (tok.t === 'one' ? !(slash && text[j - 1] === '/') : text[j - 1] === tok.c) next[j] = true;
      }
    }
    can = next;
  }
  return can[text.length]!;
}
