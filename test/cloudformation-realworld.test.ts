// Regressions found by reading real-world templates: each case is a minimal template of our
// own that reproduces what a real one did, with the value and the line it must give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUnknown } from '../src/model/resource.js';
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

test('Fn::ForEach (AWS::LanguageExtensions) generates its resources, each at the lines of its fragment', () => {
  const t = loadText(
    'foreach.yaml',
    `Transform: AWS::LanguageExtensions
Parameters:
  Queues: {Type: CommaDelimitedList, Default: "orders, invoices"}
  Opaque: {Type: CommaDelimitedList}
Conditions:
  Prod: !Equals [a, a]
Resources:
  Fn::ForEach::Buckets:
    - Name
    - [raw-data, curated]
    - Bucket&{Name}:
        Type: AWS::S3::Bucket
        Properties:
          BucketName: !Sub "acme-\${Name}"
          Tags: [{Key: layer, Value: !Ref Name}]
      Policy&{Name}:
        Type: AWS::S3::BucketPolicy
        Properties:
          Bucket: !Ref Bucket&{Name}
          PolicyDocument:
            Statement:
              - {Effect: Allow, Principal: "*", Action: s3:GetObject, Resource: !Sub "\${Bucket&{Name}.Arn}/*"}
  Fn::ForEach::Queues:
    - Q
    - !Ref Queues
    - \${Q}Queue:
        Type: AWS::SQS::Queue
        Properties: {SqsManagedSseEnabled: false}
  Fn::ForEach::Outer:
    - Env
    - [dev]
    - Fn::ForEach::Inner:
        - Kind
        - [a, b]
        - Key\${Env}\${Kind}:
            Type: AWS::KMS::Key
            Properties: {EnableKeyRotation: !Condition Prod}
  Fn::ForEach::Unknowable:
    - X
    - !Ref Opaque
    - \${X}Topic: {Type: AWS::SNS::Topic}
`,
  );
  assert.deepEqual(
    t.errors.map((e) => [e.level, e.line, e.message]),
    [['error', t.line('Fn::ForEach::Unknowable:'), 'cloudformation: Fn::ForEach::Unknowable: the collection of Fn::ForEach is not known statically; the resources it generates are not analyzed']],
  );
  assert.deepEqual(
    t.resources.map((r) => r.name),
    ['Bucketrawdata', 'Bucketcurated', 'ordersQueue', 'invoicesQueue', 'Keydeva', 'Keydevb'],
  );
  const bucket = t.get('Bucketrawdata');
  assert.equal((bucket.properties as any).bucket_name, 'acme-raw-data');
  assert.deepEqual(bucket.tags, { layer: 'raw-data' });
  assert.equal(t.at('Bucketcurated', 'properties.bucket_name')?.line, t.line('BucketName: !Sub'));
  assert.equal((t.get('Bucketcurated').provenance as any).span.line, t.line('- Bucket&{Name}:'));
  // The generated policy is linked to the bucket generated with it.
  assert.deepEqual((bucket.properties as any).policy.statements[0].resources, ['ref:Bucketrawdata.Arn/*']);
  assert.equal(t.at('Bucketrawdata', 'properties.policy.statements.0.principal')?.line, t.line('Principal: "*"'));
  assert.equal((t.get('invoicesQueue').properties as any).encryption.enabled, false);
  assert.equal(t.at('ordersQueue', 'properties.encryption.enabled')?.line, t.line('SqsManagedSseEnabled: false'));
  assert.equal((t.get('Keydevb').properties as any).key_rotation, true);
});

test('Fn::ForEach loops that multiply past the limit stop with one error, after the resources within it', () => {
  const items = Array.from({ length: 60 }, (_, i) => `i${i}`).join(', ');
  const t = loadText(
    'foreach-limit.yaml',
    `Resources:
  Fn::ForEach::Outer:
    - X
    - &items [${items}]
    - Fn::ForEach::Inner:
        - Y
        - *items
        - Key\${X}x\${Y}: {Type: AWS::KMS::Key}
`,
  );
  assert.deepEqual(
    t.errors.map((e) => [e.level, e.line, e.message]),
    [['error', t.line('Fn::ForEach::Inner:'), 'cloudformation: Fn::ForEach::Inner: Fn::ForEach generates too many resources to analyze; the rest are not analyzed']],
  );
  assert.ok(t.resources.length > 1000 && t.resources.length < 2000, `${t.resources.length} resources`);
});

