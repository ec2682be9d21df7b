/** Which files are Compose files, and which of them belong together. */
import { basename, dirname } from 'node:path';

const BASE = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const OVERRIDE = /^(docker-)?compose\.override\.ya?ml$/;
const VARIANT = /^(docker-)?compose\.[^/]+\.ya?ml$/;

export function isComposeFileName(name: string): boolean {
  return BASE.includes(name) || VARIANT.test(name);
}

/** Has a top-level `services` key (YAML or JSON). */
export function sniffCompose(text: string): boolean {
  return /^services\s*:/m.test(text) || /^\s*\{[\s\S]*"services"\s*:/.test(text);
}

/**
 * Groups discovered Compose files into projects, as `docker compose` would read them in a folder:
 * the base file with its `compose.override.yaml`; any other file on its own.
 */
export function groupComposeFiles(files: string[]): string[][] {
  const byDir = new Map<string, string[]>();
  for (const f of files) {
    const d = dirname(f);
    byDir.set(d, [...(byDir.get(d) ?? []), f]);
  }
  const groups: string[][] = [];
  for (const list of byDir.values()) {
    const base = BASE.map((b) => list.find((f) => basename(f) === b)).find((f) => f !== undefined);
    const overrides = list.filter((f) => OVERRIDE.test(basename(f)));
    if (base) groups.push([base, ...overrides]);
    for (const f of list) if (f !== base && !(base && overrides.includes(f))) groups.push([f]);
  }
  return groups;
}
