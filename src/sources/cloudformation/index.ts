/**
 * CloudFormation loader: a YAML or JSON template (SAM functions and simple tables read as written, sam.ts)
 * becomes normalized `aws.*` resources, each with the lines its attributes came from.
 *
 * parse (document/json.ts, or document/yaml.ts's located tree) -> plain values with spans
 * (tree.ts) -> intrinsics resolved per resource (intrinsics.ts) -> links between resources
 * (links.ts) -> one normalizer per type (normalize/).
 * Bad input is reported as InputErrors naming the file and line; the rest of the template is
 * still read.
 */
import type { FileProvenance, InputError, LoadResult, Resource, Span } from '../../model/resource.js';
import { isUnknown, unknown } from '../../model/resource.js';
import { discardLocations, LocationRecorder, type LocationWriter } from '../../model/locations.js';
import { messageOf, readYaml } from '../document/yaml.js';
import { Fields, type FieldEnv } from './fields.js';
import { expandForEach, FOR_EACH } from './foreach.js';
import { NO_VALUE, Resolver, TRANSFORM, type Parameter } from './intrinsics.js';
import { Links, type Entry } from './links.js';
import type { Norm } from './normalize/context.js';
import { NORMALIZERS } from './normalize/index.js';
import { readTags, type TagReader } from './normalize/tags.js';
import { policyDocument } from './policy-document.js';
import { secretFacts, type StringKind } from './secrets.js';
import { literalSecrets, type FoundSecret } from './literal-secrets.js';
import { AWS_TYPES, type LiteralSecret, type TemplateResource } from '../../model/aws/index.js';
import { lineIndex } from '../document/lines.js';
import { isObj, newObj, readTree, shortFormTags, SpanTable, type Obj, type Tree } from './tree.js';
import { readJson } from '../document/json.js';
import { addImplicitApis, applyGlobals, expandFunctions } from './sam.js';
import { setOwn } from '../own.js';

/** Transforms that leave the template's own resources as written. */
const PLAIN_TRANSFORMS = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions', 'AWS::CodeDeployBlueGreen', 'AWS::SecretsManager-2020-07-23']);

export function loadTemplate(file: string, text: string): LoadResult {
  const errors: InputError[] = [];
  let resources: Resource[] = [];
  try {
    resources = load(file, text, errors);
  } catch (err) {
    // A loader bug costs this template, not the scan.
    errors.push({ file, line: 1, level: 'error', message: `cloudformation: internal error: ${messageOf(err)}` });
  }
  return { resources, errors: dedupe(errors) };
}

function load(file: string, text: string, errors: InputError[]): Resource[] {
  const json = looksLikeJson(file, text);
  if (json) {
    // Strict JSON: JSON.parse and a span scan. Anything else is read as YAML, as before.
    const spans = new SpanTable();
    const read = readJson(text, (target, self, children) => spans.set(target, self, children));
    if (read.ok) return loadTree(file, { value: read.value, fromTag: new WeakSet() }, spans, errors);
  }
  // Duplicate keys are reported but do not stop the reading (the last one wins, as in JSON).
  const read = readYaml(file, text, { customTags: shortFormTags, tolerate: ['DUPLICATE_KEY'], brokenAlias: 'mark' });
  read.errors.forEach((e, i) => {
    // JSON is read as YAML for its lines; say JSON to whoever wrote JSON.
    const message = json ? e.message.replace(/^parse YAML:/, 'parse JSON:') : e.message;
    // A refused bomb is blamed on the first alias, where the multiplying starts; a document too
    // deep for the parser's own recursion on the first line.
    const bomb = i === read.errors.length - 1 ? read.firstAliasLine : undefined;
    errors.push({ ...e, message, line: bomb ?? e.line ?? 1 });
  });
  if (!read.root) return read.errors.length > 0 ? [] : loadTree(file, { value: null, fromTag: new WeakSet() }, new SpanTable(), errors);
  if (read.errors.length === 0 && json) checkJson(file, text, errors);

  const spans = new SpanTable();
  return loadTree(file, readTree(read.root, file, spans, errors), spans, errors);
}