test('RDS and ElastiCache engine names are read case-insensitively (MySQL is mysql)', () => {
  const t = loadText(
    'engines.yaml',
    `Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: MySQL, DBInstanceClass: db.t3.micro, AllocatedStorage: 20}
  Member:
    Type: AWS::RDS::DBInstance
    Properties: {Engine: Aurora-PostgreSQL, DBInstanceClass: db.r6g.large}
  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties: {Engine: Redis, ReplicationGroupDescription: c}
`,
  );
  assert.equal((t.get('Db').properties as any).engine, 'mysql');
  assert.equal(t.at('Db', 'properties.engine')?.line, t.line('Engine: MySQL'));
  assert.equal((t.get('Member').properties as any).engine, 'aurora-postgresql');
  assert.equal((t.get('Cache').properties as any).engine, 'redis');
});

test('a resource named by the same parameter or the same Fn::Sub of pseudo parameters is linked', () => {
  const t = loadText(
    'names.yaml',
    `Parameters:
  BucketName: {Type: String}
  FunctionName: {Type: String}
  ClusterName: {Type: String}
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties: {BucketName: !Ref BucketName}
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref BucketName
      PolicyDocument: {Statement: [{Effect: Deny, Principal: "*", Action: "s3:*", Resource: "*"}]}
  Logs:
    Type: AWS::S3::Bucket
    Properties: {BucketName: !Sub "\${AWS::StackName}-\${AWS::AccountId}-logs"}
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Sub "\${AWS::StackName}-\${AWS::AccountId}-logs"
      PolicyDocument: {Statement: [{Effect: Allow, Principal: "*", Action: "s3:GetObject", Resource: "*"}]}
  Other:
    Type: AWS::S3::Bucket
    Properties: {BucketName: !Sub "\${AWS::StackName}-\${AWS::Region}-logs"}
  Fn:
    Type: AWS::Lambda::Function
    Properties: {FunctionName: !Ref FunctionName, Runtime: python3.13, Handler: i.h, Role: r, Code: {ZipFile: x}}
  FnLogs:
    Type: AWS::Logs::LogGroup
    Properties: {LogGroupName: !Sub "/aws/lambda/\${FunctionName}", RetentionInDays: 30}
  Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      FunctionName: !Sub "arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:\${FunctionName}:live"
      Action: lambda:InvokeFunction
      Principal: sns.amazonaws.com
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties: {DBClusterIdentifier: !Ref ClusterName, Engine: aurora-mysql, StorageEncrypted: true}
  Member:
    Type: AWS::RDS::DBInstance
    Properties: {DBClusterIdentifier: !Ref ClusterName, Engine: aurora-mysql, DBInstanceClass: db.r6g.large}
`,
  );
  assert.deepEqual(t.errors, []);
  const props = (n: string): any => t.get(n).properties;
  assert.equal(props('Bucket').policy.statements[0].effect, 'Deny');
  assert.equal(t.at('Bucket', 'properties.policy')?.line, t.line('  Policy:'));
  assert.equal(props('Logs').policy.statements[0].effect, 'Allow');
  assert.equal(props('Other').policy, null, 'another region is another name');
  assert.deepEqual(props('Fn').log_group, { retention_days: 30, kms_key_id: null });
  assert.equal(t.at('Fn', 'properties.log_group.retention_days')?.line, t.line('RetentionInDays: 30'));
  assert.equal(props('Fn').permissions.length, 1, 'a qualified ARN names the function');
  assert.equal(props('Member').storage_encrypted, true, 'read from the cluster');
});

test('a function logging to a log group declared elsewhere has an Unknown log group, at its line', () => {
  const t = loadText(
    'shared-logs.yaml',
    `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.13
      Handler: i.h
      Role: r
      Code: {ZipFile: x}
      LoggingConfig:
        LogGroup: /shared/platform
`,
  );
  assert.ok(isUnknown((t.get('Fn').properties as any).log_group));
  assert.equal(t.at('Fn', 'properties.log_group')?.line, t.line('LogGroup: /shared/platform'));
});

