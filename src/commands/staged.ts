/**
 * `palisade scan --staged`, for pre-commit hooks: the staged content (the git index, not the
 * working copy) of the Compose and CloudFormation files being committed, plus cdk.out when
 * there is one. Only what the scan reads is exported from the index to a temporary folder: the
 * staged files, the other files in a staged Compose file's folder (its override files, `.env`,
 * env files), and then any file of the index a scan reports missing (an env_file, include or
 * extends target elsewhere), found by rescanning until nothing more is missing. Files a
 * project reads are read as staged too, and paths in the reports are the repository's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, posix, relative, resolve } from 'node:path';
import type { Input } from '../sources/discover.js';
import { UsageError } from '../errors.js';
import { reportScan, scanWithFlags, type ScanFlags } from './scan.js';
import { outcome, type Outcome } from './outcome.js';

function git(args: string[], cwd: string, input?: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  if (r.error) throw new UsageError(`--staged needs git: ${r.error.message}`);
  if (r.status !== 0) throw new UsageError(`--staged: git ${args[0]}: ${r.stderr.trim().split('\n')[0] ?? 'failed'}`);
  return r.stdout;
}

const nulList = (text: string): string[] => text.split('\0').filter(Boolean);

/** Paths (relative to the repository root) added, copied, modified or renamed in the index. */
export function stagedFiles(repo: string): string[] {
  return nulList(git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames'], repo));
}

const inputFiles = (i: Input): string[] => (i.kind === 'compose' ? i.files : i.kind === 'cloudformation' ? [i.file] : []);

/** A Compose file by its name (compose.yaml, docker-compose.prod.yml, ...): its folder's files belong to its project. */
const looksLikeCompose = (path: string): boolean => /compose/i.test(posix.basename(path));

/** Rescans for files reported missing; each round only adds files, so this bounds nothing real. */
const MAX_ROUNDS = 8;

/**
 * Index paths (not yet exported) that an error of the scan says it could not find. Loaders name
 * a missing file relative to the scan's folder; an error naming no index path stays an error.
 */
export function reportedMissing(messages: string[], index: string[], exported: Set<string>): string[] {
  const missing = messages.filter((m) => /no such file/.test(m));
  if (missing.length === 0) return [];
  // The scan runs from the repository's root, so loaders name files by their repository path.
  return index.filter((p) => !exported.has(p) && missing.some((m) => m.includes(` ${p}:`)));
}

/** What is exported before the first scan: the staged files, their Compose projects' folders, and cdk.out when it is in the index. */
export function firstExport(index: string[], staged: Set<string>, cdkInIndex: boolean): string[] {
  const projectDirs = new Set([...staged].filter(looksLikeCompose).map((p) => posix.dirname(p)));
  return index.filter((p) => staged.has(p) || projectDirs.has(posix.dirname(p)) || (cdkInIndex && p.startsWith('cdk.out/') && !/(^|\/)asset\./.test(p.slice('cdk.out/'.length))));
}

export async function runStagedScan(paths: string[], flags: ScanFlags, cwd = process.cwd()): Promise<Outcome> {
  const repo = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const here = relative(repo, resolve(cwd)).split('\\').join('/');
  const within = (p: string) => paths.length === 0 || paths.some((given) => {
    const g = relative(repo, resolve(cwd, given)).split('\\').join('/');
    return g === '' || p === g || p.startsWith(`${g}/`);
  });
  const staged = new Set(stagedFiles(repo).filter(within));
  const index = nulList(git(['ls-files', '--cached', '-z'], repo));
  const cdkInIndex = index.includes('cdk.out/manifest.json');
  const hasCdkOut = cdkInIndex || existsSync(join(repo, 'cdk.out', 'manifest.json'));
  if (staged.size === 0 && !hasCdkOut) return outcome({ stdout: 'palisade: nothing staged to scan\n' });


  const tmp = mkdtempSync(join(tmpdir(), 'palisade-staged-'));
  try {
    const exported = new Set<string>();
    const exportFiles = (list: string[]) => {
      if (list.length === 0) return;
      git(['checkout-index', '--force', `--prefix=${tmp}/`, '-z', '--stdin'], repo, `${list.join('\0')}\0`);
      for (const p of list) exported.add(p);
    };
    exportFiles(firstExport(index, staged, cdkInIndex));
    if (hasCdkOut && !cdkInIndex) {
      // Assets (asset.*) are not read by the scan.
      cpSync(join(repo, 'cdk.out'), join(tmp, 'cdk.out'), { recursive: true, filter: (src) => !basename(src).startsWith('asset.') });
    }
    const absolute = (p: string | undefined) => (p && !isAbsolute(p) && p !== '-' ? resolve(cwd, p) : p);
    const config = flags.config === false ? false : absolute(flags.config ?? (existsSync(join(cwd, '.palisade.yaml')) ? '.palisade.yaml' : undefined));
    const scanFlags: ScanFlags = {
      ...flags,
      ...(config !== undefined ? { config } : {}),
      ...(flags.json ? { json: absolute(flags.json) } : {}),
      ...(flags.sarif ? { sarif: absolute(flags.sarif) } : {}),
      ...(flags.baseline ? { baseline: absolute(flags.baseline) } : {}),
      inputFilter: (i) => i.kind === 'cdk' || inputFiles(i).some((f) => staged.has(f)),
    };
    const target = [here === '' ? '.' : here];
    let scan = await scanWithFlags(target, scanFlags, tmp);
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const missing = reportedMissing(scan.result.errors.map((e) => e.message), index, exported);
      if (missing.length === 0) break;
      exportFiles(missing);
      scan = await scanWithFlags(target, scanFlags, tmp);
    }
    return await reportScan(scan, scanFlags, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
