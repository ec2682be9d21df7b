// The cdk.out reader against the committed fixture assembly and against broken assemblies.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { loadCdkAssembly, readAssembly, type CdkStackTemplate } from '../src/sources/cdk/index.js';
import { nodeIO, type SourceIO } from '../src/sources/io.js';
import type { InputError } from '../src/model/resource.js';
import { locationsOf } from '../src/model/locations.js';

const FIXTURE = 'fixtures/cdk/cdk.out';
const APP = 'fixtures/cdk/app/lib';

/** 1-based line of the first line containing `text` in a file of the fixture app. */
function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  assert.notEqual(index, -1, `${file} has no line containing ${text}`);
  return index + 1;
}

function resourcesOf(templateFile: string): Record<string, { Type: string }> {
  return JSON.parse(readFileSync(templateFile, 'utf8')).Resources;
}

function logicalIdOfType(stack: CdkStackTemplate, type: string): string {
  const ids = Object.entries(resourcesOf(stack.templateFile)).filter(([, r]) => r.Type === type).map(([id]) => id);
  assert.equal(ids.length, 1, `${stack.templateFile}: expected one ${type}, found ${ids.join(', ')}`);
  return ids[0]!;
}

async function fixture() {
  const assembly = await readAssembly(FIXTURE, nodeIO());
  const byPath = (p: string) => {
    const s = assembly.stacks.find((x) => x.stackConstructPath === p);
    assert.ok(s, `no stack ${p} in ${assembly.stacks.map((x) => x.stackConstructPath).join(', ')}`);
    return s;
  };
  return { assembly, byPath };
}

test('the fixture assembly reads without errors: two stacks and one nested stack', async () => {
  const { assembly } = await fixture();
  assert.deepEqual(assembly.errors, []);
  assert.deepEqual(
    assembly.stacks.map((s) => [s.stackConstructPath, s.stackName, s.templateFile]),
    [
      ['Prod/Assistant', 'Prod-Assistant', `${FIXTURE}/assembly-Prod/ProdAssistantC5525A04.template.json`],
      ['Prod/Assistant/Audit', 'Prod-Assistant-AuditNestedStackAuditNestedStackResourceF69BD105', `${FIXTURE}/assembly-Prod/ProdAssistantAuditA6DEED7F.nested.template.json`],
      ['AssistantDev', 'AssistantDev', `${FIXTURE}/AssistantDev.template.json`],
    ],
  );
});

test('a trailing slash or ./ on the assembly dir changes nothing but the spelling', async () => {
  const { assembly } = await fixture();
  for (const spelling of [`${FIXTURE}/`, `./${FIXTURE}`]) {
    const other = await readAssembly(spelling, nodeIO());
    assert.deepEqual(other, assembly, spelling);
  }
});

test('the insecure bucket maps to its construct path and the line that creates it', async () => {
  const { byPath } = await fixture();
  const dev = byPath('AssistantDev');
  const bucket = logicalIdOfType(dev, 'AWS::S3::Bucket');
  const file = `${APP}/assistant-dev-stack.ts`;
  assert.deepEqual(dev.logicalIds[bucket], {
    constructPath: 'AssistantDev/Documents/Resource',
    sourceFile: file,
    sourceLine: lineOf(file, "new s3.Bucket(this, 'Documents'"),
  });
  assert.equal(dev.parent, undefined);
});

