// Property test (fast-check) of the IAM action rules on the compiled bundle: for random action
// patterns (mixed case, `*`, `?`, fragments of the actions the rules look for), the actions that
// PAL-IAM-014 (privilege escalation), the data-exfiltration rule and PAL-IAM-003 (iam:PassRole)
// report are exactly those an IAM wildcard match, written here as a regular expression, finds.
// It pins the rules' prefilters (aws.matched_by: equality for plain patterns, the literal head
// before the full match) to the matching they must not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { evaluateBatch } from '../src/engine/evaluate.js';
import type { Resource } from '../src/model/resource.js';
import { locationsOf } from '../src/model/locations.js';

const ESCALATION = [
  'iam:addusertogroup', 'iam:attachgrouppolicy', 'iam:attachrolepolicy', 'iam:attachuserpolicy', 'iam:createaccesskey',
  'iam:createloginprofile', 'iam:createpolicyversion', 'iam:deleterolepermissionsboundary', 'iam:deleteuserpermissionsboundary',
  'iam:putgrouppolicy', 'iam:putrolepermissionsboundary', 'iam:putrolepolicy', 'iam:putuserpermissionsboundary', 'iam:putuserpolicy',
  'iam:setdefaultpolicyversion', 'iam:updateassumerolepolicy', 'iam:updateloginprofile',
];
const READ = ['kms:decrypt', 's3:getobject', 'secretsmanager:getsecretvalue', 'ssm:getparameter', 'ssm:getparameters', 'ssm:getparametersbypath'];
const PIECES = ['iam:', 'IAM:', 'Pass', 'role', 'put', 'Policy', 'attach', 'user', 'create', 'version', 's3:', 'get', 'Object', 'kms:', 'decrypt', 'ssm:', 'parameter', 's', 'ssm:GetParameter', 'iam:PassRole', ':', 'x', '*', '*', '?'];

/** IAM's matching: `*` any run of characters, `?` one character, case-insensitive. */
function iamMatch(pattern: string, action: string): boolean {
  const re = pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 's').test(action);
}

function role(actions: string[]): Resource {
  const statement = { sid: null, effect: 'Allow', principal: null, not_principal: false, actions, not_actions: [], resources: ['*'], not_resources: [], conditions: {} };
  return {
    id: 't.json#Role',
    type: 'aws.iam.role',
    source: 'cloudformation',
    name: 'Role',
    properties: { role_name: null, assume_role_policy: null, policies: [{ name: 'p', document: { statements: [statement] } }], managed_policy_arns: [], permissions_boundary: null },
    tags: {},
    provenance: { kind: 'file', file: 't.json', span: { line: 1, endLine: 1 }, locations: locationsOf() },
  };
}

/** The actions a message lists after its colon. */
function listed(msg: string | undefined): string[] {
  if (!msg) return [];
  return msg.slice(msg.lastIndexOf(': ') + 2, -1).split(', ');
}

const pattern = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

test('the IAM action rules report exactly the actions an IAM wildcard match finds', () => {
  fc.assert(
    fc.property(fc.array(pattern, { minLength: 1, maxLength: 4 }), (actions) => {
      const results = evaluateBatch([role(actions)], { required_tags: [] });
      const msg = (rule: string) => results.find((r) => r.rule === rule)?.msg;
      // `*` and `iam:*` are other rules' (PAL-IAM-001/002); the exfiltration rule leaves out `<service>:*`.
      const escalating = actions.filter((a) => a !== '*' && a !== 'iam:*');
      const expectEscalation = ESCALATION.filter((t) => escalating.some((a) => iamMatch(a, t)));
      assert.deepEqual(listed(msg('aws.iam.privilege_escalation')), expectEscalation, `escalation for ${JSON.stringify(actions)}`);
      const reading = actions.filter((a) => a !== '*' && !a.endsWith(':*'));
      const expectRead = READ.filter((t) => reading.some((a) => iamMatch(a, t)));
      assert.deepEqual(listed(msg('aws.iam.data_exfiltration')), expectRead, `exfiltration for ${JSON.stringify(actions)}`);
      const passRole = escalating.some((a) => iamMatch(a, 'iam:passrole'));
      assert.equal(results.some((r) => r.rule === 'aws.iam.pass_role_wildcard'), passRole, `pass role for ${JSON.stringify(actions)}`);
    }),
    { numRuns: 300, seed: 11 },
  );
});