test('Fn::Transform (AWS::Include) in Resources or beside other keys is a warning at its line, the rest read', () => {
  const t = loadText(
    'include.yaml',
    `Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters: {Location: s3://bucket/resources.yaml}
  Key:
    Type: AWS::KMS::Key
    Properties:
      EnableKeyRotation: true
      Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://bucket/props.yaml}}
`,
  );
  assert.deepEqual(
    t.errors.map((e) => [e.level, e.line, e.message]),
    [
      ['warning', 2, 'cloudformation: Fn::Transform may add resources when deployed; they are not analyzed'],
      ['warning', t.line('Fn::Transform: {Name'), 'cloudformation: Fn::Transform may add keys to this mapping when deployed; it is analyzed as written'],
    ],
  );
  assert.equal((t.get('Key').properties as any).key_rotation, true);
});

test('a Deployment with StageName is the REST API stage it creates, read from its StageDescription', () => {
  const t = loadText(
    'deployment.yaml',
    `Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: api}
  Deployment:
    Type: AWS::ApiGateway::Deployment
    Properties:
      RestApiId: !Ref Api
      StageName: prod
      StageDescription:
        LoggingLevel: ERROR
        TracingEnabled: true
        CachingEnabled: true
        MethodSettings:
          - {ResourcePath: /items, HttpMethod: GET, LoggingLevel: "OFF"}
        Tags: [{Key: team, Value: api}]
  Snapshot:
    Type: AWS::ApiGateway::Deployment
    Properties: {RestApiId: !Ref Api}
`,
  );
  assert.deepEqual(t.errors, []);
  assert.deepEqual(t.resources.map((r) => [r.name, r.type]), [['Deployment', 'aws.apigateway.stage']]);
  const stage = t.get('Deployment');
  assert.deepEqual(stage.properties, {
    api_version: 'v1',
    access_logging: false,
    tracing: true,
    execution_logging: 'OFF',
    cache_enabled: false,
    cache_encrypted: false,
    client_certificate: false,
    web_acl: null,
    http_backend: false,
  });
  assert.deepEqual(stage.tags, { team: 'api' });
  assert.equal(t.at('Deployment', 'properties.tracing')?.line, t.line('TracingEnabled: true'));
  assert.equal(t.at('Deployment', 'properties.execution_logging')?.line, t.line('LoggingLevel: "OFF"'));
  assert.equal(t.at('Deployment', 'properties.cache_encrypted')?.line, t.line('StageDescription:'));
  assert.equal(t.at('Deployment', 'properties'), undefined, 'stage-wide reads do not claim the resource line');
  assert.equal(t.at('Deployment', 'tags.team')?.line, t.line('Tags: [{Key: team'));
});

test('an unquoted account id with a leading zero keeps its digits', () => {
  const t = loadText(
    'zero.yaml',
    `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {AWS: 012345678901}, Action: sts:AssumeRole}
  Key:
    Type: AWS::KMS::Key
    Properties: {PendingWindowInDays: 7}
`,
  );
  assert.deepEqual((t.get('Role').properties as any).assume_role_policy.statements[0].principal.aws, ['012345678901']);
  assert.equal((t.get('Key').properties as any).pending_window_days, 7);
});

test('Fn::ForEach in Conditions generates the conditions resources use', () => {
  const t = loadText(
    'foreach-conditions.yaml',
    `Transform: AWS::LanguageExtensions
Parameters:
  Env: {Type: String, Default: prod}
Conditions:
  Fn::ForEach::Envs:
    - E
    - [dev, prod]
    - Is\${E}: !Equals [!Ref Env, "\${E}"]
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: {EnableKeyRotation: !If [Isprod, true, false]}
  Dev:
    Type: AWS::KMS::Key
    Condition: Isdev
`,
  );
  assert.deepEqual(t.errors, []);
  assert.equal((t.get('Key').properties as any).key_rotation, true);
  assert.deepEqual(t.resources.map((r) => r.name), ['Key'], 'Dev is not deployed in prod');
});
