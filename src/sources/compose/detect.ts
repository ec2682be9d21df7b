/** Which files are Compose files, and which of them belong together. */
import { basename, dirname } from 'node:path';

/** The names `docker compose` looks for, in its order of preference. */
const BASE = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const OVERRIDES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];
const VARIANT = /^(docker-)?compose\.[^/]+\.ya?ml$/;

export function isComposeFileName(name: string): boolean {
  return BASE.includes(name) || VARIANT.test(name);
}

/**
 * Has a top-level `services` mapping (YAML or JSON). A top-level `services:` list (GitLab CI's
 * global services) is not Compose.
 */
export function sniffCompose(text: string): boolean {
  if (/^\s*\{[\s\S]*"services"\s*:\s*\{/.test(text)) return true;
  const m = /^services\s*:[ \t]*(.*)$/m.exec(text);
  if (!m) return false;
  const rest = m[1]!.replace(/\s+#.*$/, '').trim();
  if (rest.startsWith('{')) return true;
  if (rest !== '' && !rest.startsWith('&')) return false;
  // The first non-blank, non-comment line after `services:` must be an indented mapping key.
  const after = text.slice(m.index + m[0].length).split('\n').slice(1);
  const first = after.find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return first !== undefined && /^[ \t]+[^\s#-][^:]*:(\s|$)/.test(first);
}

/**
 * Groups discovered Compose files into projects as `docker compose` reads a folder: the preferred
 * base file with the first override file it finds. Every other Compose file (a second base name,
 * further overrides, `compose.prod.yaml` variants) is a project of its own.
 */
export function groupComposeFiles(files: string[]): string[][] {
  const byDir = new Map<string, string[]>();
  for (const f of files) {
    const d = dirname(f);
    byDir.set(d, [...(byDir.get(d) ?? []), f]);
  }
  const groups: string[][] = [];
  for (const list of byDir.values()) {
    const named = (n: string): string | undefined => list.find((f) => basename(f) === n);
    const base = BASE.map(named).find((f) => f !== undefined);
    const override = base ? OVERRIDES.map(named).find((f) => f !== undefined) : undefined;
    if (base) groups.push(override ? [base, override] : [base]);
    for (const f of list) if (f !== base && f !== override) groups.push([f]);
  }
  return groups;
}
