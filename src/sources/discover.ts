/**
 * Finds what to scan below the given paths: Compose projects, CloudFormation templates and
 * CDK cloud assemblies. Folders are walked (skipping node_modules, .git and links); files are
 * classified by name, then by a sniff of their first bytes.
 */
import { readdir, stat, open } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { InputError } from '../model/resource.js';
import { groupComposeFiles, isComposeFileName, sniffCompose } from './compose/detect.js';
import { sniffCloudFormation } from './cloudformation/detect.js';

export type Input =
  | { kind: 'compose'; files: string[] }
  | { kind: 'cloudformation'; file: string }
  | { kind: 'cdk'; dir: string };

/** A YAML/JSON file found while walking a folder that is not scanned, and why. */
export interface Skipped {
  file: string;
  reason: string;
}

export interface Discovery {
  inputs: Input[];
  errors: InputError[];
  /** YAML/JSON files met in folders and left out (explicitly passed ones are warnings instead). */
  skipped: Skipped[];
  /** Paths given on the command line that do not exist: a usage error (exit 2). */
  missing: string[];
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', '.venv', '__pycache__', '.terraform']);
const SNIFF_BYTES = 64 * 1024;
const DATA_EXT = /\.(ya?ml|json|template)$/i;
const NOT_INFRASTRUCTURE = 'not a Compose file, CloudFormation template or CDK assembly: skipped';

/** Paths relative to the working directory, with forward slashes. */
export function display(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path) || '.';
  return rel.split(sep).join('/');
}

async function head(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

type Kind = 'compose' | 'cloudformation' | undefined;

async function classify(path: string): Promise<Kind> {
  const name = basename(path);
  if (isComposeFileName(name)) return 'compose';
  if (!DATA_EXT.test(name)) return undefined;
  const text = await head(path);
  if (sniffCloudFormation(text)) return 'cloudformation';
  if (sniffCompose(text)) return 'compose';
  return undefined;
}

function isAssembly(entries: string[]): boolean {
  return entries.includes('manifest.json') && (entries.includes('tree.json') || entries.some((e) => e.endsWith('.template.json')));
}

export async function discover(paths: string[], cwd = process.cwd()): Promise<Discovery> {
  const inputs: Input[] = [];
  const errors: InputError[] = [];
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  const compose: string[] = [];
  const explicitCompose: string[] = [];

  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      errors.push({ file: display(dir, cwd), level: 'error', message: `read folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      return;
    }
    const names = entries.map((e) => e.name);
    if (isAssembly(names)) {
      inputs.push({ kind: 'cdk', dir: display(dir, cwd) });
      return;
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isSymbolicLink()) continue;
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile()) {
        await addFile(p, false);
      }
    }
  };

  const addFile = async (p: string, explicit: boolean): Promise<void> => {
    let kind: Kind;
    try {
      kind = await classify(p);
    } catch (err) {
      errors.push({ file: display(p, cwd), level: 'error', message: `read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      return;
    }
    const shown = display(p, cwd);
    if (kind === 'compose') (explicit ? explicitCompose : compose).push(shown);
    else if (kind === 'cloudformation') inputs.push({ kind: 'cloudformation', file: shown });
    else if (explicit) {
      if (basename(p) === 'manifest.json') inputs.push({ kind: 'cdk', dir: display(dirname(p), cwd) });
      else errors.push({ file: shown, level: 'warning', message: NOT_INFRASTRUCTURE });
    } else if (DATA_EXT.test(p)) {
      skipped.push({ file: shown, reason: NOT_INFRASTRUCTURE });
    }
  };

  for (const given of paths) {
    const p = resolve(cwd, given);
    let s;
    try {
      s = await stat(p);
    } catch {
      missing.push(given);
      continue;
    }
    if (s.isDirectory()) await walk(p);
    else if (s.isFile()) await addFile(p, true);
    else errors.push({ file: display(p, cwd), level: 'error', message: 'read: not a regular file' });
  }

  for (const files of groupComposeFiles(compose)) inputs.push({ kind: 'compose', files });
  for (const file of explicitCompose) inputs.push({ kind: 'compose', files: [file] });
  return { inputs: dedupe(inputs), errors, skipped, missing };
}

function dedupe(inputs: Input[]): Input[] {
  const seen = new Set<string>();
  return inputs.filter((i) => {
    const key = JSON.stringify(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
