/**
 * How resources are split into wasm calls. Rules that relate resources (Compose siblings and
 * jobs, IAM policies folded into the roles they attach to, S3 log targets, account-level
 * checks) only ever relate resources of one group. Groups are packed whole into batches of
 * about `size` resources, except a Compose project larger than `size`: the engine's cost per
 * resource grows with the batch, so such a project is cut into slices of `size` services of
 * its own, each evaluated with the services its rules look across (see `composeRelated`), and
 * only the slice's own services' findings are kept. A live account/region larger than `size` is
 * cut too (see liveSlices, LIVE_CUTS): IAM identities with the policies attached to them, buckets
 * with the buckets logging to them, Lambda functions with the data stores they name, the rest in
 * plain slices.
 */
import type { Resource } from '../model/resource.js';

/**
 * Resources per wasm call. The engine's cost per resource grows with the batch past a few hundred
 * (`npm run bench -- --only curve`, on 5,000 W1 resources, with the instance reused between
 * batches: 35 µs at 50, 33 at 100, 35 at 250, 37 at 500, 62 at 1,000, 67 at 2,000, 202 in one
 * call). From 100 to 250 the curve is flat within the machine's noise (CLI A/B of 150 against 250
 * on W1 200 and Compose 3,000: no difference beyond it); 250 keeps Compose and live slices few,
 * and a batch's memory (about 18 KiB per resource, zeroed between batches) small.
 */
export const DEFAULT_BATCH = 250;

/** One wasm call: what it is given, and whose findings it reports. */
export interface Batch {
  resources: Resource[];
  /** Ids of the resources whose findings count; absent: every resource of the batch. */
  own?: Set<string>;
}

export interface BatchOptions {
  /**
   * Cut Compose projects larger than the batch size (default true). Only for the built-in rules,
   * whose cross-service lookups `composeRelated` mirrors; a custom policy may look at every
   * service of a project, so its bundle is evaluated with projects whole.
   */
  splitCompose?: boolean;
  /**
   * Cut live account/region groups larger than the batch size (default true), keeping the
   * resources of LIVE_RELATED_TYPES together (see liveSlices). Only for the built-in rules, like splitCompose.
   */
  splitLive?: boolean;
}

/**
 * The live resource types that built-in rules judge together with other resources of their
 * account and region. Every other relation of the AWS rules is resolved by the live normalizers
 * into each resource's own properties (a bucket's log target, a VPC's flow logs, a table's key,
 * the account's CloudTrail and Config state as one `aws.cloudtrail.account`/`aws.config.recorder`
 * item, the default security group's rules), so a rule body ranges over one resource. The rules
 * that range over more than one, and what they read (test/live-slices.test.ts finds them in the
 * Rego and fails on one not listed here):
 * - the IAM rules over `aws.identity_statements` (policies/lib/aws.rego): policies folded into
 *   the groups, roles and users they are attached to;
 * - the S3 rules over `aws.s3_access_log_target`: whether another bucket logs to this one
 *   (access logging, KMS encryption, confidential logging);
 * - aws.lambda.data_store_vpc: a function's environment naming a data store of the input.
 */
export const LIVE_RELATED: Record<string, readonly string[]> = {
  'aws.identity_statements': ['aws.iam.group', 'aws.iam.role', 'aws.iam.user', 'aws.iam.policy'],
  'aws.s3_access_log_target': ['aws.s3.bucket'],
  'aws.lambda.data_store_vpc': ['aws.lambda.function', 'aws.rds.instance', 'aws.rds.cluster', 'aws.elasticache.replication_group', 'aws.redshift.cluster', 'aws.opensearch.domain'],
};

export const LIVE_RELATED_TYPES: ReadonlySet<string> = new Set(Object.values(LIVE_RELATED).flat());

/**
 * Resources that rules may relate share a key: one Compose project or template (resource ids
 * are `<project or template file>#...`), one AWS account and region for live resources.
 */
export function groupKey(r: Resource): string {
  const p = r.provenance;
  if (p.kind === 'cloud') return `cloud:${p.account ?? ''}:${p.region ?? ''}`;
  const hash = r.id.indexOf('#');
  return `file:${hash >= 0 ? r.id.slice(0, hash) : p.file}`;
}

