/**
 * Attack 1: a hostile Compose file names the scanner's own environment (tokens, cloud keys,
 * innocent-looking variables) in places whose value reaches a message. By default the process
 * environment is never read; variables the user passes (--env, --env-file, --use-process-env)
 * are interpolated but redacted from every output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliOutputs, assertNoLeak } from './helpers/outputs.js';

const ENV: Record<string, string> = {
  GITHUB_TOKEN: 'ghp_exfiltrated0token0value0abcdefghij',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY',
  AWS_SESSION_TOKEN: 'session-token-FwoGZXIvYXdzEBaaaaaaa',
  SLACK_WEBHOOK_URL: 'https://hooks.slack.example/services/T000/B000/XXXXsecret',
  CR_PAT: 'crpat-innocent-looking-value-1234',
  DEPLOY_CONFIG: 'deploy-config-innocent-value-5678',
  RUNNER_TEMP: '/home/runner/work/_temp-runner-secret',
};

const HOSTILE = `services:
  web:
    image: x/\${SLACK_WEBHOOK_URL}
    privileged: true
    depends_on: ["\${GITHUB_TOKEN}"]
    env_file: \${AWS_SECRET_ACCESS_KEY}.env
    networks: ["\${CR_PAT}"]
    volumes: ["\${DEPLOY_CONFIG}:/data"]
    secrets: ["\${RUNNER_TEMP}"]
    labels:
      owner: \${CR_PAT}
  base:
    extends:
      file: \${AWS_SESSION_TOKEN}.yaml
      service: web
`;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palisade-env-'));
  writeFileSync(join(dir, 'compose.yaml'), HOSTILE);
  return dir;
}

test('by default the process environment is never interpolated, and never reaches an output', () => {
  const dir = project();
  const r = cliOutputs(['scan', '.'], ENV, dir);
  assertNoLeak(r.outputs, Object.values(ENV));
  // The variables are reported as unset: the file is judged as written.
  assert.match(r.outputs.stdout!, /variable GITHUB_TOKEN is not set/);
  assert.match(r.outputs.stdout!, /PAL-COMPOSE-001/);
});

test('--use-process-env interpolates the environment, and every value is still redacted', () => {
  const dir = project();
  const r = cliOutputs(['scan', '.', '--use-process-env'], ENV, dir);
  assertNoLeak(r.outputs, Object.values(ENV));
  assert.doesNotMatch(r.outputs.stdout!, /variable GITHUB_TOKEN is not set/);
  assert.match(r.outputs.stdout!, /\[redacted\]/);
});

test('--env and --env-file values are interpolated and redacted; the process environment is not read', () => {
  const dir = project();
  const file = join(dir, '..', `vars-${Date.now()}.env`);
  writeFileSync(file, `GITHUB_TOKEN=${ENV.GITHUB_TOKEN}\nCR_PAT='${ENV.CR_PAT}'\n`);
  const r = cliOutputs(
    ['scan', '.', '--env', `SLACK_WEBHOOK_URL=${ENV.SLACK_WEBHOOK_URL}`, '--env', `TAG=latest-secret-tag`, '--env-file', file],
    { AWS_SESSION_TOKEN: ENV.AWS_SESSION_TOKEN! },
    dir,
  );
  assertNoLeak(r.outputs, [...Object.values(ENV), 'latest-secret-tag']);
  assert.doesNotMatch(r.outputs.stdout!, /variable GITHUB_TOKEN is not set/);
  assert.doesNotMatch(r.outputs.stdout!, /variable CR_PAT is not set/);
  assert.match(r.outputs.stdout!, /variable AWS_SESSION_TOKEN is not set/);
});

test('a malformed --env is a usage error (exit 2)', () => {
  const r = cliOutputs(['scan', '.', '--env', 'NOEQUALS'], {}, project());
  assert.equal(r.status, 2);
  assert.match(r.outputs.stderr!, /--env must be KEY=VALUE/);
});