function loadTree(file: string, tree: Tree, spans: SpanTable, errors: InputError[]): Resource[] {
  const warn = (span: Span, message: string): void => {
    errors.push({ file, line: span.line, level: 'warning', message });
  };
  const fail = (line: number, message: string): void => {
    errors.push({ file, line, level: 'error', message: `cloudformation: ${message}` });
  };
  const root = tree.value;
  if (!isObj(root) || isUnknown(root)) {
    fail(1, 'the template is not a mapping');
    return [];
  }
  const sectionLine = (key: string): number => spans.child(root, key)?.line ?? 1;
  const section = (key: string): Obj => {
    const v = root[key];
    if (v === undefined || v === null) return newObj();
    if (isObj(v) && !isUnknown(v)) return v;
    warn({ line: sectionLine(key), endLine: sectionLine(key) }, `cloudformation: ${key} is not a mapping: ignored`);
    return newObj();
  };
  checkTransform(root.Transform, { line: sectionLine('Transform'), endLine: sectionLine('Transform') }, warn);
  if (root.Resources === undefined) {
    fail(1, 'the template has no Resources section');
    return [];
  }
  if (!isObj(root.Resources) || isUnknown(root.Resources)) {
    fail(sectionLine('Resources'), 'Resources is not a mapping');
    return [];
  }
  const parameters = readParameters(section('Parameters'), spans, warn);
  const loops = (noun: string, section: Obj): Obj =>
    expandForEach(section, { noun, spans, fromTag: tree.fromTag, parameters, fail: (span, message) => fail(span.line, message), warn });
  const rawResources = loops('resources', root.Resources);

  // Every resource's type first: references are checked against the whole template.
  const types = new Map<string, string>();
  const resourceSpan = (id: string): Span => spans.child(rawResources, id) ?? { line: sectionLine('Resources'), endLine: sectionLine('Resources') };
  for (const [id, res] of Object.entries(rawResources)) {
    const line = resourceSpan(id).line;
    // A loop left unexpanded was reported by expandForEach.
    if (id.startsWith(FOR_EACH)) continue;
    if (id === TRANSFORM) warn(resourceSpan(id), 'cloudformation: Fn::Transform may add resources when deployed; they are not analyzed');
    else if (!isObj(res) || isUnknown(res)) fail(line, `resource ${id} is not a mapping`);
    else if (typeof res.Type !== 'string' || res.Type === '') fail(line, `resource ${id} has no Type`);
    else types.set(id, res.Type);
  }

  addImplicitApis(rawResources, types, spans, warn);
  applyGlobals(root.Globals, rawResources, types, spans);
  reportServerless(types, expandFunctions(rawResources, types, spans, warn), resourceSpan, warn);

  const resolver = new Resolver(
    { parameters, mappings: section('Mappings'), conditions: loops('conditions', section('Conditions')), resources: types },
    spans,
    tree.fromTag,
    warn,
    (span, message) => errors.push({ file, line: span.line, level: 'error', message }),
  );
  const entries: Entry[] = [];
  for (const [id, cfnType] of types) {
    const res = rawResources[id] as Obj;
    const span = resourceSpan(id);
    if (res.Condition !== undefined) {
      const at = spans.child(res, 'Condition') ?? span;
      if (typeof res.Condition !== 'string') warn(at, `cloudformation: the Condition of ${id} should be a condition name`);
      // A resource whose condition is false is not deployed.
      else if (resolver.condition(res.Condition, at) === false) continue;
    }
    const propsSpan = spans.child(res, 'Properties') ?? span;
    const raw = res.Properties;
    const props = raw === undefined || raw === null ? undefined : resolver.resolveFor(id, raw, propsSpan);
    addDependsOn(id, res, types, resolver, spans.child(res, 'DependsOn') ?? span, warn);
    const metadata = readMetadata(id, res.Metadata, spans.child(res, 'Metadata') ?? span, warn);
    const metadataSpans = metadata && suppressionSpans(res.Metadata as Obj, spans);
    entries.push({ id, cfnType, span, propsSpan, props: props === NO_VALUE ? undefined : props, ...(metadata && { metadata, metadataSpans }) });
  }
  for (const cycle of findCycles(resolver.edges)) {
    warn(resourceSpan(cycle[0]!), `cloudformation: circular dependency between resources: ${[...cycle, cycle[0]].join(' -> ')}`);
  }

  return normalizeAll(file, entries, resolver, spans, warn, fail);
}