test('the insecure stack: each resource points at the line of its construct', async () => {
  const { byPath } = await fixture();
  const dev = byPath('AssistantDev');
  const file = `${APP}/assistant-dev-stack.ts`;
  const expected: Array<[string, string, string]> = [
    ['AWS::OpenSearchService::Domain', 'AssistantDev/Search/Resource', "new opensearch.Domain(this, 'Search'"],
    ['AWS::IAM::Role', 'AssistantDev/AgentRole/Resource', "new iam.Role(this, 'AgentRole'"],
    ['AWS::KMS::Key', 'AssistantDev/DataKey/Resource', "new kms.Key(this, 'DataKey'"],
    ['AWS::Logs::LogGroup', 'AssistantDev/AgentLogs/Resource', "new logs.LogGroup(this, 'AgentLogs'"],
    ['AWS::Lambda::Function', 'AssistantDev/Agent/Resource', "new lambda.Function(this, 'Agent'"],
  ];
  for (const [type, constructPath, text] of expected) {
    assert.deepEqual(dev.logicalIds[logicalIdOfType(dev, type)], { constructPath, sourceFile: file, sourceLine: lineOf(file, text) }, type);
  }
});

test('the Stage stack is found inside the nested assembly', async () => {
  const { byPath } = await fixture();
  const prod = byPath('Prod/Assistant');
  assert.match(prod.templateFile, /^fixtures\/cdk\/cdk\.out\/assembly-Prod\//);
  const file = `${APP}/assistant-stack.ts`;
  const documents = Object.entries(prod.logicalIds).find(([, info]) => info.constructPath === 'Prod/Assistant/Documents/Resource');
  assert.ok(documents);
  assert.deepEqual(documents[1], { constructPath: 'Prod/Assistant/Documents/Resource', sourceFile: file, sourceLine: lineOf(file, "new s3.Bucket(this, 'Documents'") });
});

test('the nested stack template is found with its parent', async () => {
  const { byPath } = await fixture();
  const prod = byPath('Prod/Assistant');
  const audit = byPath('Prod/Assistant/Audit');
  assert.deepEqual(audit.parent, { templateFile: prod.templateFile, logicalId: logicalIdOfType(prod, 'AWS::CloudFormation::Stack') });
  const file = `${APP}/audit-nested-stack.ts`;
  assert.deepEqual(audit.logicalIds[logicalIdOfType(audit, 'AWS::SQS::Queue')], {
    constructPath: 'Prod/Assistant/Audit/AuditEvents/Resource',
    sourceFile: file,
    sourceLine: lineOf(file, "new sqs.Queue(this, 'AuditEvents'"),
  });
  // The nested stack's resources are not attributed to the parent, nor the parent's to it.
  assert.ok(!Object.values(prod.logicalIds).some((i) => i.constructPath.startsWith('Prod/Assistant/Audit/')));
  assert.ok(Object.values(audit.logicalIds).every((i) => i.constructPath.startsWith('Prod/Assistant/Audit/')));
});

test('every resource of every template has a construct path and a line in the app', async () => {
  const { assembly } = await fixture();
  for (const stack of assembly.stacks) {
    for (const id of Object.keys(resourcesOf(stack.templateFile))) {
      const info = stack.logicalIds[id];
      assert.ok(info, `${stack.templateFile}#${id}: no CDK info`);
      assert.ok(info.constructPath.startsWith(`${stack.stackConstructPath}/`), `${id}: ${info.constructPath}`);
      assert.match(info.sourceFile ?? '', /^fixtures\/cdk\/app\/lib\/[\w-]+\.ts$/, `${id}: ${JSON.stringify(info)}`);
      assert.ok((info.sourceLine ?? 0) >= 1);
    }
  }
});

test('loadCdkAssembly marks resources as cdk and attaches their CdkInfo', async () => {
  const { byPath } = await fixture();
  const dev = byPath('AssistantDev');
  const bucket = logicalIdOfType(dev, 'AWS::S3::Bucket');
  const result = await loadCdkAssembly(FIXTURE, nodeIO());
  assert.deepEqual(result.errors, []);
  assert.ok(result.resources.length > 0);
  assert.ok(result.resources.every((r) => r.source === 'cdk'));
  const loaded = result.resources.find((r) => r.provenance.kind === 'file' && r.provenance.file === dev.templateFile && r.name === bucket);
  assert.ok(loaded, 'the insecure bucket was not loaded');
  assert.equal(loaded.provenance.kind, 'file');
  if (loaded.provenance.kind === 'file') assert.deepEqual(loaded.provenance.cdk, dev.logicalIds[bucket]);
});

test('loadCdkAssembly: a template loader that throws becomes an InputError; the other templates still load', async () => {
  const result = await loadCdkAssembly(FIXTURE, nodeIO(), {
    loadTemplate: (file) => {
      if (file.endsWith('AssistantDev.template.json')) throw new Error('boom');
      return {
        resources: [{ id: `${file}#X`, type: 't', source: 'cloudformation', name: 'NotInTheTemplate', properties: {}, tags: {}, provenance: { kind: 'file', file, span: { line: 1, endLine: 1 }, locations: locationsOf() } }],
        errors: [],
      };
    },
  });
  assert.deepEqual(result.errors, [{ file: `${FIXTURE}/AssistantDev.template.json`, level: 'error', message: 'cdk: load template: boom' }]);
  assert.equal(result.resources.length, 2);
  for (const r of result.resources) {
    assert.equal(r.source, 'cdk');
    assert.equal(r.provenance.kind === 'file' ? r.provenance.cdk : 'cloud', undefined);
  }
});

// --- broken assemblies -----------------------------------------------------------------------

const tempDirs: string[] = [];
after(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (path -> JSON value or raw text) under a fresh temp dir; returns the dir. */
function assemblyDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-cdk-'));
  tempDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

const stackArtifact = (templateFile: string, extra: Record<string, unknown> = {}) => ({ type: 'aws:cloudformation:stack', properties: { templateFile }, ...extra });
const template = (resources: Record<string, unknown> = { Bucket: { Type: 'AWS::S3::Bucket' } }) => ({ Resources: resources });

function onlyError(errors: InputError[], file: string, pattern: RegExp, level: InputError['level'] = 'error'): InputError {
  assert.equal(errors.length, 1, JSON.stringify(errors));
  const [e] = errors;
  assert.equal(e!.file, file);
  assert.equal(e!.level, level);
  assert.match(e!.message, pattern);
  return e!;
}

test('a missing manifest is an InputError naming it', async () => {
  const dir = assemblyDir({ 'A.template.json': template() });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.stacks, []);
  onlyError(r.errors, `${dir}/manifest.json`, /^cdk: read manifest: read: no such file/);
});

test('a malformed manifest is an InputError naming it with the line', async () => {
  const dir = assemblyDir({ 'manifest.json': '{\n  "version": "55.0.0",\n  "artifacts": {,\n}' });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.stacks, []);
  const e = onlyError(r.errors, `${dir}/manifest.json`, /^cdk: read manifest: parse: /);
  assert.equal(e.line, 3);
});

