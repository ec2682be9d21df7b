/**
 * Merging Compose models (`-f a -f b`, `extends`) with the Compose Specification's rules:
 * mappings are merged, sequences appended, except that command, entrypoint and healthcheck.test
 * are replaced; ports, volumes, secrets, configs and the like are merged by their unique key;
 * environment, labels and the other `list_or_dict` attributes are merged by key whatever their
 * form; `!reset` drops a value and `!override` replaces it. Every merged value keeps its origin.
 */
import type { LEntry, LMap, LNode, LSeq } from '../document/located.js';
import { get, isLMap, isLScalar, isLSeq, toPlain } from '../document/located.js';
import { keyedMap, parsePort } from './syntax.js';

type Rule = 'replace' | 'keyed' | 'hosts' | 'unique' | 'named' | 'logging' | 'build' | 'default';

/** Maps whose keys are names: their children share one rule path (`services.*`). */
const NAMED_PARENTS = new Set([
  'services',
  'networks',
  'volumes',
  'secrets',
  'configs',
  'models',
  'services.*.ulimits',
  'services.*.depends_on',
  'services.*.networks',
  'services.*.models',
]);

const RULES: Record<string, Rule> = {
  'services.*.command': 'replace',
  'services.*.entrypoint': 'replace',
  'services.*.healthcheck.test': 'replace',
  'services.*.ulimits.*': 'replace',
  'services.*.environment': 'keyed',
  'services.*.labels': 'keyed',
  'services.*.annotations': 'keyed',
  'services.*.sysctls': 'keyed',
  'services.*.build.args': 'keyed',
  'services.*.build.labels': 'keyed',
  'services.*.build.additional_contexts': 'keyed',
  'services.*.deploy.labels': 'keyed',
  'networks.*.labels': 'keyed',
  'volumes.*.labels': 'keyed',
  'secrets.*.labels': 'keyed',
  'configs.*.labels': 'keyed',
  'services.*.extra_hosts': 'hosts',
  'services.*.build.extra_hosts': 'hosts',
  'services.*.ports': 'unique',
  'services.*.volumes': 'unique',
  'services.*.devices': 'unique',
  'services.*.secrets': 'unique',
  'services.*.configs': 'unique',
  'services.*.env_file': 'unique',
  'services.*.dns': 'unique',
  'services.*.dns_opt': 'unique',
  'services.*.dns_search': 'unique',
  'services.*.expose': 'unique',
  'services.*.cap_add': 'unique',
  'services.*.cap_drop': 'unique',
  'services.*.profiles': 'unique',
  'services.*.tmpfs': 'unique',
  'services.*.links': 'unique',
  'services.*.depends_on': 'named',
  'services.*.networks': 'named',
  'services.*.logging': 'logging',
  'services.*.build': 'build',
};

export function childPath(path: string, key: string): string {
  return NAMED_PARENTS.has(path) ? `${path}.*` : path === '' ? key : `${path}.${key}`;
}

/**
 * `over` merged onto `base` at `path` (a rule path such as `services.*.ports`); undefined when
 * the result is reset. Nodes are never modified: merged maps and sequences are new nodes.
 */
export function mergeNode(base: LNode | undefined, over: LNode, path: string): LNode | undefined {
  if (over.tag === '!reset') return undefined;
  if (base === undefined || over.tag === '!override') return dropResets(over);
  switch (RULES[path] ?? 'default') {
    case 'replace':
      return dropResets(over);
    case 'keyed':
      return mergeMaps(asMap(base, /=/), asMap(over, /=/), path, true);
    case 'hosts':
      return mergeMaps(asMap(base, /[=:]/), asMap(over, /[=:]/), path, true);
    case 'unique':
      return mergeUnique(asSeq(base), asSeq(over), path);
    case 'named':
      return mergeMaps(asMap(base, /$^/), asMap(over, /$^/), path, false, true);
    case 'logging': {
      const a = get(base, 'driver');
      const b = get(over, 'driver');
      // A different driver makes the earlier options meaningless: replace the whole block.
      if (isLScalar(a) && isLScalar(b) && a.value !== null && b.value !== null && a.value !== b.value) return dropResets(over);
      return generic(base, over, path);
    }
    case 'build':
      return generic(asBuild(base), asBuild(over), path);
    default:
      return generic(base, over, path);
  }
}

function generic(base: LNode, over: LNode, path: string): LNode | undefined {
  if (isLMap(base) && isLMap(over)) return mergeMaps(base, over, path, false);
  if (isLSeq(base) && isLSeq(over)) return { ...base, items: [...base.items, ...over.items.filter((i) => i.tag !== '!reset').map(dropResets)] } as LSeq;
  return dropResets(over);
}

