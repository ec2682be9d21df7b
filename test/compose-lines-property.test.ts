/**
 * Property (fast-check): whatever syntax and layout a Compose file uses (map or list environment,
 * short or long ports, flow or block lists, comments and blank lines between keys, services in any
 * order), every finding points at a line that exists in its file and holds the attribute the rule
 * judged: the service key for service-level findings, else the key or entry itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { scan } from '../src/scan.js';

interface Fragment {
  /** Lines of the service body, each already indented by 4. */
  lines: (style: Style) => string[];
}
interface Style {
  listEnv: boolean;
  longPorts: boolean;
  flowCaps: boolean;
  comments: boolean;
}

const FRAGMENTS: Record<string, Fragment> = {
  privileged: { lines: () => ['    privileged: true'] },
  image: { lines: () => ['    image: postgres:latest'] },
  port: {
    lines: (s) => (s.longPorts ? ['    ports:', '      - target: 5432', '        published: "5432"'] : ['    ports:', '      - "5432:5432"']),
  },
  env: {
    lines: (s) =>
      s.listEnv
        ? ['    environment:', '      - POSTGRES_PASSWORD=postgres', '      - API_TOKEN=abcdefghijklmnopqrstuvwxyz012345']
        : ['    environment:', '      POSTGRES_PASSWORD: postgres', '      API_TOKEN: abcdefghijklmnopqrstuvwxyz012345'],
  },
  caps: { lines: (s) => (s.flowCaps ? ['    cap_add: [SYS_ADMIN, NET_ADMIN]'] : ['    cap_add:', '      - SYS_ADMIN', '      - NET_ADMIN']) },
  socket: { lines: () => ['    volumes:', '      - /var/run/docker.sock:/var/run/docker.sock'] },
  network: { lines: () => ['    network_mode: host'] },
};

const serviceArb = fc.record({
  name: fc.constantFrom('db', 'web', 'agent', 'cache', 'minio'),
  parts: fc.subarray(Object.keys(FRAGMENTS), { minLength: 1 }),
});
const docArb = fc.record({
  services: fc.uniqueArray(serviceArb, { selector: (s) => s.name, minLength: 1, maxLength: 4 }),
  style: fc.record({ listEnv: fc.boolean(), longPorts: fc.boolean(), flowCaps: fc.boolean(), comments: fc.boolean() }),
  blank: fc.nat({ max: 3 }),
});

type Doc = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function render(doc: Doc): string {
  const out = ['# generated', 'services:'];
  for (const svc of doc.services) {
    out.push(`  ${svc.name}:`);
    for (const part of svc.parts) {
      if (doc.style.comments) out.push(`    # ${part}`);
      for (let i = 0; i < doc.blank; i++) out.push('');
      out.push(...FRAGMENTS[part]!.lines(doc.style));
    }
  }
  return `${out.join('\n')}\n`;
}

/** What the judged line must contain, from the finding's attribute path. */
function expectedText(path: string, resourceName: string): RegExp {
  const parts = path.split('.');
  const [, field, key] = parts;
  if (!field || parts[0] !== 'properties') return new RegExp(`^  ${resourceName}:`);
  switch (field) {
    case 'privileged':
      return /privileged: true/;
    case 'image':
      return /image: /;
    case 'ports':
      return /5432/;
    case 'environment':
      return new RegExp(key!);
    case 'cap_add':
      return /cap_add|SYS_ADMIN|NET_ADMIN/;
    case 'volumes':
      return /docker\.sock/;
    case 'network_mode':
      return /network_mode: host/;
    default:
      // A finding about something missing, reported on the service line or the key it sits under.
      return new RegExp(`^  ${resourceName}:|${field}`);
  }
}

test('every Compose finding lands on a line that holds its attribute, whatever the layout', { timeout: 300_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-lines-'));
  try {
    const file = join(dir, 'compose.yaml');
    const rel = relative(process.cwd(), file);
    await fc.assert(
      fc.asyncProperty(docArb, async (doc) => {
        const text = render(doc);
        writeFileSync(file, text);
        const result = await scan({ paths: [rel], requiredTags: [] });
        assert.deepEqual(result.errors.filter((e) => e.level === 'error'), []);
        const lines = readFileSync(file, 'utf8').split('\n');
        assert.ok(result.findings.length > 0);
        for (const f of result.findings) {
          assert.equal(f.location?.file, rel);
          const line = lines[f.location!.startLine - 1];
          assert.ok(line !== undefined, `${f.ruleId}: line ${f.location!.startLine} is past the end of the file`);
          assert.match(line, expectedText(f.path, f.resource.name), `${f.ruleId} (${f.path}) points at line ${f.location!.startLine}: ${JSON.stringify(line)}\n${text}`);
        }
      }),
      { numRuns: 60 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
