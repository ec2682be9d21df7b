// Regressions found by reading real-world templates: each case is a minimal template of our
// own that reproduces what a real one did, with the value and the line it must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadText } from './helpers/cloudformation.js';

test('a Lambda permission for "*" limited to an organization keeps its PrincipalOrgID and line', () => {
  const t = loadText(
    'org.yaml',
    `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.12, Handler: i.h, Role: arn:aws:iam::111122223333:role/r, Code: {ZipFile: x}}
  OrgInvoke:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Fn
      Action: lambda:InvokeFunction
      Principal: "*"
      PrincipalOrgID: o-a1b2c3d4e5
`,
  );
  assert.deepEqual(t.errors, []);
  assert.equal((t.get('Fn').properties as any).permissions[0].principal_org_id, 'o-a1b2c3d4e5');
  assert.equal(t.at('Fn', 'properties.permissions.0.principal_org_id')?.line, t.line('PrincipalOrgID:'));
});
