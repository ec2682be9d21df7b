/**
 * Reading a Compose project the way `docker compose -f a -f b` does: each file is parsed,
 * interpolated, its `extends` resolved and its `include`s loaded, then the files are merged in
 * order. Every problem is an InputError naming a file and line; nothing here throws on bad input.
 */
import { posix } from 'node:path';
import type { InputError } from '../../model/resource.js';
import type { SourceIO } from '../io.js';
import { isInputError } from '../io.js';
import { readYaml } from '../document/yaml.js';
import { parseEnvFile, parseRawEnvFile } from './envfile.js';
import { interpolateScalar, interpolateTree, type Lookup, type Report } from './interpolate.js';
import type { LEntry, LMap, LNode, Origin } from '../document/located.js';
import { entryOrigin, get, isLMap, isLScalar, isLSeq } from '../document/located.js';
import { dropResets, mergeNode } from './merge.js';

export interface Project {
  root: LMap;
  /** Service name -> the files its definition came from, its own file first. */
  serviceFiles: Map<string, string[]>;
}

export interface LoadContext {
  io: SourceIO;
  env: Record<string, string | undefined>;
  errors: InputError[];
  /** Files read so far (any reason): a project that pulls in more is refused. */
  reads: number;
  trees: Map<string, Promise<TreeLoad>>;
}

export const MAX_FILES = 100;
const MAX_EXTENDS_DEPTH = 32;
const MAX_INCLUDE_DEPTH = 16;

type TreeLoad = { ok: true; root: LNode | undefined } | { ok: false; message: string; errors: InputError[] };

/** `a/b/../c.yaml` -> `a/c.yaml`; paths stay relative to the working directory. */
export function joinPath(dir: string, p: string): string {
  if (posix.isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) return p.split('\\').join('/');
  return posix.normalize(posix.join(dir, p.split('\\').join('/')));
}

export const dirOf = (file: string): string => posix.dirname(file);

/**
 * The keys of `ctx.errors` (file, line, level, message) and how many of its errors they cover:
 * errors pushed to the list directly are keyed on the next addError. Comparing each new error
 * with every earlier one was quadratic in a project's problems (a file of 3,000 services each
 * naming an unset variable).
 */
const errorKeys = new WeakMap<LoadContext, { keys: Set<string>; covered: number }>();

const errorKey = (e: InputError): string => `${e.level}\u0000${e.file}\u0000${e.line ?? ''}\u0000${e.message}`;

/** Adds `e` to the project's errors unless an equal one is there already. */
export function addError(ctx: LoadContext, e: InputError): void {
  let index = errorKeys.get(ctx);
  if (!index) errorKeys.set(ctx, (index = { keys: new Set(), covered: 0 }));
  for (; index.covered < ctx.errors.length; index.covered++) index.keys.add(errorKey(ctx.errors[index.covered]!));
  const key = errorKey(e);
  if (index.keys.has(key)) return;
  ctx.errors.push(e);
  index.keys.add(key);
  index.covered++;
}

const at = (o: Origin, level: InputError['level'], message: string): InputError => ({ file: o.file, line: o.line, level, message });

const reporter = (ctx: LoadContext): Report => (o, level, message) => addError(ctx, at(o, level, message));

/** Parse errors carry the yaml library's words, which may quote the source: keep the reason only. */
function reason(message: string): string {
  const m = /^parse YAML: (.*)$/.exec(message);
  const text = m ? m[1]! : message;
  const cut = text.indexOf(': ');
  return `parse YAML: ${cut >= 0 ? text.slice(0, cut) : text}`;
}

