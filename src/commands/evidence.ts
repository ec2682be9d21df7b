/**
 * The evidence record of a scan: hashes of the policy bundle and of every input file, accounts
 * and regions, time and the command's options. Reading files happens here, in the command layer;
 * the formatters only print what this returns.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Evidence, ScanResult } from '../findings/result.js';
import type { FileDigest } from '../model/resource.js';
import { digestOf } from '../sources/digest.js';
import { BUNDLE_DIR, loadCatalog } from '../engine/catalog.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** The files an input stands for; a cloud assembly is its manifest, tree and templates. */
function filesOf(result: ScanResult, cwd: string): string[] {
  const files: string[] = [];
  for (const input of result.inputs) {
    if (input.kind === 'compose') files.push(...input.files);
    else if (input.kind === 'cloudformation') files.push(input.file);
    else {
      let names: string[] = [];
      try {
        names = readdirSync(resolve(cwd, input.dir));
      } catch {
        names = [];
      }
      for (const n of names.sort()) if (n === 'manifest.json' || n === 'tree.json' || n.endsWith('.template.json')) files.push(join(input.dir, n).split('\\').join('/'));
    }
  }
  return [...new Set(files)].sort();
}

/**
 * A file's hash. `read`: its digest as the scan read it (ScanResult.read), which is what was
 * judged, also when the scan read it through a link inside the root. A file the scan did not
 * hash is read now, if it is a regular file: links and special files are not followed here.
 */
function hashFile(path: string, read: FileDigest | undefined): { sha256: string; bytes: number } | undefined {
  if (read) return { sha256: read.sha256, bytes: read.bytes };
  try {
    if (!lstatSync(path).isFile()) return undefined;
    const { sha256, bytes } = digestOf(path, readFileSync(path));
    return { sha256, bytes };
  } catch {
    return undefined;
  }
}

/** SOURCE_DATE_EPOCH (seconds) pins the time for reproducible example reports. */
export function reportTime(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d{1,12}$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return now.toISOString();
}

/** The files of the offline live inputs: a Config snapshot file or folder (its snapshot files, as the loader picks them), an IAM snapshot. */
function snapshotFiles(paths: string[], cwd: string): string[] {
  const files: string[] = [];
  for (const p of paths) {
    let names: string[] | undefined;
    try {
      if (lstatSync(resolve(cwd, p)).isDirectory()) names = readdirSync(resolve(cwd, p)).filter((f) => /_ConfigSnapshot_.*\.json(\.gz)?$/.test(f)).sort();
    } catch {
      continue;
    }
    if (names) files.push(...names.map((n) => join(p, n).split('\\').join('/')));
    else files.push(p.split('\\').join('/'));
  }
  return files;
}

export function gatherEvidence(
  result: ScanResult,
  command: Evidence['command'],
  { cwd = process.cwd(), time = reportTime(), snapshots = [] }: { cwd?: string; time?: string; snapshots?: string[] } = {},
): Evidence {
  const catalog = loadCatalog();
  const inputs: Evidence['inputs'] = [];
  const read = new Map((result.read ?? []).map((d) => [resolve(cwd, d.file), d]));
  for (const file of [...new Set([...filesOf(result, cwd), ...snapshotFiles(snapshots, cwd)])].sort()) {
    const h = hashFile(resolve(cwd, file), read.get(resolve(cwd, file)));
    if (h) inputs.push({ file, ...h });
  }
  // The accounts and regions read (a clean account has no finding to name it), and those findings name.
  const accounts = new Set<string>(result.live?.accounts);
  const regions = new Set<string>(result.live?.regions);
  for (const f of result.findings) {
    if (f.cloud?.account) accounts.add(f.cloud.account);
    if (f.cloud?.region && f.cloud.region !== 'global') regions.add(f.cloud.region);
  }
  return {
    generatedAt: time,
    tool: { name: result.tool.name, version: result.tool.version },
    policyBundle: {
      opaVersion: catalog.opaVersion,
      rules: catalog.rules.length,
      wasmSha256: sha256(readFileSync(join(BUNDLE_DIR, 'policy.wasm'))),
      catalogSha256: sha256(readFileSync(join(BUNDLE_DIR, 'catalog.json'))),
    },
    inputs,
    accounts: [...accounts].sort(),
    regions: [...regions].sort(),
    command,
  };
}