test('a missing template is an InputError naming it; the other stacks are still read', async () => {
  const dir = assemblyDir({
    'manifest.json': { artifacts: { Gone: stackArtifact('Gone.template.json'), Here: stackArtifact('Here.template.json') } },
    'Here.template.json': template(),
  });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.stacks.map((s) => s.stackName), ['Here']);
  onlyError(r.errors, `${dir}/Gone.template.json`, /template of stack "Gone".*manifest\.json.*no such file/);
});

test('a malformed template is an InputError naming it', async () => {
  const dir = assemblyDir({ 'manifest.json': { artifacts: { A: stackArtifact('A.template.json') } }, 'A.template.json': '{"Resources": ' });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.stacks, []);
  onlyError(r.errors, `${dir}/A.template.json`, /parse/);
});

test('nested assemblies that loop are read once and reported', async () => {
  const dir = assemblyDir({
    'manifest.json': { artifacts: { 'assembly-Stage': { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Stage' } } } },
    'assembly-Stage/manifest.json': {
      artifacts: { Back: { type: 'cdk:cloud-assembly', properties: { directoryName: '..' } }, S: stackArtifact('S.template.json') },
    },
    'assembly-Stage/S.template.json': template(),
  });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.stacks.map((s) => s.templateFile), [`${dir}/assembly-Stage/S.template.json`]);
  onlyError(r.errors, `${dir}/assembly-Stage/manifest.json`, /nested assembly "Back".*already read: the manifests loop/, 'warning');
});

test('a manifest that names itself as a nested assembly is reported', async () => {
  const dir = assemblyDir({ 'manifest.json': { artifacts: { Self: { type: 'cdk:cloud-assembly', properties: { directoryName: '.' } } } } });
  const r = await readAssembly(dir, nodeIO());
  onlyError(r.errors, `${dir}/manifest.json`, /loop/, 'warning');
});

test('paths that leave the assembly are refused', async () => {
  const dir = assemblyDir({
    'manifest.json': {
      artifacts: {
        Up: { type: 'cdk:cloud-assembly', properties: { directoryName: '../..' } },
        Abs: stackArtifact('/etc/passwd'),
      },
    },
  });
  const r = await readAssembly(dir, nodeIO());
  assert.equal(r.errors.length, 2, JSON.stringify(r.errors));
  for (const e of r.errors) {
    assert.equal(e.file, `${dir}/manifest.json`);
    assert.match(e.message, /points outside the cloud assembly/);
  }
});

test('a missing nested stack template is reported; its parent is still read', async () => {
  const dir = assemblyDir({
    'manifest.json': { artifacts: { P: stackArtifact('P.template.json') } },
    'P.template.json': template({ N: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'PN.nested.template.json' } } }),
  });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.stacks.map((s) => s.stackName), ['P']);
  onlyError(r.errors, `${dir}/PN.nested.template.json`, /template of nested stack "N".*P\.template\.json.*no such file/);
});