export function batches(resources: Resource[], size = DEFAULT_BATCH, options: BatchOptions = {}): Batch[] {
  const packer = new BatchPacker(size, options);
  const out: Batch[] = [];
  for (const g of groupsOf(resources)) out.push(...packer.add(g));
  out.push(...packer.end());
  return out;
}

/** Resources by groupKey, in the order each group first appears. */
export function groupsOf(resources: Resource[]): Resource[][] {
  const groups = new Map<string, Resource[]>();
  for (const r of resources) {
    const key = groupKey(r);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()];
}

/**
 * Packs whole groups into batches as they come, so a scan can evaluate a batch while the next
 * inputs are still loading. Given the groups of `batches()` in the same order, it gives the same
 * batches: `batches()` is this packer run over every group at once.
 */
export class BatchPacker {
  private current: Resource[] = [];
  constructor(
    private readonly size = DEFAULT_BATCH,
    private readonly options: BatchOptions = {},
  ) {}

  /** The batches that are full once `group` (complete: no resource of it comes later) is added. */
  add(group: Resource[]): Batch[] {
    const out: Batch[] = [];
    if (this.options.splitCompose !== false && group.length > this.size && group.every(isComposeService)) {
      out.push(...this.end());
      out.push(...composeSlices(group, this.size));
      return out;
    }
    if (this.options.splitLive !== false && group.length > this.size && group.every(isLive)) {
      out.push(...this.end());
      out.push(...liveSlices(group, this.size));
      return out;
    }
    if (this.current.length > 0 && this.current.length + group.length > this.size) out.push(...this.end());
    for (const r of group) this.current.push(r);
    return out;
  }

  /** What is left: the last, partly filled batch. */
  end(): Batch[] {
    const out = this.current.length > 0 ? [{ resources: this.current }] : [];
    this.current = [];
    return out;
  }
}

function isComposeService(r: Resource): boolean {
  return r.type === 'compose.service' && r.provenance.kind === 'file';
}

function isLive(r: Resource): boolean {
  return r.provenance.kind === 'cloud';
}

/**
 * How the resources of one LIVE_RELATED entry are cut: `members` in slices of the batch size,
 * each with what `relatedTo` finds they relate to among the entry's resources of the group;
 * the entry's other types in slices of their own (their findings read only themselves). Each
 * mirrors its Rego helper: a change to aws.folded, aws.s3_access_log_target or the Lambda
 * rule's store_names must be made here too (test/live-slices.test.ts compares sliced and
 * whole evaluations, and checks that every entry has its cut).
 */
interface LiveCut {
  members: readonly string[];
  relatedTo: (resources: Resource[]) => (own: Resource[]) => Resource[];
}

export const LIVE_CUTS: Record<string, LiveCut> = {
  'aws.identity_statements': { members: ['aws.iam.group', 'aws.iam.role', 'aws.iam.user'], relatedTo: (rs) => iamRelated(rs.filter((r) => r.type === 'aws.iam.policy')) },
  'aws.s3_access_log_target': { members: ['aws.s3.bucket'], relatedTo: bucketRelated },
  'aws.lambda.data_store_vpc': { members: ['aws.lambda.function'], relatedTo: (rs) => storesRelated(rs.filter((r) => r.type !== 'aws.lambda.function')) },
};

/**
 * One live account/region in slices, each batch judging at most `size` resources of its own:
 * the resources of each LIVE_RELATED entry as its LIVE_CUTS says (IAM identities with the
 * policies attached to them, buckets with the buckets logging to them, Lambda functions with
 * the data stores their environment names), every other resource in slices of `size`, each
 * judged alone by the rules that read it. A resource included only for its relations is judged
 * in its own slice: a batch reports only its own resources' findings (`own`), so each resource's
 * findings come from exactly one batch. An entry without a cut, or sharing a type with another
 * entry, stays in one batch with the entries it shares types with.
 */
