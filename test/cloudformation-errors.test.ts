// Bad input is data: every problem is an InputError naming the file and line, the rest of the
// template is still read, nothing throws or hangs, and no secret reaches a message or the model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InputError } from '../src/model/resource.js';
import { isUnknown } from '../src/model/resource.js';
import { REDACTED } from '../src/model/compose.js';
import { loadFixture, loadText } from './helpers/cloudformation.js';

const only = (errors: InputError[]): Array<[string, number | undefined, string]> => errors.map((e) => [e.level, e.line, e.message]);

test('malformed YAML: an error at the line, nothing else', () => {
  const t = loadFixture('bad/malformed.yaml');
  assert.deepEqual(only(t.errors), [['error', t.line('BucketName: "unterminated'), 'parse YAML: Missing closing "quote']]);
  assert.deepEqual(t.resources, []);
});

test('malformed JSON: an error at the line, worded for JSON, without the text that may hold a secret', () => {
  const t = loadFixture('bad/malformed.json');
  assert.equal(t.errors.length, 1);
  assert.equal(t.errors[0]!.level, 'error');
  assert.equal(t.errors[0]!.line, t.line('  ]'));
  assert.match(t.errors[0]!.message, /^parse JSON: /);
  assert.ok(!JSON.stringify(t.errors).includes('Sup3r-S3cret-Pa55'));
});

test('JSON with a duplicate key: an error at the duplicate, and the template is still read', () => {
  const t = loadFixture('bad/duplicate-key.json');
  assert.deepEqual(only(t.errors), [['error', t.line('"EnableKeyRotation": true'), 'parse JSON: Map keys must be unique']]);
  assert.equal(t.get('Key').properties.key_rotation, true, 'the last value wins, as JSON.parse would have it');
});

test('JSON that only YAML accepts (a trailing comma): a warning, and the template is read', () => {
  const t = loadFixture('bad/not-strict.json');
  // JSON.parse stops at the brace after the comma.
  assert.deepEqual(only(t.errors), [['warning', t.line('  }'), 'cloudformation: the template is not strict JSON (it was read as YAML)']]);
  assert.equal(t.get('Key').type, 'aws.kms.key');
});

test('Resources that is not a mapping, no Resources, a template that is not a mapping', () => {
  const t = loadFixture('bad/resources-not-a-map.yaml');
  assert.deepEqual(only(t.errors), [['error', t.line('Resources:'), 'cloudformation: Resources is not a mapping']]);
  assert.deepEqual(only(loadText('x.yaml', 'Parameters: {}\n').errors), [['error', 1, 'cloudformation: the template has no Resources section']]);
  assert.deepEqual(only(loadText('x.yaml', '').errors), [['error', 1, 'cloudformation: the template is not a mapping']]);
  assert.deepEqual(only(loadText('x.yaml', '- a\n- b\n').errors), [['error', 1, 'cloudformation: the template is not a mapping']]);
});

test('value problems: one message at each line, the value Unknown, the rest of the template read', () => {
  const t = loadFixture('bad/semantic.yaml');
  const want: Array<[string, number, string]> = [
    ['warning', t.line('AccessControl: !Unheard'), 'cloudformation: unknown tag !Unheard'],
    ['warning', t.line('Transform: Acme::Macro'), 'cloudformation: transform Acme::Macro may change the template when deployed; it is analyzed as written'],
    ['error', t.line('  NoType:'), 'cloudformation: resource NoType has no Type'],
    ['error', t.line('  NotAMapping:'), 'cloudformation: resource NotAMapping is not a mapping'],
    ['error', t.line('  Fn::ForEach::Buckets:'), 'cloudformation: Fn::ForEach::Buckets: the collection of Fn::ForEach is not known statically; the resources it generates are not analyzed'],
    ['warning', t.line('Fn::Frobnicate'), 'cloudformation: unknown intrinsic function Fn::Frobnicate'],
    ['warning', t.line('Pool: !Not'), 'cloudformation: circular condition: Loop depends on itself'],
    ['warning', t.line('Value: !Ref Nowhere'), 'cloudformation: Ref to Nowhere, which is not a parameter or resource of the template'],
    ['warning', t.line('Value: !GetAtt Nowhere.Arn'), 'cloudformation: Fn::GetAtt on Nowhere, which is not a resource of the template'],
    ['warning', t.line('!Select [5, [a, b]]'), 'cloudformation: Fn::Select index 5 is out of range for a list of 2'],
    ['warning', t.line('${Missing}'), 'cloudformation: Ref to Missing, which is not a parameter or resource of the template'],
    ['warning', t.line('NoSuchCondition'), 'cloudformation: condition NoSuchCondition is not defined in Conditions'],
    ['warning', t.line('!FindInMap [Nothing, a, b]'), 'cloudformation: Fn::FindInMap: Mappings has no entry Nothing.a.b'],
    ['warning', t.line('ObjectLockEnabled: [not, a, boolean]'), 'cloudformation: ObjectLockEnabled should be a boolean'],
    ['warning', t.line('  Chicken:'), 'cloudformation: circular dependency between resources: Chicken -> Egg -> Chicken'],
    ['warning', t.line('!ImportValue shared-tags'), 'cloudformation: the Tags of OpaqueTags cannot be known statically; a required-tag finding on it may be wrong'],
  ];
  assert.deepEqual(
    only(t.errors).sort((a, b) => a[1]! - b[1]! || a[2].localeCompare(b[2])),
    want.sort((a, b) => a[1] - b[1] || a[2].localeCompare(b[2])),
  );
  const strange = t.get('Strange');
  for (const key of ['bucket_name', 'acl', 'object_lock']) assert.ok(isUnknown(strange.properties[key]), key);
  for (const [key, value] of Object.entries(strange.tags)) assert.ok(isUnknown(value), `tag ${key}`);
  assert.equal(t.get('Fine').properties.key_rotation, true);
  assert.deepEqual(t.resources.map((r) => r.name).sort(), ['Chicken', 'Egg', 'Fine', 'OpaqueTags', 'Strange']);
});

