/**
 * Compose loader (first slice): one file, services normalized into `compose.service` resources.
 */
import type { InputError, LoadResult, Resource, Span } from '../../model/resource.js';
import { parseYaml } from '../yaml.js';
import type { SourceIO } from '../io.js';
import { isInputError } from '../io.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

export async function loadCompose(files: string[], io: SourceIO): Promise<LoadResult> {
  const file = files[0]!;
  const text = await io.readText(file);
  if (isInputError(text)) return { resources: [], errors: [text] };
  const parsed = parseYaml(file, text, { merge: true });
  const errors: InputError[] = [...parsed.errors];
  if (!isObj(parsed.value) || !isObj(parsed.value.services)) {
    if (errors.length === 0) errors.push({ file, line: 1, level: 'error', message: 'compose: no services mapping' });
    return { resources: [], errors };
  }
  const resources: Resource[] = [];
  for (const [name, svc] of Object.entries(parsed.value.services)) {
    if (!isObj(svc)) continue;
    const base = ['services', name];
    const span = parsed.keySpanOf(base) ?? { line: 1, endLine: 1 };
    const locations: Record<string, Span> = {};
    const properties: Obj = {};
    for (const key of ['image', 'privileged'] as const) {
      if (svc[key] === undefined) continue;
      properties[key] = svc[key];
      const s = parsed.spanOf([...base, key]);
      if (s) locations[`properties.${key}`] = s;
    }
    resources.push({
      id: `${file}#services.${name}`,
      type: 'compose.service',
      source: 'compose',
      name,
      properties,
      tags: {},
      provenance: { kind: 'file', file, span, locations },
    });
  }
  return { resources, errors };
}
