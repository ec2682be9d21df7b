/**
 * `.env` and `env_file` files as Compose reads them: `KEY=VALUE` lines, `export ` prefixes,
 * `#` comments, single quotes (literal), double quotes (escapes, may span lines), unquoted
 * values with trailing ` # comments`, and `KEY` alone (passed through from the environment).
 * Every entry keeps its line, so a finding on an env_file variable points into the env file.
 */

export interface EnvEntry {
  name: string;
  /** null for `KEY` written without `=`. */
  value: string | null;
  line: number;
  endLine: number;
  /** Single-quoted values are literal: Compose does not interpolate them. */
  literal: boolean;
}

export interface EnvFileProblem {
  line: number;
  message: string;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export function parseEnvFile(text: string): { entries: EnvEntry[]; problems: EnvFileProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: EnvEntry[] = [];
  const problems: EnvFileProblem[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let s = lines[i]!.trim();
    if (s === '' || s.startsWith('#')) continue;
    if (s.startsWith('export ')) s = s.slice('export '.length).trimStart();
    const eq = s.indexOf('=');
    if (eq < 0) {
      if (KEY.test(s)) entries.push({ name: s, value: null, line, endLine: line, literal: false });
      else problems.push({ line, message: 'env file: a line is neither KEY=VALUE nor a comment' });
      continue;
    }
    const name = s.slice(0, eq).trim();
    if (!KEY.test(name)) {
      problems.push({ line, message: 'env file: invalid variable name' });
      continue;
    }
    const rest = s.slice(eq + 1).trimStart();
    const quote = rest[0];
    if (quote === '"' || quote === "'") {
      // The value may run over several lines until its closing quote.
      let body = rest.slice(1);
      let endLine = line;
      let closed = closingQuote(body, quote);
      while (closed < 0 && endLine < lines.length) {
        body += '\n' + lines[endLine]!;
        endLine++;
        closed = closingQuote(body, quote);
      }
      if (closed < 0) {
        problems.push({ line, message: 'env file: unterminated quoted value' });
        i = endLine - 1;
        continue;
      }
      const raw = body.slice(0, closed);
      const value = quote === '"' ? unescapeDouble(raw) : raw;
      entries.push({ name, value, line, endLine, literal: quote === "'" });
      i = endLine - 1;
      continue;
    }
    const hash = rest.search(/\s#/);
    const value = (hash >= 0 ? rest.slice(0, hash) : rest).trim();
    entries.push({ name, value, line, endLine: line, literal: false });
  }
  return { entries, problems };
}

/**
 * An env_file with `format: raw`: each `KEY=VALUE` line is taken as written, quotes and `$`
 * included (Compose neither unquotes nor interpolates it); blank and `#` lines are skipped.
 */
export function parseRawEnvFile(text: string): { entries: EnvEntry[]; problems: EnvFileProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const entries: EnvEntry[] = [];
  const problems: EnvFileProblem[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trimStart();
    if (s.trim() === '' || s.startsWith('#')) return;
    const eq = s.indexOf('=');
    const name = (eq < 0 ? s : s.slice(0, eq)).trim();
    if (!KEY.test(name)) {
      problems.push({ line, message: 'env file: invalid variable name' });
      return;
    }
    entries.push({ name, value: eq < 0 ? null : s.slice(eq + 1), line, endLine: line, literal: true });
  });
  return { entries, problems };
}

function closingQuote(body: string, quote: string): number {
  for (let j = 0; j < body.length; j++) {
    if (quote === '"' && body[j] === '\\') {
      j++;
      continue;
    }
    if (body[j] === quote) return j;
  }
  return -1;
}

function unescapeDouble(raw: string): string {
  return raw.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' ? '\n' : ch === 't' ? '\t' : ch === 'r' ? '\r' : ch));
}
