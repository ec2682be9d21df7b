// SAM templates read as written: Serverless functions and simple tables become the Lambda and
// DynamoDB shapes (Globals folded in, each value at the line it came from); what is still not
// read is named in a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../src/sources/cloudformation/index.js';
import { isUnknown } from '../src/model/resource.js';
import { spanAt } from '../src/model/locations.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanPaths } from './helpers/scan.js';
import { POLICY_TEMPLATES } from '../src/sources/cloudformation/sam-policies.js';

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Tracing: Active
    Environment:
      Variables:
        STAGE: prod
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      ReservedConcurrentExecutions: 5
      Policies:
        - AWSLambdaBasicExecutionRole
  Table:
    Type: AWS::Serverless::SimpleTable
  Api:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: sm.json
`;

test('a Serverless function takes Globals.Function defaults, at the Globals lines', () => {
  const { resources } = loadTemplate('sam.yaml', TEMPLATE);
  const fn = resources.find((r) => r.name === 'Fn');
  assert.ok(fn, 'the Serverless function is a resource');
  assert.equal(fn.type, 'aws.lambda.function');
  assert.equal(fn.properties.runtime, 'python3.12');
  assert.equal(fn.properties.tracing, 'Active');
  assert.equal(fn.properties.reserved_concurrency, 5);
  assert.deepEqual(Object.keys(fn.properties.environment as object), ['STAGE']);
  const prov = fn.provenance;
  assert.ok('locations' in prov);
  const at = (path: string): number | undefined => spanAt(prov.locations, path)?.line;
  assert.equal(at('properties.runtime'), 5);
  assert.equal(at('properties.tracing'), 6);
  assert.equal(at('properties.reserved_concurrency'), 16);
});

test('a simple table is a DynamoDB table without point-in-time recovery', () => {
  const { resources } = loadTemplate('sam.yaml', TEMPLATE);
  const table = resources.find((r) => r.name === 'Table');
  assert.equal(table?.type, 'aws.dynamodb.table');
  assert.equal(table?.properties.point_in_time_recovery, false);
});

test('what is still not read is named in warnings', () => {
  const { errors } = loadTemplate('sam.yaml', TEMPLATE);
  assert.deepEqual(
    errors.map((e) => [e.level, e.line, e.message]),
    [
      ['warning', 21, 'cloudformation: 1 SAM resource (AWS::Serverless::StateMachine) not analyzed: the SAM transform that turns them into CloudFormation resources is not applied (Serverless functions, APIs and simple tables are read as written)'],
    ],
  );
});

// What the SAM transform creates from a function's Policies and Events (issue 10): its role,
// judged by the IAM rules, and the methods and routes of its Api and HttpApi events, judged by
// the method-authorization rule, each at the lines it comes from.
const POLICIES = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Tracing: Active
      Policies:
        - AmazonS3ReadOnlyAccess
        - arn:aws:iam::123456789012:policy/shared
        - S3CrudPolicy:
            BucketName: !Ref Uploads
        - Statement:
            - Effect: Allow
              Action: sqs:SendMessage
              Resource: "*"
        - MadeUpPolicy: {}
        - DynamoDBCrudPolicy: {}
      Events:
        Jobs:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:eu-west-1:123456789012:jobs
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
        Devices:
          Type: IoTRule
          Properties:
            Sql: SELECT * FROM 'devices'
  Given:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Role: arn:aws:iam::123456789012:role/existing
      Policies: AdministratorAccess
`;

test("a Serverless function without Role gets the role SAM creates, <Id>Role, with its Policies at their lines", () => {
  const { resources } = loadTemplate('sam.yaml', POLICIES);
  const role = resources.find((r) => r.name === 'WorkerRole');
  assert.ok(role, 'the implicit role is a resource');
  assert.equal(role.type, 'aws.iam.role');
  const p = role.properties as any;
  assert.deepEqual(p.managed_policy_arns, [
    'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
    'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAccess',
    'arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole',
    'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    'arn:aws:iam::123456789012:policy/shared',
  ]);
  assert.deepEqual(p.assume_role_policy.statements[0].principal.service, ['lambda.amazonaws.com']);
  // The template expands to its statements; the inline document is read as written.
  assert.deepEqual(p.policies.map((x: any) => x.name), ['WorkerRolePolicy0', 'WorkerRolePolicy1']);
  const crud = p.policies[0].document.statements[0];
  assert.ok(crud.actions.includes('s3:deleteobject') && crud.actions.includes('s3:putobject'));
  assert.equal(crud.resources.length, 2);
  assert.deepEqual(p.policies[1].document.statements[0].actions, ['sqs:sendmessage']);
  const at = (path: string): number | undefined => ('locations' in role.provenance ? spanAt(role.provenance.locations, path)?.line : undefined);
  assert.equal(at('properties.managed_policy_arns.3'), 13);
  assert.equal(at('properties.managed_policy_arns.4'), 14);
  assert.equal(at('properties.policies.0.document.statements.0.actions'), 15);
  assert.equal(at('properties.policies.1.document.statements.0.actions'), 19);
  // A function naming its own Role gets none from SAM: its Policies are ignored by SAM too.
  assert.equal(resources.find((r) => r.name === 'GivenRole'), undefined);
});