/** Every entry of a normalized type, as a Resource with its locations. */
function normalizeAll(
  file: string,
  entries: Entry[],
  resolver: Resolver,
  spans: SpanTable,
  warn: (span: Span, message: string) => void,
  fail: (line: number, message: string) => void,
): Resource[] {
  const links = new Links(entries, resolver);
  const isRef = (s: string): boolean => resolver.refOf(s) !== undefined;
  const stringKind = (s: string): StringKind => (isRef(s) ? 'ref' : resolver.isSymbolic(s) ? 'symbolic' : 'literal');
  const mayBeAbsent = (u: unknown): boolean => {
    const origin = isUnknown(u) ? resolver.origins.get(u) : undefined;
    return origin?.kind === 'branches' && origin.values.some((v) => v === NO_VALUE || mayBeAbsent(v));
  };
  const env: FieldEnv = { spans, warn, mayBeAbsent };
  const tagReader: TagReader = {
    alternatives: (u) => {
      const origin = resolver.origins.get(u);
      return origin?.kind === 'branches' ? origin.values : undefined;
    },
    spanOf: (v) => spans.self(v),
    childSpan: (c, k) => spans.child(c, k),
    warn,
  };
  const resources: Resource[] = [];
  const secretEnv = { spans, origins: resolver.origins, kind: stringKind };
  const recorder = new LocationRecorder();
  for (const e of entries) {
    const normalization = NORMALIZERS[e.cfnType];
    const secrets = literalSecrets(e.cfnType, e.props, e.propsSpan, secretEnv);
    const outside = normalization?.standalone ? links.externalTargets(e) : [];
    if (!normalization || (normalization.applies && !normalization.applies(e.props)) || (normalization.standalone && outside.length === 0)) {
      // Not otherwise modelled: kept only for the secrets written in it.
      if (secrets.length > 0) resources.push(templateResource(file, e, secrets, env, tagReader, recorder));
      continue;
    }
    try {
      const locations = recorder.writer();
      const linkedIds: Record<string, string> = {};
      const props = new Fields(env, e.props, e.propsSpan, 'properties', locations);
      const n: Norm = {
        id: e.id,
        entry: e,
        props,
        links,
        linked(other, attr, recordSelf = true) {
          if (recordSelf) locations.set(attr, other.span);
          if (other.id !== e.id) linkedIds[attr] = other.id;
          const props = links.isMaybe(e.id, other.id) ? unknown(`${other.id} applies only under a condition`) : other.props;
          return new Fields(env, props, other.propsSpan, attr, locations);
        },
        policy: (f) => policyDocument(f, (message) => warn(f.self, `cloudformation: ${message}`)),
        secret: (f, attr, key) => secretFacts(f.read(attr, key), resolver.origins, stringKind),
        isRef,
        warn: (message, f) => warn(f?.self ?? e.span, `cloudformation: ${message}`),
      };
      const properties = normalization.normalize(n) as Record<string, unknown>;
      if (secrets.length > 0) properties.literal_secrets = secretList(secrets, locations);
      // Tags are read (and their spans recorded) before the locations are closed.
      const tags = normalization.standalone
        ? { ...unknown(`the owner of ${e.id} is not in the template`) }
        : readTags(normalization.tagScope ? normalization.tagScope(props) : props, e.id, tagReader);
      resources.push({
        id: `${file}#${e.id}`,
        type: normalization.type,
        source: 'cloudformation',
        name: e.id,
        properties,
        // A policy-only resource's tags are its owner's, which are elsewhere.
        tags,
        provenance: { kind: 'file', file, span: e.span, locations: locations.close(), ...(Object.keys(linkedIds).length > 0 && { linked: linkedIds }), ...(outside.length > 0 && { policyOf: outside }), ...metadataOf(e) },
      });
    } catch (err) {
      fail(e.span.line, `${e.id}: internal error: ${messageOf(err)}`);
    }
  }
  recorder.finish();
  return resources;
}

/**
 * The Metadata fields of a resource's provenance; the spans only when there is a suppression to
 * point at (most resources have only `aws:cdk:path`: an empty object each in every message).
 */
function metadataOf(e: Entry): Pick<FileProvenance, 'metadata' | 'metadataSpans'> {
  if (!e.metadata) return {};
  return e.metadataSpans && Object.keys(e.metadataSpans).length > 0 ? { metadata: e.metadata, metadataSpans: e.metadataSpans } : { metadata: e.metadata };
}

/** `literal_secrets`, each entry located at the property that holds it. */
function secretList(found: FoundSecret[], locations: LocationWriter): LiteralSecret[] {
  return found.map((f, i) => {
    locations.set(`properties.literal_secrets.${i}`, f.span);
    return f.secret;
  });
}

