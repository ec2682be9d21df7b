/**
 * Finds what to scan below the given paths: Compose projects, CloudFormation templates and
 * CDK cloud assemblies. Folders are walked (skipping node_modules, .git and links); files are
 * classified by name, then by a sniff of their first bytes.
 */
import { readdir, stat } from 'node:fs/promises';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { InputError } from '../model/resource.js';
import { groupComposeFiles, isComposeFileName, sniffCompose } from './compose/detect.js';
import { sniffCloudFormation } from './cloudformation/detect.js';
import { confine, OUTSIDE_ROOT, type IOOptions } from './io.js';

export type Input =
  | { kind: 'compose'; files: string[] }
  | { kind: 'cloudformation'; file: string }
  | { kind: 'cdk'; dir: string };

export interface Discovery {
  inputs: Input[];
  errors: InputError[];
  /** Paths given on the command line that do not exist: a usage error (exit 2). */
  missing: string[];
  /** What the walk saw and did not read, with why (nothing is left out silently). */
  skipped: Skipped[];
}

/** Something discovery saw and did not read (a folder not walked, a data file, a link), and why. */
export interface Skipped {
  path: string;
  reason: string;
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

/**
 * The first SNIFF_BYTES of a regular file (empty for anything else). Synchronous, as io.ts reads
 * are: W1's 1,000 templates cost 0.15 s of CPU sniffed through the promise API, before loading could start.
 */
function head(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) return '';
    const buf = Buffer.allocUnsafe(SNIFF_BYTES);
    const bytesRead = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    const bytes = buf.subarray(0, bytesRead);
    // A UTF-16 template (with its byte-order mark) is still recognised; io.ts decodes it whole.
    const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
    return new TextDecoder(utf16 ?? 'utf-8').decode(bytes);
  } finally {
    closeSync(fd);
  }
}

type Kind = 'compose' | 'cloudformation' | undefined;

/** `path` names the file; `real` is where its content is (a link's confined target). */
async function classify(path: string, real = path): Promise<Kind> {
  const name = basename(path);
  if (isComposeFileName(name)) return 'compose';
  if (!DATA_EXT.test(name)) return undefined;
  const text = head(real);
  if (sniffCloudFormation(text)) return 'cloudformation';
  if (sniffCompose(text)) return 'compose';
  return undefined;
}

function isAssembly(entries: string[]): boolean {
  return entries.includes('manifest.json') && (entries.includes('tree.json') || entries.some((e) => e.endsWith('.template.json')));
}

/** A name Compose or a template loader would read: skipping it would hide something. */
const wanted = (name: string): boolean => isComposeFileName(name) || DATA_EXT.test(name);

export async function discover(paths: string[], cwd = process.cwd(), options: IOOptions = {}): Promise<Discovery> {
  const inputs: Input[] = [];
  const errors: InputError[] = [];
  const missing: string[] = [];
  const skipped: Skipped[] = [];
  const roots = options.roots && !options.allowOutsideRoot ? options.roots.map((r) => resolve(cwd, r)) : undefined;
  const skip = (p: string, reason: string) => skipped.push({ path: display(p, cwd), reason });

  /** A symbolic link met in a walk: a file inside the root is read as itself; anything else is reported. */
  const link = async (p: string, name: string): Promise<void> => {
    let real = p;
    if (roots) {
      const c = await confine(p, roots);
      if (!c.ok) {
        const message = c.why === 'outside' ? OUTSIDE_ROOT : c.why === 'loop' ? 'read: too many levels of symbolic links' : 'read: a link to nothing';
        if (wanted(name)) errors.push({ file: display(p, cwd), level: 'error', message });
        else skip(p, c.why === 'outside' ? 'link outside the scan root' : 'broken link');
        return;
      }
      real = c.real;
    }
    const s = await stat(real).catch(() => undefined);
    if (!s) {
      if (wanted(name)) errors.push({ file: display(p, cwd), level: 'error', message: 'read: a link to nothing' });
      else skip(p, 'broken link');
    } else if (s.isDirectory()) skip(p, 'link to a folder: not followed');
    else if (s.isFile()) await addFile(p, false, real);
    else irregular(p, name);
  };

  /** FIFOs, sockets and devices are never opened for reading. */
  const irregular = (p: string, name: string): void => {
    if (wanted(name)) errors.push({ file: display(p, cwd), level: 'error', message: 'read: not a regular file' });
    else skip(p, 'not a regular file');
  };
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
      if (e.isSymbolicLink()) await link(p, e.name);
      else if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
        else skip(p, 'folder not walked');
      } else if (e.isFile()) await addFile(p, false);
      else irregular(p, e.name);
    }
  };

  const addFile = async (p: string, explicit: boolean, real = p): Promise<void> => {
    let kind: Kind;
    try {
      kind = await classify(p, real);
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
    } else if (DATA_EXT.test(basename(p))) skip(p, 'neither a Compose file nor a CloudFormation template');
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
  return { inputs: dedupe(inputs), errors, missing, skipped };
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
