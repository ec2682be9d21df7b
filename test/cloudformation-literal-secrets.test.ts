// Secrets written in any resource type (literal-secrets.ts): which property names count, what
// in user data is a credential, and that the model keeps where and what kind, never the value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSecretPropertyName, scriptSecret } from '../src/sources/cloudformation/literal-secrets.js';
import type { LiteralSecret } from '../src/model/aws/index.js';
import { loadText } from './helpers/cloudformation.js';

test('property names: credentials count, settings and lookups named after them do not', () => {
  for (const k of ['Password', 'SaslPassword', 'OauthToken', 'AccessToken', 'AuthToken', 'SecretToken', 'client_secret', 'SecretKey', 'ApiKey', 'PrivateKey', 'Passphrase', 'SecretString']) {
    assert.equal(isSecretPropertyName(k), true, k);
  }
  for (const k of ['RouteKey', 'TagKey', 'ParameterKey', 'KmsKeyId', 'EncryptionKey', 'SSHPublicKey', 'AuthScheme', 'AuthSource', 'AuthMechanism', 'PassThroughBehavior', 'BasicAuth', 'SecretsManagerSecretId', 'PasswordPolicy', 'AuthorizationType']) {
    assert.equal(isSecretPropertyName(k), false, k);
  }
});

test('scripts: credential shapes and literal secret assignments, not references', () => {
  assert.equal(scriptSecret('aws configure set aws_access_key_id AKIAQWERTYUIOPASDFGH'), 'aws-access-key-id');
  assert.equal(scriptSecret('curl https://deploy:s3cr3tpa55@artifacts.example.com/a.tgz'), 'url-credentials');
  assert.equal(scriptSecret('echo "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----" > k'), 'private-key');
  assert.equal(scriptSecret('export DB_PASSWORD=hunter2-but-longer\n'), 'assignment');
  assert.equal(scriptSecret('[db]\n  password = hunter2-but-longer\n'), 'assignment');
  assert.equal(scriptSecret('{\n  "api_token": "9f8e7d6c5b4a3928",\n}'), 'assignment');
  for (const safe of [
    'export DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)',
    'export DB_PASSWORD="${FROM_ENV}"',
    'export DB_PASSWORD=`cat /run/secrets/db`',
    'export DB_PASSWORD_FILE=/run/secrets/db',
    'git clone https://x-access-token:${}@github.com/o/r.git',
    'password: ${}',
    'MYSQL_ALLOW_EMPTY_PASSWORD=yes',
    'yum install -y nginx',
  ]) {
    assert.equal(scriptSecret(safe), null, safe);
  }
});

const TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Token:
    Type: String
    NoEcho: true
Resources:
  Endpoint:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: postgres
      Password: pg-pa55word-that-is-long
  Web:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        UserData: !Base64
          Fn::Join:
            - ""
            - - "#!/bin/bash\\n"
              - "export GITHUB_TOKEN="
              - !Ref Token
              - "\\nexport STRIPE_SECRET_KEY=sk_live_0123456789abcdefghij\\n"
  Plain:
    Type: AWS::S3::Bucket
`;

test('a resource of any type keeps where its secret is and what kind, never the value', () => {
  const loaded = loadText('t.yaml', TEMPLATE);
  assert.deepEqual(loaded.errors, []);
  const endpoint = loaded.get('Endpoint');
  assert.equal(endpoint.type, 'aws.cloudformation.resource');
  assert.deepEqual(endpoint.properties, {
    cfn_type: 'AWS::DMS::Endpoint',
    literal_secrets: [{ resource_type: 'AWS::DMS::Endpoint', property: 'Password', kind: 'property', value_kind: null, noecho_default: false }],
  });
  assert.equal(loaded.at('Endpoint', 'properties.literal_secrets.0')?.line, loaded.line('Password:'));
  // A modelled type carries them next to its own fields; a built string is scanned in its literal parts.
  const web = loaded.get('Web');
  assert.equal(web.type, 'aws.ec2.launch_template');
  assert.deepEqual(web.properties.literal_secrets as LiteralSecret[], [
    { resource_type: 'AWS::EC2::LaunchTemplate', property: 'LaunchTemplateData.UserData', kind: 'user-data', value_kind: 'token', noecho_default: false },
  ]);
  assert.equal(loaded.at('Web', 'properties.literal_secrets.0')?.line, loaded.line('UserData:'));
  assert.equal(loaded.get('Plain').properties.literal_secrets, undefined);
  const all = JSON.stringify(loaded.resources);
  for (const secret of ['pg-pa55word', 'sk_live_0123']) assert.ok(!all.includes(secret), secret);
});

test('a resource with nothing secret in it and no model type is not kept', () => {
  const loaded = loadText('t.yaml', 'Resources:\n  E:\n    Type: AWS::DMS::Endpoint\n    Properties:\n      Password: "{{resolve:secretsmanager:db:SecretString:password}}"\n');
  assert.deepEqual(loaded.resources, []);
});

test('deeply nested properties are looked at within a bound, not exhaustively', () => {
  let nested = '"Password": "deep-pa55word-long"';
  for (let i = 0; i < 60; i++) nested = `"L${i}": { ${nested} }`;
  const loaded = loadText('t.json', `{"Resources": {"E": {"Type": "AWS::Custom::Thing", "Properties": { ${nested} }}}}`);
  assert.deepEqual(loaded.errors.filter((e) => e.level === "error"), []);
  assert.deepEqual(loaded.resources, []);
});

test('secret-named {Name, Value} pairs of type PLAINTEXT and API key values are literal secrets; lookups are not', () => {
  const loaded = loadText(
    'p.yaml',
    `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Build:
    Type: AWS::CodeBuild::Project
    Properties:
      Environment:
        Type: LINUX_CONTAINER
        EnvironmentVariables:
          - Name: STAGE
            Value: prod
          - Name: NPM_TOKEN
            Type: PLAINTEXT
            Value: npm_0123456789abcdefghijklmnop
          - Name: DB_PASSWORD
            Type: SECRETS_MANAGER
            Value: prod/db:password
  Key:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Value: abcdefghij0123456789abcd
  Generated:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Enabled: true
`,
  );
  assert.deepEqual(loaded.errors, []);
  assert.deepEqual(loaded.get('Build').properties.literal_secrets, [
    { resource_type: 'AWS::CodeBuild::Project', property: 'Environment.EnvironmentVariables.1.Value', kind: 'property', value_kind: null, noecho_default: false },
  ]);
  assert.equal(loaded.at('Build', 'properties.literal_secrets.0')?.line, loaded.line('Value: npm_0123'));
  assert.deepEqual(loaded.get('Key').properties.literal_secrets, [
    { resource_type: 'AWS::ApiGateway::ApiKey', property: 'Value', kind: 'property', value_kind: null, noecho_default: false },
  ]);
  assert.equal(JSON.stringify(loaded.resources).includes('npm_0123456789'), false);
  assert.equal(JSON.stringify(loaded.resources).includes('abcdefghij0123456789'), false);
  // A generated key has nothing written: not reported as a resource with secrets.
  assert.equal(loaded.resources.some((r) => r.name === 'Generated' && r.properties.literal_secrets !== undefined), false);
});