function mergeMaps(base: LMap, over: LMap, path: string, flat: boolean, keepDetail = false): LMap {
  const entries = new Map<string, LEntry>(base.entries);
  for (const [key, e] of over.entries) {
    const prior = entries.get(key);
    if (e.value.tag === '!reset') {
      entries.delete(key);
      continue;
    }
    if (!prior) {
      entries.set(key, { ...e, value: dropResets(e.value) });
      continue;
    }
    // `depends_on: [db]` over `depends_on: {db: {condition: ...}}` says nothing new about db.
    if (keepDetail && isLScalar(e.value) && e.value.value === null) continue;
    const merged = flat ? dropResets(e.value) : mergeNode(prior.value, e.value, childPath(path, key));
    if (merged === undefined) entries.delete(key);
    else {
      // A combined collection stays where it was first written; a replaced value moves with its key.
      const combined = merged !== e.value && merged.kind !== 'scalar' && prior.value.kind !== 'scalar';
      const keyOrigin = combined ? prior.keyOrigin : e.keyOrigin;
      entries.set(key, { key, keyOrigin, value: merged });
    }
  }
  return { kind: 'map', entries, origin: base.origin };
}

function mergeUnique(base: LSeq, over: LSeq, path: string): LSeq {
  const keyOf = UNIQUE_KEYS[path.split('.').pop()!] ?? scalarKey;
  const items = [...base.items];
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    if (k !== undefined && !index.has(k)) index.set(k, i);
  });
  for (const item of over.items) {
    if (item.tag === '!reset') continue;
    const k = keyOf(item);
    const i = k === undefined ? undefined : index.get(k);
    if (i === undefined) {
      if (k !== undefined) index.set(k, items.length);
      items.push(dropResets(item));
      continue;
    }
    // Entries sharing a unique key are merged (long syntax) or replaced (short syntax).
    const prior = items[i]!;
    items[i] = isLMap(prior) && isLMap(item) ? mergeMaps(prior, item, `${path}.item`, false) : dropResets(item);
  }
  return { ...base, items };
}

function scalarKey(node: LNode): string | undefined {
  return isLScalar(node) && node.value !== null ? String(node.value) : undefined;
}

function field(node: LNode, key: string): string | undefined {
  const v = get(node, key);
  return isLScalar(v) && v.value !== null ? String(v.value) : undefined;
}

function volumeTarget(node: LNode): string | undefined {
  if (isLMap(node)) return field(node, 'target');
  const s = scalarKey(node);
  if (s === undefined) return undefined;
  // The container path is the second part of `src:dst[:mode]`, or the only part.
  const parts = s.split(':').filter((p, i, all) => !(p.length === 1 && i < all.length - 1 && /^[A-Za-z]$/.test(p)));
  return parts.length === 1 ? parts[0] : parts[1];
}

const UNIQUE_KEYS: Record<string, (node: LNode) => string | undefined> = {
  ports: (node) => {
    const p = parsePort(toPlain(node));
    if (!p.ok) return scalarKey(node);
    const v = p.value;
    return `${v.host_ip ?? ''}|${v.published ?? ''}|${v.target}|${v.protocol}`;
  },
  volumes: volumeTarget,
  devices: (node) => (isLMap(node) ? field(node, 'target') : scalarKey(node)?.split(':')[1] ?? scalarKey(node)),
  secrets: (node) => (isLMap(node) ? field(node, 'target') ?? `/run/secrets/${field(node, 'source') ?? ''}` : `/run/secrets/${scalarKey(node) ?? ''}`),
  configs: (node) => (isLMap(node) ? field(node, 'target') ?? `/${field(node, 'source') ?? ''}` : `/${scalarKey(node) ?? ''}`),
  env_file: (node) => (isLMap(node) ? field(node, 'path') : scalarKey(node)),
};

function asMap(node: LNode, separator: RegExp): LMap {
  const m = keyedMap(node, node.origin, separator);
  return isLMap(m) ? m : { kind: 'map', entries: new Map(), origin: node.origin };
}

function asSeq(node: LNode): LSeq {
  if (isLSeq(node)) return node;
  // `env_file: a.env` and `tmpfs: /run` may be written as one value.
  return { kind: 'seq', items: isLScalar(node) && node.value === null ? [] : [node], origin: node.origin };
}

function asBuild(node: LNode): LNode {
  if (!isLScalar(node) || node.value === null) return node;
  const entries = new Map<string, LEntry>([['context', { key: 'context', keyOrigin: node.origin, value: node }]]);
  return { kind: 'map', entries, origin: node.origin };
}

/** A value added without a base: its `!reset` parts mean nothing and are dropped. */
export function dropResets(node: LNode): LNode {
  if (isLMap(node)) {
    // A new map only from the first change on (most maps have no `!reset` anywhere below).
    let entries: Map<string, LEntry> | undefined;
    for (const [k, e] of node.entries) {
      const v = e.value.tag === '!reset' ? undefined : dropResets(e.value);
      if (v !== e.value && !entries) {
        entries = new Map();
        for (const [k2, e2] of node.entries) {
          if (k2 === k) break;
          entries.set(k2, e2);
        }
      }
      if (entries && v !== undefined) entries.set(k, v === e.value ? e : { ...e, value: v });
    }
    return entries ? { ...node, entries } : node;
  }
  if (isLSeq(node)) {
    const items = node.items.filter((i) => i.tag !== '!reset').map(dropResets);
    return items.length !== node.items.length || items.some((v, i) => v !== node.items[i]) ? { ...node, items } : node;
  }
  return node;
}