/** Reads and parses one file into a located tree (once per file and load). */
export function readTree(file: string, ctx: LoadContext): Promise<TreeLoad> {
  const cached = ctx.trees.get(file);
  if (cached) return cached;
  const p = (async (): Promise<TreeLoad> => {
    ctx.reads++;
    if (ctx.reads > MAX_FILES) return { ok: false, message: `more than ${MAX_FILES} files in one project`, errors: [] };
    const text = await ctx.io.readText(file);
    if (isInputError(text)) return { ok: false, message: text.message, errors: [text] };
    const read = readYaml(file, text, { merge: true, resolveTags: COMPOSE_TAGS });
    if (read.errors.length > 0) {
      // The parser gave up before saying where (too deep for its own recursion): the start of the file.
      const errors = read.errors.map((e) => ({ ...e, line: e.line ?? 1, message: reason(e.message) }));
      return { ok: false, message: 'the file does not parse', errors };
    }
    return { ok: true, root: read.root };
  })();
  ctx.trees.set(file, p);
  return p;
}

/** Compose's merge tags: `!reset` drops a value, `!override` replaces it; `!reset 0` is still the number 0. */
const COMPOSE_TAGS: ReadonlySet<string> = new Set(['!reset', '!override']);

// --- .env files ---------------------------------------------------------------------------------

export interface EnvVarLoad {
  name: string;
  value: string | null;
  origin: Origin;
  interpolated: boolean;
  sensitive: string[];
  /** Read from an env file (rather than written under `environment`). */
  envFile?: boolean;
}

export type EnvFileLoad = { ok: true; vars: EnvVarLoad[] } | { ok: false; message: string };

/** The key of an env_file read in a given format (the same file may be named with both). */
export const envFileKey = (path: string, raw: boolean): string => (raw ? `raw\u0000${path}` : path);

/** `format: raw` on a long-syntax env_file entry. */
export function isRaw(item: LNode): boolean {
  const f = isLMap(item) ? get(item, 'format') : undefined;
  return isLScalar(f) && f.value === 'raw';
}

/**
 * An env file's variables, interpolated (single-quoted values and `format: raw` files excepted);
 * parse problems are reported here.
 */
export async function loadEnvFile(file: string, lookup: Lookup, ctx: LoadContext, raw = false): Promise<EnvFileLoad> {
  ctx.reads++;
  if (ctx.reads > MAX_FILES) return { ok: false, message: `more than ${MAX_FILES} files in one project` };
  const text = await ctx.io.readText(file);
  if (isInputError(text)) return { ok: false, message: text.message };
  const parsed = raw ? parseRawEnvFile(text) : parseEnvFile(text);
  for (const p of parsed.problems) addError(ctx, { file, line: p.line, level: 'error', message: p.message });
  const vars: EnvVarLoad[] = [];
  const own = new Map<string, string>();
  // Later lines may use earlier ones; variables given by the user still win.
  const chained: Lookup = (name) => ctx.env[name] ?? own.get(name) ?? lookup(name);
  for (const e of parsed.entries) {
    const origin: Origin = { file, line: e.line, endLine: e.endLine };
    if (e.value === null || e.literal || !e.value.includes('$')) {
      vars.push({ name: e.name, value: e.value, origin, interpolated: false, sensitive: [], envFile: true });
      if (e.value !== null) own.set(e.name, e.value);
      continue;
    }
    const node = interpolateScalar({ kind: 'scalar', value: e.value, origin }, '', chained, reporter(ctx));
    const value = String(node.value);
    vars.push({ name: e.name, value, origin, interpolated: node.interpolated === true, sensitive: node.sensitive ?? [], envFile: true });
    own.set(e.name, value);
  }
  return { ok: true, vars };
}

/** The variables of the `.env` files at `paths` (missing ones are skipped). */
async function dotenvVars(paths: string[], ctx: LoadContext, required: boolean, where?: Origin): Promise<Map<string, string>> {
  const vars = new Map<string, string>();
  for (const p of paths) {
    if (!required && !(await ctx.io.exists(p))) continue;
    const loaded = await loadEnvFile(p, (n) => vars.get(n), ctx);
    if (!loaded.ok) {
      addError(ctx, where ? at(where, 'error', `env file ${p}: ${loaded.message}`) : { file: p, level: 'error', message: loaded.message });
      continue;
    }
    for (const v of loaded.vars) if (v.value !== null) vars.set(v.name, v.value);
  }
  return vars;
}

