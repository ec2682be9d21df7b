/**
 * An Evaluator judges its batches in one wasm instance whose memory it puts back to the fresh
 * state before each batch (src/engine/evaluate.ts, ReusedInstance). Whatever the batches, their
 * order, their sizes and the memory limit, the results and failures must be those of a new
 * instance per batch (evaluateBatch): across the runtime's regex cache (many distinct IAM
 * wildcard patterns), batches that grow the memory, and batches that fail for lack of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batches, groupsOf } from '../src/engine/batches.js';
import { evaluateBatch, Evaluator, type RawResult } from '../src/engine/evaluate.js';
import { loadAll } from '../src/scan.js';
import type { Resource } from '../src/model/resource.js';
import { discover } from '../src/sources/discover.js';
import { nodeIO } from '../src/sources/io.js';

/** A template of IAM roles with wildcard actions of their own: distinct patterns for the regex cache. */
function rolesTemplate(roles: number): Record<string, unknown> {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < roles; i++) {
    resources[`Role${i}`] = {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
        Policies: [{ PolicyName: 'work', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: [`svc${i}:Get*`, `svc${i}:List*`, 'iam:Pass*'], Resource: '*' }] } }],
      },
    };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: resources };
}

async function corpus(): Promise<Resource[]> {
  const found = await discover(['fixtures']);
  const fixtures = (await loadAll(found.inputs, nodeIO())).resources;
  const dir = mkdtempSync(join(tmpdir(), 'palisade-reuse-'));
  try {
    writeFileSync(join(dir, 'roles.json'), JSON.stringify(rolesTemplate(60)));
    const roles = (await loadAll((await discover(['.'], dir)).inputs, nodeIO(undefined, dir))).resources;
    return [...fixtures, ...roles];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CONFIG = { required_tags: ['owner'] };

/** The Evaluator's results and failures, and how many batches it judged again in a new instance. */
function evaluated(resources: Resource[], size: number, maxMemoryPages: number): { results: RawResult[]; failures: Array<[number, number]>; rejudged: number } {
  const results: RawResult[] = [];
  const evaluator = new Evaluator(CONFIG, { batchSize: size, maxMemoryPages }, (got) => results.push(...got));
  evaluator.add(resources);
  const failures = evaluator.end().map((f): [number, number] => [f.batch, f.resources]);
  return { results, failures, rejudged: evaluator.rejudged };
}

/** A new instance per batch, as the engine did before it reused one. */
function reference(resources: Resource[], size: number, maxMemoryPages: number): { results: RawResult[]; failures: Array<[number, number]> } {
  const results: RawResult[] = [];
  const failures: Array<[number, number]> = [];
  batches(resources, size).forEach((b, i) => {
    const { own } = b;
    try {
      const got = evaluateBatch(b.resources, CONFIG, maxMemoryPages);
      results.push(...(own ? got.filter((r) => own.has(r.resource)) : got));
    } catch {
      failures.push([i, own ? own.size : b.resources.length]);
    }
  });
  return { results, failures };
}

test('one reused instance judges any sequence of batches exactly as a new instance per batch', async () => {
  const all = await corpus();
  const groups = groupsOf(all);
  assert.ok(all.some((r) => r.type === 'aws.iam.role') && all.some((r) => r.source === 'compose'));
  await fc.assert(
    fc.asyncProperty(
      fc.shuffledSubarray(groups, { minLength: 1 }),
      fc.constantFrom(1, 3, 10, 40, 1000),
      fc.constantFrom(6, 24, 64, 16384),
      async (picked, size, maxMemoryPages) => {
        const resources = picked.flat();
        const want = reference(resources, size, maxMemoryPages);
        const got = evaluated(resources, size, maxMemoryPages);
        assert.deepEqual(got.failures, want.failures);
        assert.deepEqual(got.results, want.results);
        // Without a memory limit in reach, every batch was judged by the reused instance.
        if (maxMemoryPages === 16384) assert.equal(got.rejudged, 0);
      },
    ),
    { numRuns: 25 },
  );
});

test('a batch after one that grew the memory, and after one that failed, is judged as by a new instance', async () => {
  const all = await corpus();
  // The 60 roles are one template: one batch, whatever the size, needing 8-16 MiB (Compose and
  // the other fixtures need far less). Small batches, the roles (grow the memory; with a limit
  // of 64 pages, 4 MiB, they fail), small batches again.
  const groups = groupsOf(all);
  const roles = groups.filter((g) => g.some((r) => r.id.includes('roles.json#')));
  const rest = groups.filter((g) => !roles.includes(g));
  const half = Math.ceil(rest.length / 2);
  const order = [...rest.slice(0, half), ...roles, ...rest.slice(half)].flat();
  for (const [size, maxMemoryPages] of [[5, 16384], [200, 16384], [5, 64]] as const) {
    const want = reference(order, size, maxMemoryPages);
    const got = evaluated(order, size, maxMemoryPages);
    assert.deepEqual(got.failures, want.failures, `size ${size}, limit ${maxMemoryPages}`);
    assert.deepEqual(got.results, want.results, `size ${size}, limit ${maxMemoryPages}`);
    if (maxMemoryPages === 16384) assert.equal(got.rejudged, 0);
    else {
      assert.ok(got.failures.length > 0 && got.results.length > 0, 'some batches fit the limit and some do not');
      // Judged again: every batch that failed, and any that ended above half the limit (which of
      // those there are depends on the bundle's memory use, so only the bounds are pinned).
      assert.ok(got.rejudged >= got.failures.length, 'every batch that failed was judged again');
      assert.ok(got.rejudged < got.failures.length + 3, 'batches well inside the limit were not judged again');
    }
  }
});