test('an unknown policy template, a template without its parameter and unread events are named in warnings', () => {
  const { errors } = loadTemplate('sam.yaml', POLICIES);
  assert.deepEqual(
    errors.map((e) => [e.level, e.line, e.message]),
    [
      ['warning', 21, 'cloudformation: SAM policy template MadeUpPolicy (in the Policies of Worker) is not known to Palisade: what it grants is not analyzed'],
      ['warning', 22, 'cloudformation: SAM policy template DynamoDBCrudPolicy (in the Policies of Worker) lacks TableName: not analyzed'],
      ['warning', 6, 'cloudformation: the permissions and resources the SAM transform creates for IoTRule events (of Worker) are not analyzed'],
    ],
  );
});

const EVENTS = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Api:
    Auth:
      ApiKeyRequired: true
Resources:
  Secured:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: Pool
        Authorizers:
          Pool:
            UserPoolArn: arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Events:
        List:
          Type: Api
          Properties:
            Path: /items
            Method: get
        Open:
          Type: Api
          Properties:
            Path: /health
            Method: get
            Auth:
              ApiKeyRequired: false
        Pooled:
          Type: Api
          Properties:
            RestApiId: !Ref Secured
            Path: /items
            Method: post
        Public:
          Type: Api
          Properties:
            RestApiId: !Ref Secured
            Path: /public
            Method: get
            Auth:
              Authorizer: NONE
        Elsewhere:
          Type: Api
          Properties:
            RestApiId: !ImportValue shared-api
            Path: /x
            Method: get
        Catchall:
          Type: HttpApi
`;

test('pushing events are the Lambda permissions SAM adds, scoped to their source; pollers add none', () => {
  const { resources } = loadTemplate('sam.yaml', POLICIES);
  const fn = resources.find((r) => r.name === 'Worker')!;
  const permissions = (fn.properties as any).permissions;
  assert.equal(permissions.length, 1);
  assert.equal(permissions[0].principal, 'events.amazonaws.com');
  assert.ok(isUnknown(permissions[0].source_arn));
  assert.equal(spanAt((fn.provenance as any).locations, 'properties.permissions.0')!.line, 28);
  assert.equal(resources.find((r) => r.name === 'WorkerNightlyPermission'), undefined);
});

test('Api and HttpApi events are methods and routes with the authorization of the event, else of their API', () => {
  const { resources, errors } = loadTemplate('sam.yaml', EVENTS);
  assert.deepEqual(errors, []);
  const method = (name: string): any => resources.find((r) => r.name === name);
  const props = (name: string): any => method(name)?.properties;
  // The implicit API takes Globals.Api: a key is required unless the event says otherwise.
  assert.deepEqual(props('HandlerList'), { api_version: 'v1', method: 'GET', authorization_type: 'NONE', api_key_required: true });
  assert.deepEqual(props('HandlerOpen'), { api_version: 'v1', method: 'GET', authorization_type: 'NONE', api_key_required: false });
  assert.equal(props('HandlerPooled').authorization_type, 'COGNITO_USER_POOLS');
  assert.equal(props('HandlerPublic').authorization_type, 'NONE');
  assert.ok(isUnknown(props('HandlerElsewhere').authorization_type));
  assert.deepEqual(props('HandlerCatchall'), { api_version: 'v2', method: '$default', authorization_type: 'NONE', api_key_required: false });
  const line = (name: string, path: string): number | undefined => (method(name) ? spanAt(method(name)!.provenance.locations, path)?.line : undefined);
  assert.equal(line('HandlerOpen', 'properties.api_key_required'), 34);
  assert.equal(line('HandlerPooled', 'properties.authorization_type'), 13);
  assert.equal(line('HandlerPublic', 'properties.authorization_type'), 48);
  assert.equal(method('HandlerList').provenance.span.line, 23);
  // The implicit APIs exist, as stages, at the first event that creates them.
  assert.equal(method('ServerlessRestApi')?.type, 'aws.apigateway.stage');
  assert.equal(method('ServerlessRestApi')?.provenance.span.line, 23);
  assert.equal(method('ServerlessHttpApi')?.provenance.span.line, 55);
});

test("a Permission, Url or log group naming a Serverless function belongs to it, as to the Lambda function SAM creates", () => {
  const { resources, errors } = loadTemplate(
    'sam.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Resize:
    Type: AWS::Serverless::Function
    Properties:
      FunctionName: resize
      Handler: app.handler
      Runtime: python3.12
  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Ref Resize
      Action: lambda:InvokeFunction
      Principal: s3.amazonaws.com
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /aws/lambda/resize
      RetentionInDays: 30
`,
  );
  assert.deepEqual(errors, []);
  // The Permission is no resource of its own (it was judged as one on a function outside the template).
  assert.deepEqual(resources.map((r) => r.name).sort(), ['Logs', 'Resize', 'ResizeRole']);
  const fn = resources.find((r) => r.name === 'Resize')!.properties as any;
  assert.equal(fn.permissions[0].principal, 's3.amazonaws.com');
  assert.equal(fn.log_group.retention_days, 30);
});