/** A resource of a type that is not normalized, for the literal secrets written in it. */
function templateResource(file: string, e: Entry, secrets: FoundSecret[], env: FieldEnv, tagReader: TagReader, recorder: LocationRecorder): Resource {
  const locations = recorder.writer();
  const properties: TemplateResource = { cfn_type: e.cfnType, literal_secrets: secretList(secrets, locations) };
  return {
    id: `${file}#${e.id}`,
    type: AWS_TYPES['cloudformation.resource'],
    source: 'cloudformation',
    name: e.id,
    properties: properties as unknown as Record<string, unknown>,
    tags: readTags(new Fields(env, e.props, e.propsSpan, 'properties', discardLocations()), e.id, tagReader),
    provenance: { kind: 'file', file, span: e.span, locations: locations.close(), ...metadataOf(e) },
  };
}

function readParameters(section: Obj, spans: SpanTable, warn: (span: Span, message: string) => void): Map<string, Parameter> {
  const out = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(section)) {
    if (!isObj(p) || isUnknown(p)) {
      warn(spans.child(section, name) ?? { line: 1, endLine: 1 }, `cloudformation: parameter ${name} is not a mapping`);
      continue;
    }
    out.set(name, {
      type: typeof p.Type === 'string' ? p.Type : 'String',
      default: p.Default,
      noEcho: p.NoEcho === true || (typeof p.NoEcho === 'string' && p.NoEcho.toLowerCase() === 'true'),
    });
  }
  return out;
}

/**
 * A resource's Metadata as written, as plain values, for suppressions declared the CDK way
 * (cdk_nag, checkov, guard). The `AWS::CloudFormation::*` keys are left out: cfn-init files and
 * commands and AWS::CloudFormation::Authentication credentials may hold secrets.
 */
function readMetadata(id: string, metadata: unknown, at: Span, warn: (span: Span, message: string) => void): Record<string, unknown> | undefined {
  if (metadata === undefined || metadata === null) return undefined;
  if (!isObj(metadata) || isUnknown(metadata)) {
    warn(at, `cloudformation: the Metadata of ${id} is not a mapping: ignored`);
    return undefined;
  }
  const copy = plainCopy(metadata, METADATA_NODES, (k) => k.startsWith('AWS::CloudFormation::'));
  if (copy === undefined) warn(at, `cloudformation: the Metadata of ${id} has more than ${METADATA_NODES} values: ignored`);
  return copy;
}

/** The lines of the suppression blocks and entries in a resource's Metadata (see FileProvenance.metadataSpans). */
function suppressionSpans(metadata: Obj, spans: SpanTable): Record<string, Span> {
  const out: Record<string, Span> = {};
  for (const [tool, list] of [['palisade', 'ignore'], ['cdk_nag', 'rules_to_suppress'], ['checkov', 'skip']] as const) {
    const at = spans.child(metadata, tool);
    if (at) out[tool] = at;
    const block = metadata[tool];
    const items = isObj(block) ? block[list] : undefined;
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length && i < METADATA_NODES; i++) {
      const item = spans.child(items, i);
      if (item) out[`${tool}.${list}.${i}`] = item;
    }
  }
  return out;
}

/** Metadata is a few suppressions; a YAML alias bomb must not expand into memory. */
const METADATA_NODES = 10_000;

/**
 * A copy with plain objects and arrays (the tree's mappings have no prototype), or undefined
 * when it would hold more than `budget` values (aliases are shared in the tree, copied here).
 * `skip` leaves out top-level keys. Over budget is a sentinel, not a thrown Error: an Error's
 * stack trace, built once per resource, was most of this function's cost.
 */
function plainCopy(value: Obj, budget: number, skip: (key: string) => boolean): Record<string, unknown> | undefined {
  let left = budget;
  const copy = (v: unknown, top = false): unknown => {
    if (--left < 0) return OVER_BUDGET;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const x of v) {
        const c = copy(x);
        if (c === OVER_BUDGET) return OVER_BUDGET;
        out.push(c);
      }
      return out;
    }
    if (isObj(v) && !isUnknown(v)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        if (top && skip(k)) continue;
        const x = copy(v[k]);
        if (x === OVER_BUDGET) return OVER_BUDGET;
        setOwn(out, k, x);
      }
      return out;
    }
    return v;
  };
  const out = copy(value, true);
  return out === OVER_BUDGET ? undefined : (out as Record<string, unknown>);
}