function liveSlices(group: Resource[], size: number): Batch[] {
  const entries = Object.entries(LIVE_RELATED);
  const cut = new Map<string, string>();
  for (const [name, types] of entries) {
    const alone = types.every((t) => entries.every(([other, ts]) => other === name || !ts.includes(t)));
    if (alone && LIVE_CUTS[name]) for (const t of types) cut.set(t, name);
  }
  const byEntry = new Map<string, Resource[]>();
  const related: Resource[] = [];
  const rest: Resource[] = [];
  for (const r of group) {
    const entry = cut.get(r.type);
    if (entry !== undefined) {
      const l = byEntry.get(entry);
      if (l) l.push(r);
      else byEntry.set(entry, [r]);
    } else (LIVE_RELATED_TYPES.has(r.type) ? related : rest).push(r);
  }
  const out: Batch[] = [];
  if (related.length > 0) out.push({ resources: related });
  for (const [entry, resources] of byEntry) {
    if (resources.length <= size) {
      out.push({ resources });
      continue;
    }
    const { members, relatedTo } = LIVE_CUTS[entry]!;
    const judged = resources.filter((r) => members.includes(r.type));
    const others = resources.filter((r) => !members.includes(r.type));
    out.push(...withRelated(judged, size, relatedTo(resources)));
    for (let start = 0; start < others.length; start += size) out.push({ resources: others.slice(start, start + size) });
  }
  for (let start = 0; start < rest.length; start += size) out.push({ resources: rest.slice(start, start + size) });
  return out;
}

/** Slices of `size` of `list`, each with what `relatedTo` gives for its resources, in `list`'s order then theirs. */
function withRelated(list: Resource[], size: number, relatedTo: (own: Resource[]) => Resource[]): Batch[] {
  const out: Batch[] = [];
  for (let start = 0; start < list.length; start += size) {
    const slice = list.slice(start, start + size);
    const included = new Set<Resource>(slice);
    for (const r of relatedTo(slice)) included.add(r);
    out.push({ resources: [...included], own: new Set(slice.map((r) => r.id)) });
  }
  return out;
}

const ATTACHMENT_LIST: Record<string, string> = { 'aws.iam.group': 'groups', 'aws.iam.role': 'roles', 'aws.iam.user': 'users' };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * The policy resources that `aws.folded` (policies/lib/aws.rego) may find attached to the given
 * identities: those whose `attached[<roles|users|groups>]` names one of `identity_names(r)`
 * (`ref:<name>`, the name, the id, role_name, user_name, group_name), and those whose
 * `ref:<name>` is in r's managed_policy_arns. A policy whose `attached` is not an object of
 * string lists is taken for every slice: more resources than needed never change the own
 * resources' findings, fewer would.
 */
function iamRelated(policies: Resource[]): (own: Resource[]) => Resource[] {
  const always: Resource[] = [];
  const byName = new Map<string, Resource[]>();
  const byRef = new Map<string, Resource[]>();
  const add = (m: Map<string, Resource[]>, k: string, r: Resource): void => {
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  };
  for (const q of policies) {
    add(byRef, `ref:${q.name}`, q);
    const attached = q.properties.attached;
    if (!isRecord(attached)) {
      always.push(q);
      continue;
    }
    const names = Object.entries(attached);
    if (names.some(([, l]) => !Array.isArray(l) || l.some((n) => typeof n !== 'string'))) {
      always.push(q);
      continue;
    }
    for (const [list, l] of names) for (const n of l as string[]) add(byName, `${list}\u0000${n}`, q);
  }
  return (own) => {
    const out = [...always];
    for (const r of own) {
      const list = ATTACHMENT_LIST[r.type]!;
      const p = r.properties;
      for (const n of [`ref:${r.name}`, r.name, r.id, p.role_name, p.user_name, p.group_name]) if (typeof n === 'string') out.push(...(byName.get(`${list}\u0000${n}`) ?? []));
      const arns = p.managed_policy_arns;
      if (Array.isArray(arns)) for (const a of arns) if (typeof a === 'string') out.push(...(byRef.get(a) ?? []));
    }
    return out;
  };
}

/**
 * The buckets that `aws.s3_access_log_target` (policies/lib/aws.rego) may find logging to the
 * given ones: those whose `logging.target_bucket` is a string equal to `ref:<name>`, the name or
 * the bucket_name of one of them.
 */
function bucketRelated(buckets: Resource[]): (own: Resource[]) => Resource[] {
  const byTarget = new Map<string, Resource[]>();
  for (const b of buckets) {
    const logging = b.properties.logging;
    const target = isRecord(logging) ? logging.target_bucket : undefined;
    if (typeof target !== 'string') continue;
    const l = byTarget.get(target);
    if (l) l.push(b);
    else byTarget.set(target, [b]);
  }
  return (own) => {
    const out: Resource[] = [];
    for (const r of own) {
      const names = new Set([`ref:${r.name}`, r.name, r.properties.bucket_name]);
      for (const n of names) if (typeof n === 'string') out.push(...(byTarget.get(n) ?? []));
    }
    return out;
  };
}

