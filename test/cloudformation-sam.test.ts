// SAM templates read as written: Serverless functions and simple tables become the Lambda and
// DynamoDB shapes (Globals folded in, each value at the line it came from); what is still not
// read is named in a warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTemplate } from '../src/sources/cloudformation/index.js';

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
  const at = (path: string): number | undefined => prov.locations[path]?.line;
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
      ['warning', 11, 'cloudformation: the roles and permissions the SAM transform creates from Policies and Events of Fn are not analyzed'],
      ['warning', 21, 'cloudformation: 1 SAM resource (AWS::Serverless::StateMachine) not analyzed: the SAM transform that turns them into CloudFormation resources is not applied (Serverless functions, APIs and simple tables are read as written)'],
    ],
  );
});