// --- Files, extends, include --------------------------------------------------------------------

interface FileModel {
  file: string;
  root: LMap;
  lookup: Lookup;
  resolved: Map<string, Promise<Resolved | undefined>>;
}

interface Resolved {
  service: LMap;
  files: string[];
}

/** Parse + interpolate + path resolution + structural checks of one file (no extends, no include). */
async function loadModel(file: string, baseDir: string, lookup: Lookup, ctx: LoadContext, referrer?: { origin: Origin; what: string }): Promise<FileModel | undefined> {
  const tree = await readTree(file, ctx);
  if (!tree.ok) {
    if (referrer) addError(ctx, at(referrer.origin, 'error', `${referrer.what}: cannot load ${file}: ${tree.message}`));
    else if (tree.errors.length === 0) addError(ctx, { file, level: 'error', message: tree.message });
    for (const e of tree.errors) if (!referrer || !e.message.startsWith('read:')) addError(ctx, e);
    return undefined;
  }
  if (tree.root === undefined || (isLScalar(tree.root) && tree.root.value === null)) {
    addError(ctx, { file, line: 1, level: 'error', message: 'compose: the file is empty' });
    return undefined;
  }
  if (!isLMap(tree.root)) {
    addError(ctx, at(tree.root.origin, 'error', 'compose: the file is not a mapping'));
    return undefined;
  }
  const root = checkServices(interpolateTree(tree.root, lookup, reporter(ctx)) as LMap, ctx);
  return { file, root: resolvePaths(root, baseDir, dirOf(file)), lookup, resolved: new Map() };
}

/** `services` must be a mapping of mappings: anything else is reported and left out. */
function checkServices(root: LMap, ctx: LoadContext): LMap {
  const services = root.entries.get('services');
  if (!services) return root;
  const entries = new Map(root.entries);
  if (isLScalar(services.value) && services.value.value === null) {
    entries.delete('services');
    return { ...root, entries };
  }
  if (!isLMap(services.value)) {
    addError(ctx, at(entryOrigin(services), 'error', 'compose: services must be a mapping of service names to services'));
    entries.delete('services');
    return { ...root, entries };
  }
  const kept = new Map<string, LEntry>();
  for (const [name, e] of services.value.entries) {
    if (isLMap(e.value) || e.value.tag === '!reset') kept.set(name, e);
    else {
      const what = isLScalar(e.value) && e.value.value === null ? 'is empty (null)' : 'is not a mapping';
      addError(ctx, at(e.keyOrigin, 'error', `compose: service ${name} ${what}`));
    }
  }
  if (kept.size === services.value.entries.size) return root;
  entries.set('services', { ...services, value: { ...services.value, entries: kept } });
  return { ...root, entries };
}

/**
 * Relative paths the loader itself follows become paths from the working directory: env_file
 * (relative to the project directory, as Compose resolves them for -f files) and extends.file
 * (relative to the file that says it).
 */