test('a nested stack that includes itself is read once and reported', async () => {
  const dir = assemblyDir({
    'manifest.json': { artifacts: { P: stackArtifact('P.template.json') } },
    'P.template.json': template({ N: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'P.template.json' } } }),
  });
  const r = await readAssembly(dir, nodeIO());
  assert.equal(r.stacks.length, 1);
  onlyError(r.errors, `${dir}/P.template.json`, /already read: the nested stacks loop/, 'warning');
});

test('a broken metadata file is reported; the template path metadata still gives construct paths', async () => {
  const dir = assemblyDir({
    'manifest.json': { artifacts: { A: stackArtifact('A.template.json', { additionalMetadataFile: 'A.metadata.json' }) } },
    'A.metadata.json': '{ nope',
    'A.template.json': template({ Bucket1: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:cdk:path': 'A/Bucket/Resource' } } }),
  });
  const r = await readAssembly(dir, nodeIO());
  onlyError(r.errors, `${dir}/A.metadata.json`, /read metadata of stack "A": parse/);
  assert.deepEqual(r.stacks[0]?.logicalIds, { Bucket1: { constructPath: 'A/Bucket/Resource' } });
});

test('inline manifest metadata with full V8 frames (older CDK) resolves to the first user frame, relative to cwd', async () => {
  const dir = assemblyDir({
    'manifest.json': {
      artifacts: {
        Old: stackArtifact('Old.template.json', {
          metadata: {
            '/Old': [{ type: 'aws:cdk:templateFile', data: 'Old.template.json' }],
            '/Old/Bucket/Resource': [
              { type: 'aws:cdk:logicalId', data: 'BucketABC' },
              {
                type: 'aws:cdk:creationStack',
                data: [
                  'new CfnBucket (/home/me/app/node_modules/aws-cdk-lib/aws-s3/lib/s3.generated.js:1:1)',
                  'new Bucket (/home/me/app/node_modules/aws-cdk-lib/aws-s3/lib/bucket.js:1:2)',
                  'new OldStack (/home/me/app/lib/old-stack.ts:12:5)',
                  'Object.<anonymous> (/home/me/app/bin/app.ts:7:1)',
                  'Module._compile (node:internal/modules/cjs/loader:1105:14)',
                ],
              },
            ],
          },
        }),
      },
    },
    'Old.template.json': template({ BucketABC: { Type: 'AWS::S3::Bucket' } }),
  });
  const r = await readAssembly(dir, nodeIO(), { cwd: '/home/me/app' });
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.stacks[0]?.stackConstructPath, 'Old');
  assert.deepEqual(r.stacks[0]?.logicalIds, { BucketABC: { constructPath: 'Old/Bucket/Resource', sourceFile: 'lib/old-stack.ts', sourceLine: 12 } });
});

test('without any metadata, construct paths come from tree.json and its forest files', async () => {
  const dir = assemblyDir({
    'manifest.json': { artifacts: { Tree: { type: 'cdk:tree', properties: { file: 'tree.json' } }, S: stackArtifact('S.template.json', { displayName: 'S' }) } },
    'tree.json': {
      version: 'tree-0.1',
      tree: {
        id: 'App',
        path: '',
        children: {
          S: {
            id: 'S',
            path: 'S',
            children: {
              Bucket: { id: 'Bucket', path: 'S/Bucket', fileName: 'trees-1.json', treeId: 't0' },
            },
          },
        },
      },
    },
    'trees-1.json': {
      version: 'forest-0.1',
      forest: {
        t0: { id: 'Bucket', path: 'S/Bucket', children: { Resource: { id: 'Resource', path: 'S/Bucket/Resource', attributes: { 'aws:cdk:cloudformation:logicalId': 'BucketXYZ' } } } },
      },
    },
    'S.template.json': template({ BucketXYZ: { Type: 'AWS::S3::Bucket' } }),
  });
  const r = await readAssembly(dir, nodeIO());
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.stacks[0]?.logicalIds, { BucketXYZ: { constructPath: 'S/Bucket/Resource' } });
});

