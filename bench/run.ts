/**
 * Benchmarks: prints figures, asserts nothing. `npm run bench [-- --quick] [-- --only w1,compose]`.
 *
 * Every workload is generated deterministically (bench/generate.ts) into a temp folder and
 * scanned by the built CLI (dist/cli.js) in a child process, timed by /usr/bin/time: wall,
 * CPU (user + sys), peak RSS. Each ratio is to a floor measured in the same run on the same
 * files: a node process that reads them and parses them (JSON.parse; the yaml library for YAML).
 * The process CPU is what to compare: this machine is shared and wall times are noisy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCdkTemplates, writeCompose } from './generate.js';

const ROOT = join(import.meta.dirname, '..');
/** PALISADE_BENCH_CLI: another build's cli.js, to compare two versions on the same inputs. */
const CLI = process.env.PALISADE_BENCH_CLI ?? join(ROOT, 'dist', 'cli.js');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1]! : args[args.indexOf(onlyArg) + 1] ?? '').split(',') : undefined;
const wanted = (name: string): boolean => !only || only.some((o) => name.toLowerCase().startsWith(o.toLowerCase()));

interface Measure {
  wall: number;
  cpu: number;
  rssMiB: number;
  status: number;
}

const TIME = '/usr/bin/time';

/** Runs a command under /usr/bin/time; figures of the child process only. */
function measure(cmd: string, argv: string[], cwd = ROOT, env?: NodeJS.ProcessEnv): Measure {
  const r = spawnSync(TIME, ['-f', 'BENCH %e %U %S %M', cmd, ...argv], { cwd, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...(env ? { env } : {}) });
  const line = (r.stderr ?? '').split('\n').reverse().find((l) => l.startsWith('BENCH '));
  if (!line) throw new Error(`${cmd} ${argv.join(' ')}: no timing (${(r.stderr ?? '').slice(-400)})`);
  const [, wall, user, sys, rss] = line.split(' ').map(Number) as [number, number, number, number, number];
  return { wall, cpu: user + sys, rssMiB: rss / 1024, status: r.status ?? -1 };
}

/** node + read + parse of the same files. */
function floor(dir: string, parser: 'json' | 'yaml'): Measure {
  const code = parser === 'json'
    ? `const fs=require('fs'),p=require('path');const w=(d)=>fs.readdirSync(d).flatMap(n=>{const f=p.join(d,n);return fs.statSync(f).isDirectory()?w(f):[f]});let n=0;for(const f of w(process.argv[1]))n+=Object.keys(JSON.parse(fs.readFileSync(f,'utf8'))).length;`
    : `const fs=require('fs'),p=require('path'),y=require('yaml');const w=(d)=>fs.readdirSync(d).flatMap(n=>{const f=p.join(d,n);return fs.statSync(f).isDirectory()?w(f):[f]});let n=0;for(const f of w(process.argv[1]))n+=Object.keys(y.parse(fs.readFileSync(f,'utf8'))??{}).length;`;
  return measure(process.execPath, ['-e', code, dir]);
}

interface Row {
  workload: string;
  resources: number | string;
  palisade?: Measure;
  floor?: Measure;
  note?: string;
}

const rows: Row[] = [];

function scanCli(dir: string, out: string): Measure {
  return measure(process.execPath, [CLI, 'scan', '.', '--quiet', '--fail-on', 'none', '--json', out], dir);
}

function resourcesIn(json: string): number {
  try {
    return (JSON.parse(readFileSync(json, 'utf8')) as { summary: { resources: number } }).summary.resources;
  } catch {
    return NaN;
  }
}