test("Globals merge as SAM merges them: mappings key by key (the resource's value wins), at each value's line", () => {
  const { resources } = loadTemplate(
    'sam.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Environment:
      Variables:
        STAGE: prod
        LOG_LEVEL: info
  Api:
    Auth:
      ApiKeyRequired: true
Resources:
  Secured:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        DefaultAuthorizer: AWS_IAM
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Environment:
        Variables:
          LOG_LEVEL: debug
          TABLE: orders
      Events:
        Get:
          Type: Api
          Properties:
            RestApiId: !Ref Secured
            Path: /
            Method: get
`,
  );
  const fn = resources.find((r) => r.name === 'Fn')!;
  assert.deepEqual(Object.keys(fn.properties.environment as object).sort(), ['LOG_LEVEL', 'STAGE', 'TABLE']);
  const at = (path: string): number | undefined => spanAt((fn.provenance as any).locations, path)?.line;
  assert.equal(at('properties.environment.STAGE'), 7);
  assert.equal(at('properties.environment.LOG_LEVEL'), 25);
  assert.equal(at('properties.environment.TABLE'), 26);
  // The API's own Auth and the global one are merged: IAM authorization and an API key.
  assert.deepEqual(resources.find((r) => r.name === 'FnGet')?.properties, { api_version: 'v1', method: 'GET', authorization_type: 'AWS_IAM', api_key_required: true });
});

test("what SAM creates for a function shares its Condition and Metadata: not deployed without it, suppressed with it", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-sam-'));
  try {
    const file = join(dir, 'sam.yaml');
    writeFileSync(
      file,
      `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Conditions:
  Never: !Equals [a, b]
Resources:
  Off:
    Type: AWS::Serverless::Function
    Condition: Never
    Properties:
      Runtime: python3.12
      Policies: AdministratorAccess
      Events:
        Get:
          Type: Api
          Properties:
            Path: /
            Method: get
  Admin:
    Type: AWS::Serverless::Function
    Metadata:
      palisade:
        ignore:
          - { id: PAL-IAM-007, reason: break-glass function }
    Properties:
      Runtime: python3.12
      Policies: AdministratorAccess
`,
    );
    const result = await scanPaths([file], []);
    const names = new Set(result.findings.map((f) => f.resource.name));
    for (const name of ['Off', 'OffRole', 'OffGet', 'OffGetPermission']) assert.ok(!names.has(name), name);
    const admin = result.findings.find((f) => f.ruleId === 'PAL-IAM-007');
    assert.equal(admin?.resource.name, 'AdminRole');
    assert.equal(admin?.location?.startLine, 26);
    assert.equal(admin?.suppressed, 'break-glass function');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('every known policy template expands, given its parameters, to statements on the resources they name, at its line', () => {
  const entries = POLICY_TEMPLATES.map(({ name, params }) => `        - ${name}:${params.length === 0 ? ' {}' : params.map((p) => `\n            ${p}: given-${p.toLowerCase()}`).join('')}`);
  const text = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Policies:
${entries.join('\n')}
`;
  const { resources, errors } = loadTemplate('sam.yaml', text);
  assert.deepEqual(errors, []);
  const role = resources.find((r) => r.name === 'FnRole')!;
  const policies = (role.properties as any).policies as Array<{ document: { statements: any[] } }>;
  assert.equal(policies.length, POLICY_TEMPLATES.length);
  const lines = text.split('\n');
  POLICY_TEMPLATES.forEach(({ name, params }, i) => {
    const statements = policies[i]!.document.statements;
    assert.ok(statements.length > 0, name);
    for (const s of statements) {
      assert.equal(s.effect, 'Allow', name);
      assert.ok(s.actions.length > 0 && s.actions.every((a: unknown) => typeof a === 'string' && /^[a-z0-9-]+:[a-z*]+/.test(a)), name);
      assert.ok(s.resources.length > 0, name);
    }
    // Every parameter is used; a string resource holds no unexpanded variable.
    for (const s of statements) for (const r of s.resources) if (typeof r === 'string') assert.ok(!r.includes('${'), `${name}: ${r}`);
    for (const p of params) {
      assert.ok(statements.some((s) => s.resources.some((r: unknown) => typeof r !== 'string' || r.includes(`given-${p.toLowerCase()}`))), `${name}: ${p}`);
    }
    const at = spanAt((role.provenance as any).locations, `properties.policies.${i}.document.statements.0.actions`)?.line;
    assert.equal(at, lines.indexOf(`        - ${name}:${params.length === 0 ? ' {}' : ''}`) + 1, name);
  });
});