// --- never a throw ---------------------------------------------------------------------------

function memoryIO(files: Map<string, string>): SourceIO {
  return {
    readText: async (path) => files.get(path) ?? { file: path, level: 'error', message: 'read: no such file' },
    exists: async (path) => files.has(path),
  };
}

test('any manifest, metadata and templates: readAssembly returns, never throws', async () => {
  const name = fc.constantFrom('manifest.json', 'a.template.json', 'b.json', 'a.metadata.json', 'sub', '..', '.', 'tree.json', '/abs');
  const json = fc.oneof(
    fc.jsonValue(),
    fc.record({
      type: fc.constantFrom('aws:cloudformation:stack', 'cdk:cloud-assembly', 'cdk:tree', 'aws:cdk:logicalId', 'aws:cdk:creationStack', 'AWS::CloudFormation::Stack'),
      properties: fc.dictionary(fc.constantFrom('templateFile', 'directoryName', 'file', 'stackName'), name),
      Metadata: fc.dictionary(fc.constantFrom('aws:asset:path', 'aws:cdk:path'), name),
      data: fc.oneof(name, fc.array(fc.string())),
    }),
  );
  const tree = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, json, fc.dictionary(fc.oneof(name, fc.constantFrom('artifacts', 'Resources', 'metadata', 'additionalMetadataFile')), tie('node'), { maxKeys: 4 })),
  })).node;
  const files = fc.dictionary(fc.constantFrom('d/manifest.json', 'd/a.template.json', 'd/a.metadata.json', 'd/sub/manifest.json', 'd/tree.json'), tree.map((v) => JSON.stringify(v)));
  await fc.assert(
    fc.asyncProperty(files, async (f) => {
      const r = await readAssembly('d', memoryIO(new Map(Object.entries(f))));
      assert.ok(Array.isArray(r.stacks) && Array.isArray(r.errors));
    }),
    { numRuns: 300 },
  );
});