function fileWorkload(name: string, make: (dir: string) => void, parser: 'json' | 'yaml'): void {
  if (!wanted(name)) return;
  const dir = mkdtempSync(join(tmpdir(), 'palisade-bench-'));
  const out = join(tmpdir(), `palisade-bench-${process.pid}.json`);
  try {
    make(join(dir, 'in'));
    const fl = floor(join(dir, 'in'), parser);
    const p = scanCli(join(dir, 'in'), out);
    rows.push({ workload: name, resources: resourcesIn(out), palisade: p, floor: fl, ...(p.status > 1 && p.status !== 3 ? { note: `exit ${p.status}` } : {}) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { force: true });
  }
  print(rows.at(-1)!);
}

function fmt(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '-';
}

function print(r: Row): void {
  const p = r.palisade;
  const f = r.floor;
  const perSec = p && typeof r.resources === 'number' && p.cpu > 0 ? Math.round(r.resources / p.wall) : NaN;
  console.log(
    [
      r.workload.padEnd(30),
      String(r.resources).padStart(7),
      p ? fmt(p.wall).padStart(7) : '-'.padStart(7),
      p ? fmt(p.cpu).padStart(7) : '-'.padStart(7),
      (Number.isFinite(perSec) ? String(perSec) : '-').padStart(8),
      p ? fmt(p.rssMiB, 0).padStart(7) : '-'.padStart(7),
      f ? fmt(f.cpu).padStart(7) : '-'.padStart(7),
      p && f ? `${fmt(p.cpu / f.cpu, 1)}x`.padStart(7) : '-'.padStart(7),
      r.note ?? '',
    ].join(' | '),
  );
}

console.log(`palisade bench ${new Date().toISOString().slice(0, 10)}${quick ? ' (--quick)' : ''}: node ${process.version}, CPU = user + sys of the process`);
console.log(['workload'.padEnd(30), 'res.'.padStart(7), 'wall s'.padStart(7), 'CPU s'.padStart(7), 'res./s'.padStart(8), 'RSS MiB'.padStart(7), 'floor s'.padStart(7), 'ratio'.padStart(7), 'note'].join(' | '));

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: npm run build first');

const w1 = quick ? 200 : 1000;
fileWorkload(`W1: ${w1} CDK JSON templates`, (d) => writeCdkTemplates(d, w1), 'json');
if (!quick) fileWorkload('W1x5: 5000 CDK JSON templates', (d) => writeCdkTemplates(d, 5000), 'json');
fileWorkload(`YAML twin: ${quick ? 50 : 200} W1 templates`, (d) => writeCdkTemplates(d, quick ? 50 : 200, 'yaml'), 'yaml');
const svc = quick ? 1000 : 3000;
fileWorkload(`Compose: 1 file of ${svc}`, (d) => writeCompose(d, svc), 'yaml');
fileWorkload(`Compose: ${svc / 10} files of 10`, (d) => writeCompose(d, svc, 10), 'yaml');

if (wanted('W2')) {
  const { w2 } = await import('./w2.js');
  await w2({ quick, cli: CLI, measure, floor, emit: (row) => { rows.push(row); print(row); } });
}

if (wanted('W3')) {
  const p = measure(process.execPath, [CLI, 'scan', 'fixtures/compose/insecure', 'fixtures/cdk/cdk.out', '--quiet', '--fail-on', 'none']);
  const f = measure(process.execPath, ['-e', '0']);
  rows.push({ workload: 'W3: pre-commit (fixtures)', resources: '-', palisade: p, floor: f, note: 'floor: node -e 0' });
  print(rows.at(-1)!);
}

if (wanted('HTML')) await (await import('./html.js')).benchHtml(quick);

// The pre-commit path: `scan --staged` in a git repository holding the same fixtures, staged.
if (wanted('W3')) {
  const repo = mkdtempSync(join(tmpdir(), 'palisade-bench-'));
  try {
    cpSync(join(ROOT, 'fixtures', 'compose', 'insecure'), join(repo, 'compose'), { recursive: true });
    cpSync(join(ROOT, 'fixtures', 'cdk', 'cdk.out'), join(repo, 'cdk.out'), { recursive: true });
    const git = (...a: string[]) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...a], { cwd: repo });
    git('init', '-q');
    git('add', '.');
    const p = measure(process.execPath, [CLI, 'scan', '--staged', '--quiet', '--fail-on', 'none'], repo);
    const f = measure(process.execPath, ['-e', '0']);
    rows.push({ workload: 'W3: scan --staged (fixtures)', resources: '-', palisade: p, floor: f, note: 'floor: node -e 0; includes git' });
    print(rows.at(-1)!);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

// Peers on W1, when installed (never installed by this script).
if (wanted('peers')) {
  for (const [tool, argv] of [
    ['checkov', ['-d', '.', '--quiet', '--compact', '-o', 'json']],
    ['kics', ['scan', '-p', '.', '--no-progress', '-o', tmpdir()]],
    ['trivy', ['config', '--quiet', '.']],
  ] as Array<[string, string[]]>) {
    const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
    if (!found) {
      console.log(`${tool.padEnd(30)} | not installed`);
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'palisade-bench-'));
    try {
      writeCdkTemplates(dir, w1);
      const m = measure(found, argv, dir);
      const ours = rows.find((r) => r.workload.startsWith('W1:'))?.palisade;
      console.log(`${`${tool} on W1 (${w1} templates)`.padEnd(30)} | wall ${fmt(m.wall)} s, CPU ${fmt(m.cpu)} s, RSS ${fmt(m.rssMiB, 0)} MiB${ours ? `, ${fmt(m.cpu / ours.cpu, 1)}x Palisade's CPU` : ''}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

// The wasm engine's cost per resource against the batch size (what DEFAULT_BATCH is chosen from).
if (wanted('curve')) {
  const { loadAll } = await import('../src/scan.js');
  const { discover } = await import('../src/sources/discover.js');
  const { nodeIO } = await import('../src/sources/io.js');
  const { evaluateBatches } = await import('../src/engine/evaluate.js');
  const dir = mkdtempSync(join(tmpdir(), 'palisade-bench-'));
  try {
    writeCdkTemplates(dir, quick ? 40 : 100);
    const found = await discover([dir]);
    const { resources } = await loadAll(found.inputs, nodeIO());
    const sizes = [...new Set([50, 100, 250, 500, 1000, 2000, resources.length].filter((n) => n <= resources.length))];
    // Warm-up over every resource (the wasm code tiers up while it runs), then each size three
    // times, interleaved, the least of each: the machine is shared.
    await evaluateBatches(resources, { required_tags: ['owner'] });
    const best = new Map<number, number>();
    for (let round = 0; round < 3; round++) {
      for (const size of sizes) {
        const t = process.cpuUsage();
        await evaluateBatches(resources, { required_tags: ['owner'] }, { batchSize: size });
        const c = process.cpuUsage(t);
        best.set(size, Math.min(best.get(size) ?? Infinity, c.user + c.system));
      }
    }
    const cells = sizes.map((size) => `${size === resources.length ? 'all' : size}: ${Math.round(best.get(size)! / resources.length)} µs`);
    console.log(`wasm CPU per resource by batch size (${resources.length} W1 resources, least of 3): ${cells.join(', ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