function resolvePaths(root: LMap, baseDir: string, fileDir: string): LMap {
  const services = get(root, 'services');
  if (!isLMap(services)) return root;
  const rewrite = (n: LNode, dir: string): LNode =>
    isLScalar(n) && typeof n.value === 'string' ? { ...n, value: joinPath(dir, n.value) } : n;
  const setEntry = (m: LMap, key: string, value: LNode): LMap => {
    const e = m.entries.get(key)!;
    const entries = new Map(m.entries);
    entries.set(key, { ...e, value });
    return { ...m, entries };
  };
  let changed = false;
  const serviceEntries = new Map<string, LEntry>();
  for (const [name, e] of services.entries) {
    let svc = e.value;
    if (isLMap(svc)) {
      const envFile = get(svc, 'env_file');
      if (envFile) {
        const fixed = isLSeq(envFile)
          ? { ...envFile, items: envFile.items.map((i) => (isLMap(i) && get(i, 'path') ? setEntry(i, 'path', rewrite(get(i, 'path')!, baseDir)) : rewrite(i, baseDir))) }
          : rewrite(envFile, baseDir);
        svc = setEntry(svc, 'env_file', fixed);
      }
      const ext = get(svc, 'extends');
      if (isLMap(ext) && get(ext, 'file')) svc = setEntry(svc, 'extends', setEntry(ext, 'file', rewrite(get(ext, 'file')!, fileDir)));
    }
    if (svc !== e.value) changed = true;
    serviceEntries.set(name, svc === e.value ? e : { ...e, value: svc });
  }
  if (!changed) return root;
  return setEntry(root, 'services', { ...services, entries: serviceEntries });
}

const modelCache = new WeakMap<LoadContext, Map<string, Promise<FileModel | undefined>>>();

/** A file named by `extends.file`, loaded once per load and lookup. */
function modelFor(file: string, lookup: Lookup, ctx: LoadContext, referrer: { origin: Origin; what: string }): Promise<FileModel | undefined> {
  let cache = modelCache.get(ctx);
  if (!cache) modelCache.set(ctx, (cache = new Map()));
  const key = file;
  const hit = cache.get(key);
  if (hit) return hit;
  const p = loadModel(file, dirOf(file), lookup, ctx, referrer);
  cache.set(key, p);
  return p;
}

function withoutKey(m: LMap, key: string): LMap {
  if (!m.entries.has(key)) return m;
  const entries = new Map(m.entries);
  entries.delete(key);
  return { ...m, entries };
}

/** The service `name` of `model` with its `extends` chain applied. */
function resolveService(name: string, model: FileModel, ctx: LoadContext, stack: string[]): Promise<Resolved | undefined> {
  const hit = model.resolved.get(name);
  if (hit) return hit;
  const p = resolveServiceUncached(name, model, ctx, stack);
  model.resolved.set(name, p);
  return p;
}