interface DependsOn {
  [name: string]: { condition?: unknown } | undefined;
}

function dependsOn(r: Resource): DependsOn {
  const d = (r.properties as { depends_on?: unknown }).depends_on;
  return d !== null && typeof d === 'object' && !Array.isArray(d) ? (d as DependsOn) : {};
}

/**
 * The services of one project that the built-in rules read when they judge `own`, besides
 * `own` itself. Every lookup across services in the Compose rules goes through
 * `policies/lib/compose.rego`, and there are two:
 * - `sibling(r, name)`, the services r depends on (PAL-COMPOSE-027 asks whether the target
 *   is a data store): r's `depends_on` targets;
 * - `job(r)` via `awaited_jobs`, whether another service waits for r to complete
 *   (PAL-COMPOSE-025, -026): the services whose `depends_on` names r.
 * Both read only the related service's own properties, so one step is enough. Networks and
 * volumes are resolved into each service's properties by the loader (`networks[].internal`,
 * `volumes[]`), and no built-in rule ranges over all the services of a project; the tag rules
 * judge each service alone. A new lookup in compose.rego must be added here: the test
 * "sliced Compose projects" in test/engine.test.ts compares a sliced and a whole evaluation.
 */
export function composeRelated(own: Resource[], byName: Map<string, Resource[]>, dependants: Map<string, Resource[]>): Resource[] {
  const out: Resource[] = [];
  for (const r of own) {
    for (const name of Object.keys(dependsOn(r))) for (const t of byName.get(name) ?? []) out.push(t);
    for (const d of dependants.get(r.name) ?? []) out.push(d);
  }
  return out;
}

function composeSlices(group: Resource[], size: number): Batch[] {
  const byName = new Map<string, Resource[]>();
  const dependants = new Map<string, Resource[]>();
  const add = (m: Map<string, Resource[]>, k: string, r: Resource): void => {
    const l = m.get(k);
    if (l) l.push(r);
    else m.set(k, [r]);
  };
  for (const r of group) {
    add(byName, r.name, r);
    for (const name of Object.keys(dependsOn(r))) add(dependants, name, r);
  }
  const out: Batch[] = [];
  for (let start = 0; start < group.length; start += size) {
    const slice = group.slice(start, start + size);
    const own = new Set(slice.map((r) => r.id));
    const included = new Set<Resource>(slice);
    for (const r of composeRelated(slice, byName, dependants)) included.add(r);
    // In the project's order, as a whole evaluation sees them.
    out.push({ resources: group.filter((r) => included.has(r)), own });
  }
  return out;
}

/**
 * The data stores that aws.lambda.data_store_vpc's `store_names` may match in the given
 * functions' environment values (`ref:<Name>`, the pattern the rule extracts; the endpoint
 * pattern reads the value alone): every store named that way, whatever its type's condition.
 */
function storesRelated(stores: Resource[]): (own: Resource[]) => Resource[] {
  const byName = new Map<string, Resource[]>();
  for (const r of stores) {
    const l = byName.get(r.name);
    if (l) l.push(r);
    else byName.set(r.name, [r]);
  }
  return (own) => {
    const out: Resource[] = [];
    for (const r of own) {
      const env = r.properties.environment;
      if (env === null || typeof env !== 'object') continue;
      for (const v of Object.values(env)) {
        const value = isRecord(v) ? v.value : undefined;
        if (typeof value !== 'string') continue;
        for (const m of value.matchAll(/ref:([A-Za-z0-9]+)/g)) out.push(...(byName.get(m[1]!) ?? []));
      }
    }
    return out;
  };
}

/** The inputs a batch holds, for an error that names them. */
export function batchInputs(batch: Resource[]): string[] {
  const names = new Set<string>();
  for (const r of batch) {
    const p = r.provenance;
    names.add(p.kind === 'file' ? p.file : `aws account ${p.account ?? '?'} region ${p.region ?? '?'}`);
  }
  return [...names].sort();
}
