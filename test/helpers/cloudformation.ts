/** Shared by the CloudFormation loader tests: load a fixture, find resources and lines. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplate } from '../../src/sources/cloudformation/index.js';
import type { FileProvenance, LoadResult, Resource, Span } from '../../src/model/resource.js';
import { spanAt } from '../../src/model/locations.js';

export const FIXTURES = 'test/fixtures/cloudformation';

export interface Loaded extends LoadResult {
  file: string;
  text: string;
  /** The resource with this logical id (fails the test when absent). */
  get(name: string): Resource;
  /** The 1-based line holding `snippet`, which must occur on exactly one line. */
  line(snippet: string): number;
  /** The span recorded for an attribute path of a resource. */
  at(name: string, path: string): Span | undefined;
}

export function loadFixture(name: string): Loaded {
  const file = `${FIXTURES}/${name}`;
  const text = readFileSync(join(process.cwd(), file), 'utf8');
  return loadText(file, text);
}

export function loadText(file: string, text: string): Loaded {
  const result = loadTemplate(file, text);
  const get = (n: string): Resource => {
    const r = result.resources.find((x) => x.name === n);
    assert.ok(r, `${file}: no resource ${n}`);
    return r;
  };
  return {
    ...result,
    file,
    text,
    get,
    line(snippet) {
      const lines = text.split('\n').flatMap((l, i) => (l.includes(snippet) ? [i + 1] : []));
      assert.equal(lines.length, 1, `${file}: "${snippet}" should be on exactly one line, found ${lines.length}`);
      return lines[0]!;
    },
    at(n, path) {
      return spanAt((get(n).provenance as FileProvenance).locations, path);
    },
  };
}

export const provenance = (r: Resource): FileProvenance => r.provenance as FileProvenance;
