/** The JSON report: the scan result as documented in the README (schemaVersion 1.x). It holds
 * everything the other formats need, so `palisade report` can re-render any of them from it. */
import type { ScanResult } from '../findings/result.js';
import type { Finding } from '../findings/types.js';
import type { InputError } from '../model/resource.js';

export function formatJson(result: ScanResult): string {
  let text = '';
  for (const chunk of jsonChunks(result)) text += chunk;
  return text;
}

/** How many array elements one chunk holds: a W1 finding is about 750 bytes formatted. */
const CHUNK_ELEMENTS = 1000;

/**
 * The JSON report as chunks whose concatenation is byte for byte `JSON.stringify(report, null, 2)`
 * plus a newline, so a large report can be written while it is formatted instead of held whole
 * (with its UTF-8 copy) in memory. A long array is formatted a slice at a time by stringifying
 * `{ key: slice }`, whose elements sit at exactly their depth in the whole report, and cutting
 * off the wrapper; findings are mapped to their report shape a slice at a time as well.
 * `chunkElements` is exposed for the tests.
 */
export function* jsonChunks(result: ScanResult, chunkElements = CHUNK_ELEMENTS): Generator<string> {
  const fields: Array<[string, unknown, ((x: never) => unknown)?]> = [
    ['schemaVersion', result.schemaVersion],
    ['tool', result.tool],
    ['summary', result.summary],
    ['findings', result.findings, reportedFinding as (x: never) => unknown],
    ...(result.fixed ? [['fixed', result.fixed] as [string, unknown]] : []),
    ['errors', result.errors, reportedError as (x: never) => unknown],
    ['inputs', result.inputs],
    // What discovery did not read, with why (issue 10 asks for it beside the inputs).
    ['skipped', result.skipped ?? []],
    ['rules', result.rules],
    ...(result.evidence ? [['evidence', result.evidence] as [string, unknown]] : []),
  ];
  let first = true;
  for (const [key, value, map] of fields) {
    if (Array.isArray(value) && value.length > 0) {
      yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(key)}: [\n`;
      first = false;
      const head = `{\n  ${JSON.stringify(key)}: [\n`.length;
      const tail = '\n  ]\n}'.length;
      for (let i = 0; i < value.length; i += chunkElements) {
        const slice = value.slice(i, i + chunkElements);
        const text = JSON.stringify({ [key]: map ? slice.map(map as (x: unknown) => unknown) : slice }, null, 2);
        yield `${i > 0 ? ',\n' : ''}${text.slice(head, text.length - tail)}`;
      }
      yield '\n  ]';
      continue;
    }
    // A field that stringifies to nothing (undefined) is left out, as JSON.stringify does.
    const text = JSON.stringify({ [key]: value }, null, 2);
    if (text === '{}') continue;
    yield `${first ? '{\n' : ',\n'}${text.slice(2, text.length - 2)}`;
    first = false;
  }
  yield first ? '{}\n' : '\n}\n';
}

/**
 * A finding with the report's fields in the report's order. Built field by field rather than
 * with spreads of `{}`: a W1 report holds 80,000 of them.
 */
function reportedFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    category: f.category,
    message: f.message,
    source: f.source,
    resource: f.resource,
    path: f.path,
  };
  if (f.location) out.location = f.location;
  if (f.cloud) out.cloud = f.cloud;
  if (f.cdk) out.cdk = f.cdk;
  if (f.iac) out.iac = f.iac;
  if (f.owner !== undefined) out.owner = f.owner;
  out.suppressed = f.suppressed;
  if (f.suppression) out.suppression = f.suppression;
  if (f.expiredWaiver) out.expiredWaiver = f.expiredWaiver;
  if (f.baseline) out.baseline = f.baseline;
  out.fingerprint = f.fingerprint;
  return out;
}

function reportedError(e: InputError): Record<string, unknown> {
  const out: Record<string, unknown> = { file: e.file };
  if (e.line !== undefined) out.line = e.line;
  out.level = e.level;
  out.message = e.message;
  return out;
}
