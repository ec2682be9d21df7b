/**
 * `palisade scan --staged`, for pre-commit hooks: the staged content (the git index, not the
 * working copy) of the Compose and CloudFormation files being committed, plus cdk.out when
 * there is one. The index is exported to a temporary folder, so every file a Compose project
 * pulls in (.env, env_file, include, extends) is read as staged too, and paths in the reports
 * are the repository's.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { Input } from '../sources/discover.js';
import { UsageError } from '../errors.js';
import { runScan, type ScanFlags } from './scan.js';
import { outcome, type Outcome } from './outcome.js';

function git(args: string[], cwd: string): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new UsageError(`--staged needs git: ${r.error.message}`);
  if (r.status !== 0) throw new UsageError(`--staged: git ${args[0]}: ${r.stderr.trim().split('\n')[0] ?? 'failed'}`);
  return r.stdout;
}

/** Paths (relative to the repository root) added, copied, modified or renamed in the index. */
export function stagedFiles(repo: string): string[] {
  return git(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames'], repo).split('\0').filter(Boolean);
}

const inputFiles = (i: Input): string[] => (i.kind === 'compose' ? i.files : i.kind === 'cloudformation' ? [i.file] : []);

export async function runStagedScan(paths: string[], flags: ScanFlags, cwd = process.cwd()): Promise<Outcome> {
  const repo = git(['rev-parse', '--show-toplevel'], cwd).trim();
  const here = relative(repo, resolve(cwd)).split('\\').join('/');
  const within = (p: string) => paths.length === 0 || paths.some((given) => {
    const g = relative(repo, resolve(cwd, given)).split('\\').join('/');
    return g === '' || p === g || p.startsWith(`${g}/`);
  });
  const staged = new Set(stagedFiles(repo).filter(within));
  const hasCdkOut = existsSync(join(repo, 'cdk.out', 'manifest.json'));
  if (staged.size === 0 && !hasCdkOut) return outcome({ stdout: 'palisade: nothing staged to scan\n' });

  const tmp = mkdtempSync(join(tmpdir(), 'palisade-staged-'));
  try {
    // The whole index, so files a staged project refers to are read as staged too.
    git(['checkout-index', '--all', '--force', `--prefix=${tmp}/`], repo);
    if (hasCdkOut && !existsSync(join(tmp, 'cdk.out'))) {
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
    return await runScan([here === '' ? '.' : here], scanFlags, tmp);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
