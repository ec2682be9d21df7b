/**
 * Property (fast-check): secret-looking values planted in the environment given to the scan and
 * in every input field of Compose files and CloudFormation templates (names, references, paths,
 * values) never appear in any output: console, and every format behind `formatters` (see
 * helpers/outputs.ts: a format added there is covered here), error and warning messages included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { scan } from '../src/scan.js';
import { renderAll, assertNoLeak } from './helpers/outputs.js';

const alnum = (n: number) => fc.stringMatching(new RegExp(`^[A-Za-z0-9]{${n}}$`));
/** Shapes a secret scanner knows, each random enough never to occur by chance. */
const akiaArb = fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s}`);
const secretArb = fc.oneof(
  alnum(36).map((s) => `ghp_${s}`),
  akiaArb,
  alnum(24).map((s) => `sk_live_${s}`),
  alnum(24).map((s) => `xoxb-${s}`),
  fc.tuple(alnum(12), alnum(12), alnum(16)).map(([a, b, c]) => `eyJ${a}.eyJ${b}.${c}`),
);

const COMPOSE_FIELDS = [
  'service-name', 'image', 'container_name', 'depends_on', 'network', 'volume', 'secret', 'env_file', 'extends',
  'label-key', 'label', 'environment', 'command', 'ports', 'user', 'network_mode', 'top-network', 'healthcheck',
] as const;
type ComposeField = (typeof COMPOSE_FIELDS)[number];

/** A service with `v` in one field (v is the secret itself, or `${VAR}` naming it in the environment). */
function composeWith(field: ComposeField, v: string): string {
  const svc: Record<string, unknown> = { image: 'nginx:1.27', privileged: true };
  const doc: Record<string, unknown> = { services: {} };
  let name = 'app';
  switch (field) {
    case 'service-name': name = v; break;
    case 'image': svc.image = `registry.example/${v}:1`; break;
    case 'container_name': svc.container_name = v; break;
    case 'depends_on': svc.depends_on = [v]; break;
    case 'network': svc.networks = [v]; break;
    case 'volume': svc.volumes = [`${v}:/data`]; break;
    case 'secret': svc.secrets = [v]; break;
    case 'env_file': svc.env_file = `${v}.env`; break;
    case 'extends': svc.extends = { file: `${v}.yaml`, service: 'base' }; break;
    case 'label-key': svc.labels = { [v]: 'x' }; break;
    case 'label': svc.labels = { note: v }; break;
    case 'environment': svc.environment = { NOTE: v }; break;
    case 'command': svc.command = ['run', v]; break;
    case 'ports': svc.ports = [v]; break;
    case 'user': svc.user = v; break;
    case 'network_mode': svc.network_mode = v; break;
    case 'top-network': doc.networks = { [v]: { driver: v } }; break;
    case 'healthcheck': svc.healthcheck = { test: ['CMD', v] }; break;
  }
  (doc.services as Record<string, unknown>)[name] = svc;
  return stringify(doc);
}

const CFN_FIELDS = ['logical-id', 'type', 'bucket-name', 'tag', 'ref', 'getatt', 'condition', 'depends-on', 'parameter', 'policy', 'sub'] as const;
type CfnField = (typeof CFN_FIELDS)[number];

function templateWith(field: CfnField, v: string): string {
  const props: Record<string, unknown> = {};
  const bucket: Record<string, unknown> = { Type: 'AWS::S3::Bucket', Properties: props };
  const t: Record<string, unknown> = { AWSTemplateFormatVersion: '2010-09-09', Resources: {} };
  let id = 'Bucket';
  switch (field) {
    case 'logical-id': id = v; break;
    case 'type': bucket.Type = `AWS::${v}::Thing`; break;
    case 'bucket-name': props.BucketName = v; break;
    case 'tag': props.Tags = [{ Key: v, Value: v }]; break;
    case 'ref': props.BucketName = { Ref: v }; break;
    case 'getatt': props.BucketName = { 'Fn::GetAtt': [v, 'Arn'] }; break;
    case 'condition': bucket.Condition = v; break;
    case 'depends-on': bucket.DependsOn = v; break;
    case 'parameter': t.Parameters = { Name: { Type: 'String', Default: v, AllowedValues: ['a'] } }; props.BucketName = { Ref: 'Name' }; break;
    case 'policy': (t.Resources as Record<string, unknown>).Policy = { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Bucket' }, PolicyDocument: { Statement: [{ Effect: v, Principal: '*', Action: v, Resource: '*' }] } } }; break;
    case 'sub': props.BucketName = { 'Fn::Sub': `\${${v}}-x` }; break;
  }
  (t.Resources as Record<string, unknown>)[id] = bucket;
  return JSON.stringify(t, null, 2);
}

function writeTree(root: string, files: Record<string, string>): void {
  rmSync(root, { recursive: true, force: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content);
  }
}

test('property: secrets in the environment given to the scan, or written in any Compose field, never reach an output', async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'palisade-prop-')), 'repo');
  await fc.assert(
    fc.asyncProperty(secretArb, secretArb, fc.constantFrom(...COMPOSE_FIELDS), fc.boolean(), async (inEnv, written, field, viaEnv) => {
      // Either the field names a variable holding a secret, or the secret is written in it.
      const value = viaEnv && field !== 'service-name' && field !== 'label-key' && field !== 'top-network' ? '${PLANTED}' : written;
      writeTree(root, { 'compose.yaml': composeWith(field, value), 'other/compose.yaml': 'services:\n  sib:\n    image: nginx:1.27\n    privileged: true\n' });
      const result = await scan({ paths: ['.'], requiredTags: ['owner'], cwd: root, env: { PLANTED: inEnv, UNUSED_TOKEN: inEnv } });
      assert.ok(result.findings.some((f) => f.location?.file === 'other/compose.yaml'), 'the sibling is still judged');
      assertNoLeak(renderAll(result), [inEnv, written]);
    }),
    { numRuns: 60 },
  );
});

test('property: secrets written in any CloudFormation field never reach an output', async () => {
  const root = join(mkdtempSync(join(tmpdir(), 'palisade-prop-')), 'repo');
  await fc.assert(
    fc.asyncProperty(secretArb, akiaArb, fc.constantFrom(...CFN_FIELDS), async (any, alnumOnly, field) => {
      // A logical id is alphanumeric: the secret shape that fits one is an AWS key id.
      const written = field === 'logical-id' ? alnumOnly : any;
      writeTree(root, { 'stack.json': templateWith(field, written) });
      const result = await scan({ paths: ['.'], requiredTags: ['owner'], cwd: root });
      assertNoLeak(renderAll(result), [written]);
    }),
    { numRuns: 60 },
  );
});
