/**
 * The Compose loader: a project's files (base first, then overrides, as `-f a -f b`) ->
 * `compose.service` resources. Reads the files, `.env`, env_files, extends and include targets
 * through `io`; everything else is pure (project.ts, merge.ts, schema.ts, normalize.ts).
 */
import { posix } from 'node:path';
import type { InputError, LoadResult } from '../../model/resource.js';
import type { SourceIO } from '../io.js';
import type { LNode } from '../document/located.js';
import { get, isLMap, isLScalar, isLSeq } from '../document/located.js';
import { normalizeProject } from './normalize.js';
import type { EnvFileLoad, LoadContext } from './project.js';
import { dirOf, envFileKey, isRaw, loadEnvFile, loadFiles, projectLookup } from './project.js';
import { validateProject } from './schema.js';

export interface ComposeOptions {
  /**
   * Variables given from outside the repository (--env, --env-file, or the process environment
   * with --use-process-env). None by default: a scanned file must not be able to read the
   * scanner's environment. They win over the project's `.env`, as the shell does for Compose.
   */
  env?: Record<string, string | undefined>;
}

export async function loadCompose(files: string[], io: SourceIO, options: ComposeOptions = {}): Promise<LoadResult> {
  const ctx: LoadContext = { io, env: options.env ?? {}, errors: [], reads: 0, trees: new Map() };
  const list = files.map((f) => posix.normalize(f.split('\\').join('/')));
  if (list.length === 0) return { resources: [], errors: [] };
  const lookup = await projectLookup(list, ctx);
  const project = await loadFiles(list, dirOf(list[0]!), lookup, ctx, list);
  if (!project) return { resources: [], errors: dedupe(ctx.errors) };

  for (const p of validateProject(project.root)) {
    ctx.errors.push({ file: p.origin.file, line: p.origin.line, level: 'error', message: p.message });
  }

  const envFiles = new Map<string, EnvFileLoad>();
  for (const { path, raw } of envFilePaths(project.root)) envFiles.set(envFileKey(path, raw), await loadEnvFile(path, lookup, ctx, raw));

  const normalized = normalizeProject({ root: project.root, serviceFiles: project.serviceFiles, envFiles });
  const errors = dedupe([...ctx.errors, ...normalized.errors]);
  // By file, then line: the order a reader fixes them in (stable for equal places).
  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { resources: normalized.resources, errors };
}

/** Every env_file the services name (paths already resolved from the working directory), with its format. */
function envFilePaths(root: LNode): Array<{ path: string; raw: boolean }> {
  const out = new Map<string, { path: string; raw: boolean }>();
  const services = get(root, 'services');
  if (!isLMap(services)) return [];
  for (const e of services.entries.values()) {
    const ef = get(e.value, 'env_file');
    const items = isLSeq(ef) ? ef.items : ef ? [ef] : [];
    for (const item of items) {
      const p = isLMap(item) ? get(item, 'path') : item;
      if (isLScalar(p) && typeof p.value === 'string') out.set(envFileKey(p.value, isRaw(item)), { path: p.value, raw: isRaw(item) });
    }
  }
  return [...out.values()];
}

function dedupe(errors: InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.level}\u0000${e.file}\u0000${e.line ?? ''}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