const OVER_BUDGET: unique symbol = Symbol('over budget');

function addDependsOn(id: string, res: Obj, types: Map<string, string>, resolver: Resolver, at: Span, warn: (span: Span, message: string) => void): void {
  const deps = typeof res.DependsOn === 'string' ? [res.DependsOn] : Array.isArray(res.DependsOn) ? res.DependsOn : [];
  for (const dep of deps) {
    if (typeof dep !== 'string' || !types.has(dep)) {
      warn(at, `cloudformation: ${id} depends on ${typeof dep === 'string' ? dep : 'a value'} that is not a resource of the template`);
      continue;
    }
    const set = resolver.edges.get(id) ?? new Set<string>();
    set.add(dep);
    resolver.edges.set(id, set);
  }
}

/**
 * SAM resources become CloudFormation resources (a function, its role, permissions, an API
 * stage...) only when the SAM transform runs. What sam.ts does not add is named once, so a SAM
 * template without findings is not taken for a clean one.
 */
function reportServerless(types: Map<string, string>, unreadEvents: Map<string, string[]>, spanOf: (id: string) => Span, warn: (span: Span, message: string) => void): void {
  const [first] = unreadEvents.keys();
  if (first !== undefined) {
    const kinds = [...new Set([...unreadEvents.values()].flat())].join(', ');
    warn(spanOf(first), `cloudformation: the permissions and resources the SAM transform creates for ${kinds} events (of ${[...unreadEvents.keys()].join(', ')}) are not analyzed`);
  }
  const sam = [...types].filter(([, type]) => type.startsWith('AWS::Serverless::') && !(type in NORMALIZERS));
  if (sam.length === 0) return;
  const kinds = [...new Set(sam.map(([, type]) => type))].join(', ');
  warn(spanOf(sam[0]![0]), `cloudformation: ${sam.length} SAM resource${sam.length === 1 ? '' : 's'} (${kinds}) not analyzed: the SAM transform that turns them into CloudFormation resources is not applied (Serverless functions, APIs and simple tables are read as written)`);
}

function checkTransform(transform: unknown, at: Span, warn: (span: Span, message: string) => void): void {
  const names = Array.isArray(transform) ? transform : transform === undefined ? [] : [transform];
  for (const t of names) {
    const name = typeof t === 'string' ? t : isObj(t) && typeof t.Name === 'string' ? t.Name : undefined;
    if (name && PLAIN_TRANSFORMS.has(name)) continue;
    warn(at, `cloudformation: transform ${name ?? '(unnamed)'} may change the template when deployed; it is analyzed as written`);
  }
}

/** Each cycle of the reference graph once, as a path of logical ids. */
export function findCycles(edges: Map<string, Set<string>>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const next = (node: string): Iterator<string> => (edges.get(node) ?? new Set<string>()).values();
  for (const start of edges.keys()) {
    if (state.has(start)) continue;
    const stack = [{ node: start, it: next(start) }];
    const path = [start];
    state.set(start, 'open');
    // Iterative: a long chain of references must not exhaust the call stack.
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const step = top.it.next();
      if (step.done) {
        state.set(top.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const target = step.value;
      const s = state.get(target);
      if (s === 'open') {
        const cycle = path.slice(path.indexOf(target));
        const key = [...cycle].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined) {
        state.set(target, 'open');
        path.push(target);
        stack.push({ node: target, it: next(target) });
      }
    }
  }
  return cycles;
}

/**
 * CloudFormation rejects a JSON template that is not strict JSON, though it reads as YAML
 * (a trailing comma, a comment). Only the position is reported: the parser's message may quote
 * the text, and the text may hold a secret.
 */
function checkJson(file: string, text: string, errors: InputError[]): void {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const position = /position (\d+)/.exec(messageOf(err))?.[1];
    const line = position === undefined ? 1 : lineIndex(text)(Number(position));
    errors.push({ file, line, level: 'warning', message: 'cloudformation: the template is not strict JSON (it was read as YAML)' });
  }
}

/** A .json file, or a file of another name (`.template`) that starts like JSON. */
function looksLikeJson(file: string, text: string): boolean {
  return /\.json$/i.test(file) || (!/\.ya?ml$/i.test(file) && /^\uFEFF?\s*\{/.test(text));
}

function dedupe(errors: InputError[]): InputError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.level}\u0000${e.line ?? ''}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
