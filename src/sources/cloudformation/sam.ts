/**
 * SAM (Transform: AWS::Serverless-2016-10-31) read as written: the Globals section's defaults are
 * folded into each Serverless resource's Properties before intrinsics are resolved, so a value
 * that came from Globals points at its Globals line. The merge is by top-level property: a
 * property the resource sets replaces the global one whole (SAM merges Environment.Variables and
 * some lists key by key; those are taken from the resource alone when it sets them).
 */
import type { Span } from '../../model/resource.js';
import { isUnknown } from '../../model/resource.js';
import { isObj, newObj, type Obj, type SpanTable } from './tree.js';

/** Globals section key for each Serverless type. */
const GLOBALS_KEY: Record<string, string> = {
  'AWS::Serverless::Function': 'Function',
  'AWS::Serverless::Api': 'Api',
  'AWS::Serverless::HttpApi': 'HttpApi',
  'AWS::Serverless::SimpleTable': 'SimpleTable',
};

export function applyGlobals(globals: unknown, resources: Obj, types: Map<string, string>, spans: SpanTable): void {
  if (!isObj(globals) || isUnknown(globals)) return;
  for (const [id, type] of types) {
    const key = GLOBALS_KEY[type];
    const defaults = key === undefined ? undefined : globals[key];
    if (!isObj(defaults) || isUnknown(defaults)) continue;
    const res = resources[id] as Obj;
    const own = res.Properties;
    if (own !== undefined && own !== null && (!isObj(own) || isUnknown(own))) continue;
    const merged = newObj();
    const children = new Map<string | number, Span>();
    for (const from of [defaults, own ?? newObj()] as Obj[]) {
      for (const [k, v] of Object.entries(from)) {
        merged[k] = v;
        const at = spans.child(from, k);
        if (at) children.set(k, at);
      }
    }
    const self = spans.child(res, 'Properties') ?? spans.self(res) ?? spans.self(defaults);
    if (self) spans.set(merged, self, children);
    res.Properties = merged;
  }
}