test('a YAML bomb is an error with a line, quickly', () => {
  const lol = (n: number, prev: string): string => `${String.fromCharCode(96 + n)}: &${String.fromCharCode(96 + n)} [${Array(9).fill(prev).join(', ')}]`;
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let n = 2; n <= 9; n++) lines.push(lol(n, `*${String.fromCharCode(95 + n)}`));
  const text = `${lines.join('\n')}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: *i\n`;
  const t = loadText('bomb.yaml', text);
  assert.deepEqual(t.resources, []);
  assert.equal(t.errors.length, 1);
  assert.equal(t.errors[0]!.level, 'error');
  assert.equal(t.errors[0]!.line, 2, 'the first alias');
});

test('nesting deeper than the limit is an error with the line where it starts', () => {
  const deep = `Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: ${'['.repeat(400)}${']'.repeat(400)}\n`;
  const t = loadText('deep.yaml', deep);
  assert.deepEqual(only(t.errors), [['error', 5, 'parse YAML: nesting deeper than 200 levels']]);
});

test('an alias inside its own anchor is a warning; the resource is still read', () => {
  const t = loadText('alias.yaml', 'Resources:\n  A: &x\n    Type: AWS::S3::Bucket\n    Properties:\n      Tags: [{ Key: self, Value: *x }]\n');
  assert.deepEqual(only(t.errors), [['warning', 5, 'cloudformation: a YAML alias refers to a node that contains it']]);
  assert.equal(t.get('A').type, 'aws.s3.bucket');
});

test('password-like properties become secret facts; no secret reaches the model or a message', () => {
  const t = loadFixture('bad/secrets.yaml');
  assert.deepEqual(t.errors, []);
  const facts = (name: string, key = 'master_password'): unknown => t.get(name).properties[key];
  assert.deepEqual(facts('Literal'), { literal: true, managed: false });
  assert.deepEqual(facts('NoEcho'), { literal: false, managed: true });
  assert.deepEqual(facts('NoEchoDefault'), { literal: true, managed: true });
  assert.deepEqual(facts('Managed'), { literal: false, managed: true });
  const either = facts('Either') as { literal: boolean; managed: unknown };
  assert.equal(either.literal, true, 'a literal in either branch is written in the template');
  assert.ok(isUnknown(either.managed));
  assert.deepEqual(facts('Cache', 'auth_token'), { literal: true, managed: false });
  assert.equal(t.at('Literal', 'properties.master_password')?.line, t.line('MasterUserPassword: Sup3r-S3cret-Pa55'));
  const env = t.get('Fn').properties.environment as Record<string, { value: unknown; secret_name: boolean; secret_value: unknown }>;
  assert.ok(isUnknown(env.DB_PASSWORD!.value), 'a NoEcho parameter is never resolved, even with a default');
  assert.ok(isUnknown(env.PLAIN!.value));
  assert.deepEqual(env.AWS_KEY, { value: REDACTED, secret_name: true, secret_value: 'aws-access-key-id' });
  assert.equal(t.get('User').properties.login_profile, true);
  const tags = t.get('Script').tags;
  assert.ok(isUnknown(tags.boot), 'Fn::Base64 around a reference');
  assert.deepEqual([tags['api-token'], tags.team], [REDACTED, 'data'], 'tag values are redacted as Compose labels are');
  const everything = JSON.stringify(t.resources) + JSON.stringify(t.errors);
  const secrets = ['Sup3r-S3cret-Pa55', 'Def4ult-Passw0rd', 'plain-t0ken-value-123', 'Inl1ne-Passw0rd', 'AKIAIOSFODNN7EXAMPLE', 'Us3r-Passw0rd-Literal'];
  for (const secret of [...secrets, 'Scr1pt-Passw0rd', 'Tag-T0ken-Literal']) {
    assert.ok(!everything.includes(secret), `${secret} reached the model or a message`);
  }
});