async function resolveServiceUncached(name: string, model: FileModel, ctx: LoadContext, stack: string[]): Promise<Resolved | undefined> {
  const svc = get(get(model.root, 'services'), name);
  if (!isLMap(svc)) return undefined;
  const extEntry = svc.entries.get('extends');
  if (!extEntry) return { service: svc, files: [model.file] };
  const own = withoutKey(svc, 'extends');
  const where = entryOrigin(extEntry);
  const key = `${model.file}#${name}`;
  let parentName: string | undefined;
  let parentFile: string | undefined;
  const ext = extEntry.value;
  if (isLScalar(ext) && typeof ext.value === 'string') parentName = ext.value;
  else if (isLMap(ext)) {
    const s = get(ext, 'service');
    const f = get(ext, 'file');
    if (isLScalar(s) && typeof s.value === 'string') parentName = s.value;
    if (isLScalar(f) && typeof f.value === 'string') parentFile = f.value;
  }
  if (parentName === undefined) {
    addError(ctx, at(where, 'error', `extends: service ${name} names no service to extend`));
    return { service: own, files: [model.file] };
  }
  const target = parentFile ?? model.file;
  if (stack.includes(`${target}#${parentName}`) || `${target}#${parentName}` === key) {
    const chain = [...stack.slice(stack.indexOf(`${target}#${parentName}`)), key, `${target}#${parentName}`].filter((s) => s !== '');
    addError(ctx, at(where, 'error', `extends: loop ${chain.join(' -> ')}`));
    return { service: own, files: [model.file] };
  }
  if (stack.length >= MAX_EXTENDS_DEPTH) {
    addError(ctx, at(where, 'error', `extends: chain longer than ${MAX_EXTENDS_DEPTH}`));
    return { service: own, files: [model.file] };
  }
  const parentModel = parentFile === undefined ? model : await modelFor(parentFile, model.lookup, ctx, { origin: where, what: 'extends' });
  if (!parentModel) return { service: own, files: [model.file] };
  const parent = await resolveService(parentName, parentModel, ctx, [...stack, key]);
  if (!parent) {
    addError(ctx, at(where, 'error', `extends: service ${parentName} not found in ${target}`));
    return { service: own, files: [model.file] };
  }
  const merged = mergeNode(parent.service, own, 'services.*');
  const service = isLMap(merged) ? { ...merged, origin: own.origin } : own;
  return { service, files: unique([model.file, ...parent.files]) };
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/** One -f (or included) file with its extends and includes applied. */
async function processFile(file: string, baseDir: string, lookup: Lookup, ctx: LoadContext, includeStack: string[]): Promise<Project | undefined> {
  const model = await loadModel(file, baseDir, lookup, ctx);
  if (!model) return undefined;
  let root = model.root;
  const serviceFiles = new Map<string, string[]>();
  const services = get(root, 'services');
  if (isLMap(services)) {
    const entries = new Map<string, LEntry>();
    for (const [name, e] of services.entries) {
      if (e.value.tag === '!reset' || !isLMap(e.value)) {
        entries.set(name, e);
        continue;
      }
      const r = await resolveService(name, model, ctx, []);
      const value: LNode = r ? { ...r.service, ...(e.value.tag ? { tag: e.value.tag } : {}) } : e.value;
      entries.set(name, { ...e, value });
      serviceFiles.set(name, r?.files ?? [file]);
    }
    const rootEntries = new Map(root.entries);
    rootEntries.set('services', { ...root.entries.get('services')!, value: { ...services, entries } });
    root = { ...root, entries: rootEntries };
  }
  const include = root.entries.get('include');
  if (include) {
    root = withoutKey(root, 'include');
    root = await applyIncludes(include, file, root, serviceFiles, lookup, ctx, includeStack);
  }
  return { root, serviceFiles };
}

const SECTIONS = ['services', 'networks', 'volumes', 'secrets', 'configs', 'models'];

async function applyIncludes(
  include: LEntry,
  file: string,
  root: LMap,
  serviceFiles: Map<string, string[]>,
  lookup: Lookup,
  ctx: LoadContext,
  includeStack: string[],
): Promise<LMap> {
  const items = isLSeq(include.value) ? include.value.items : [include.value];
  let out = root;
  for (const item of items) {
    const where = item.origin;
    const spec = includeSpec(item, dirOf(file));
    if (!spec) {
      addError(ctx, at(where, 'error', 'include: an entry must be a path or a mapping with a path'));
      continue;
    }
    const looping = spec.paths.find((p) => includeStack.includes(p));
    if (looping) {
      addError(ctx, at(where, 'error', `include: loop ${[...includeStack.slice(includeStack.indexOf(looping)), looping].join(' -> ')}`));
      continue;
    }
    if (includeStack.length >= MAX_INCLUDE_DEPTH) {
      addError(ctx, at(where, 'error', `include: nested deeper than ${MAX_INCLUDE_DEPTH}`));
      continue;
    }
    let missing = false;
    for (const p of spec.paths) {
      if (!(await ctx.io.exists(p))) {
        addError(ctx, at(where, 'error', `include: cannot read ${p}: no such file`));
        missing = true;
      }
    }
    if (missing) continue;
    const envPaths = spec.envFiles ?? [joinPath(spec.projectDir, '.env')];
    const vars = await dotenvVars(envPaths, ctx, spec.envFiles !== undefined, where);
    const included: Lookup = (name) => ctx.env[name] ?? vars.get(name) ?? lookup(name);
    const sub = await loadFiles(spec.paths, spec.projectDir, included, ctx, [...includeStack, ...spec.paths]);
    if (!sub) continue;
    out = addIncluded(out, sub, where, serviceFiles, ctx);
  }
  return out;
}

interface IncludeSpec {
  paths: string[];
  projectDir: string;
  envFiles?: string[];
}

function strings(n: LNode | undefined): string[] | undefined {
  if (isLScalar(n) && typeof n.value === 'string') return [n.value];
  if (isLSeq(n)) {
    const out = n.items.filter(isLScalar).map((i) => i.value).filter((v): v is string => typeof v === 'string');
    return out.length === n.items.length ? out : undefined;
  }
  return undefined;
}

function includeSpec(item: LNode, dir: string): IncludeSpec | undefined {
  if (isLScalar(item) && typeof item.value === 'string') {
    const path = joinPath(dir, item.value);
    return { paths: [path], projectDir: dirOf(path) };
  }
  if (!isLMap(item)) return undefined;
  const paths = strings(get(item, 'path'))?.map((p) => joinPath(dir, p));
  if (!paths || paths.length === 0) return undefined;
  const pd = get(item, 'project_directory');
  const projectDir = isLScalar(pd) && typeof pd.value === 'string' ? joinPath(dir, pd.value) : dirOf(paths[0]!);
  // Relative to the including file, as `path` and `project_directory` are (compose-go resolves all three there).
  const env = strings(get(item, 'env_file'))?.map((p) => joinPath(dir, p));
  return env ? { paths, projectDir, envFiles: env } : { paths, projectDir };
}

/** The included project's resources join this one; a name defined on both sides is an error. */
function addIncluded(root: LMap, sub: Project, where: Origin, serviceFiles: Map<string, string[]>, ctx: LoadContext): LMap {
  const entries = new Map(root.entries);
  for (const section of SECTIONS) {
    const theirs = sub.root.entries.get(section);
    if (!theirs || !isLMap(theirs.value)) continue;
    const mine = entries.get(section);
    const merged = new Map<string, LEntry>(isLMap(mine?.value) ? mine!.value.entries : []);
    for (const [name, e] of theirs.value.entries) {
      if (merged.has(name)) {
        const kind = section.replace(/s$/, '');
        addError(ctx, at(where, 'error', `include: ${kind} ${name} from ${e.keyOrigin.file} is already defined in ${merged.get(name)!.keyOrigin.file}`));
        continue;
      }
      merged.set(name, e);
      if (section === 'services') serviceFiles.set(name, sub.serviceFiles.get(name) ?? [e.keyOrigin.file]);
    }
    const value: LMap = isLMap(mine?.value) ? { ...mine!.value, entries: merged } : { kind: 'map', entries: merged, origin: theirs.value.origin };
    entries.set(section, mine ? { ...mine, value } : { ...theirs, value });
  }
  return { ...root, entries };
}

/** Files merged in order (`-f a -f b`), each with its extends and includes applied. */
export async function loadFiles(files: string[], baseDir: string, lookup: Lookup, ctx: LoadContext, includeStack: string[]): Promise<Project | undefined> {
  let acc: Project | undefined;
  for (const file of files) {
    const p = await processFile(file, baseDir, lookup, ctx, includeStack);
    if (!p) continue;
    if (!acc) {
      // `!reset` means nothing where there is nothing to reset.
      const root = dropResets(p.root);
      acc = { root: isLMap(root) ? root : p.root, serviceFiles: p.serviceFiles };
      continue;
    }
    const merged = mergeNode(acc.root, p.root, '');
    acc.root = isLMap(merged) ? merged : acc.root;
    for (const [name, list] of p.serviceFiles) acc.serviceFiles.set(name, unique([...(acc.serviceFiles.get(name) ?? []), ...list]));
  }
  return acc;
}

/** The project's variables: those given by the user, then `.env` beside the first file. */
export async function projectLookup(files: string[], ctx: LoadContext): Promise<Lookup> {
  const vars = await dotenvVars([joinPath(dirOf(files[0]!), '.env')], ctx, false);
  return (name) => ctx.env[name] ?? vars.get(name);
}
