// Creation-stack frames -> the user's file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { firstUserFrame, parseFrame } from '../src/sources/cdk/frames.js';

test('frame shapes: named, anonymous, indented with "at", file URLs, no column', () => {
  assert.deepEqual(parseFrame('new AppStack (/p/lib/app-stack.ts:20:23)'), { file: '/p/lib/app-stack.ts', line: 20 });
  assert.deepEqual(parseFrame('    at new AppStack (/p/lib/app-stack.ts:20:23)'), { file: '/p/lib/app-stack.ts', line: 20 });
  assert.deepEqual(parseFrame('/p/bin/app.js:5:1'), { file: '/p/bin/app.js', line: 5 });
  assert.deepEqual(parseFrame('<module> (/p/app.py:12)'), { file: '/p/app.py', line: 12 });
  assert.deepEqual(parseFrame('file:///p/bin/app.mjs:3:7'), { file: 'file:///p/bin/app.mjs', line: 3 });
  assert.deepEqual(parseFrame('new S (C:\\p\\lib\\s.ts:4:2)'), { file: 'C:\\p\\lib\\s.ts', line: 4 });
});

test('summaries and locationless frames are not frames', () => {
  for (const f of ['...new Bucket2 in aws-cdk-lib...', '    ...node internals, tsx...', '(no user code in 10 frames, use --stack-trace-limit to capture more)', 'new Promise (<anonymous>)', 'async Promise.all (index 0)', '']) {
    assert.equal(parseFrame(f), undefined, f);
  }
});

test('the first user frame skips CDK, node_modules and node internals, and is made relative to cwd', () => {
  const trace = [
    'new CfnBucket (/p/node_modules/aws-cdk-lib/aws-s3/lib/s3.generated.js:1:1)',
    'Module._compile (node:internal/modules/cjs/loader:1105:14)',
    'new Construct (/p/node_modules/@acme/constructs/lib/x.js:3:3)',
    'new AppStack (/p/lib/app-stack.ts:20:23)',
    'main (/p/bin/app.ts:4:1)',
  ];
  assert.deepEqual(firstUserFrame(trace, '/p'), { file: 'lib/app-stack.ts', line: 20 });
  assert.deepEqual(firstUserFrame(trace, '/elsewhere'), { file: '../p/lib/app-stack.ts', line: 20 });
  assert.deepEqual(firstUserFrame(['...new Bucket2 in aws-cdk-lib...', 'new S (lib/s.ts:9:5)'], '/p'), { file: 'lib/s.ts', line: 9 });
  assert.deepEqual(firstUserFrame([`new S (${pathToFileURL('/p/lib/s.mts').href}:2:1)`], '/p'), { file: 'lib/s.mts', line: 2 });
});

test('no user frame, or not a trace at all: undefined', () => {
  assert.equal(firstUserFrame(['...App.synth in aws-cdk-lib...'], '/p'), undefined);
  for (const t of [undefined, null, 'x', 42, {}, [1, {}, null]]) assert.equal(firstUserFrame(t, '/p'), undefined);
});

test('any strings: firstUserFrame returns a relative file and a positive line, or nothing', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom('x (/p/a.ts:1:1)', 'y (node:fs:1:1)', 'z (/p/node_modules/q.js:2:2)'))), (trace) => {
      const r = firstUserFrame(trace, '/p');
      if (r) assert.ok(r.line >= 1 && !r.file.includes('\\'));
    }),
  );
});
