/**
 * A merged Compose project -> `compose.service` resources (src/model/compose.ts), each value
 * with the span it came from. Pure: env files were read before.
 */
import type { ComposeEnvVar, ComposePort, ComposeServiceProperties, ComposeVolume } from '../../model/compose.js';
import type { InputError, Resource, Span } from '../../model/resource.js';
import type { LEntry, LMap, LNode, LScalar, Origin } from '../document/located.js';
import { entryOrigin, get, isLMap, isLScalar, isLSeq, scalarText, toPlain } from '../document/located.js';
import type { EnvFileLoad, EnvVarLoad } from './project.js';
import { envFileKey, isRaw } from './project.js';
import { toBool } from './interpolate.js';
import { envVar, isDefaultCredential, redactArgs, redactNamedValue, scrubText } from '../secrets.js';
import { keyedEntries, parseImage, parsePort, parseVolume, shellSplit, type Parsed } from './syntax.js';
import { setOwn } from '../own.js';
import { LocationRecorder, type LocationWriter } from '../../model/locations.js';

export interface NormalizeInput {
  root: LMap;
  serviceFiles: Map<string, string[]>;
  envFiles: Map<string, EnvFileLoad>;
}

export function normalizeProject(input: NormalizeInput): { resources: Resource[]; errors: InputError[] } {
  const services = get(input.root, 'services');
  const resources: Resource[] = [];
  const errors: InputError[] = [];
  if (!isLMap(services)) return { resources, errors };
  const recorder = new LocationRecorder();
  for (const [name, e] of services.entries) {
    if (!isLMap(e.value)) continue;
    resources.push(normalizeService(name, e, input, errors, recorder.writer()));
  }
  recorder.finish();
  return { resources, errors };
}

/** A scalar as text (numbers and booleans as written in YAML); null for null and collections. */
function text(node: LNode | undefined): string | null {
  if (!isLScalar(node) || node.value === null) return null;
  return scrubText(scalarText(node)!, node.sensitive);
}

function flag(node: LNode | undefined): boolean {
  if (!isLScalar(node)) return false;
  if (typeof node.value === 'boolean') return node.value;
  return typeof node.value === 'string' ? toBool(node.value) ?? false : false;
}

function items(node: LNode | undefined): LNode[] {
  if (isLSeq(node)) return node.items;
  if (isLScalar(node) && node.value !== null) return [node];
  return [];
}

function normalizeService(name: string, se: LEntry, input: NormalizeInput, errors: InputError[], locations: LocationWriter): Resource {
  const svc = se.value as LMap;
  const main = se.keyOrigin.file;
  const span = (o: Origin): Span => (o.file === main ? { line: o.line, endLine: o.endLine } : { file: o.file, line: o.line, endLine: o.endLine });
  const locate = (path: string, o: Origin | undefined): void => {
    if (o) locations.set(path, span(o));
  };
  const report = (o: Origin, level: InputError['level'], message: string): void => {
    errors.push({ file: o.file, line: o.line, level, message });
  };
  const field = (key: string): LEntry | undefined => svc.entries.get(key);
  const node = (key: string): LNode | undefined => svc.entries.get(key)?.value;
  /** Records `properties.<key>` at the attribute's entry. */
  const at = (key: string, as = key): LNode | undefined => {
    const e = field(key);
    if (e) locate(`properties.${as}`, entryOrigin(e));
    return e?.value;
  };

  // Image
  // `image: ${IMAGE}` with IMAGE unset is already a warning; '' names no image a rule could judge.
  const imageText = text(at('image'));
  const image = imageText === null || imageText.trim() === '' ? null : imageText;
  const ref = image === null ? null : parseImage(image);
  if (field('image')) for (const k of ['image_name', 'image_tag', 'image_digest']) locate(`properties.${k}`, entryOrigin(field('image')!));

  // Lists of plain strings
  const stringList = (key: string, map: (s: string) => string = (s) => s): string[] => {
    const out: string[] = [];
    for (const item of items(at(key))) {
      const s = text(item);
      if (s === null) continue;
      locate(`properties.${key}.${out.length}`, item.origin);
      out.push(map(s));
    }
    return out;
  };
  const capability = (s: string): string => s.trim().toUpperCase().replace(/^CAP_/, '');

  // Ports and volumes: entries that do not parse are reported and left out (indexes follow the list kept).
  const parsedList = <T>(key: 'ports' | 'volumes', parse: (v: unknown) => Parsed<T>, fix: (v: T, item: LNode, index: number) => T = (v) => v): T[] => {
    const out: T[] = [];
    for (const item of items(at(key))) {
      const parsed = parse(toPlain(item));
      if (!parsed.ok) {
        report(item.origin, 'error', `service ${name}: ${key}: ${parsed.message}`);
        continue;
      }
      locate(`properties.${key}.${out.length}`, item.origin);
      out.push(fix(parsed.value, item, out.length));
    }
    return out;
  };
  const ports: ComposePort[] = parsedList('ports', parsePort);
  const volumes: ComposeVolume[] = parsedList('volumes', parseVolume, (v, item, index) => {
    const sensitive = isLScalar(item) ? item.sensitive : undefined;
    const volume = { ...v, source: v.source === null ? null : scrubText(v.source, sensitive), target: scrubText(v.target, sensitive) };
    const device = v.type === 'volume' && v.source !== null ? boundDevice(input.root, v.source) : null;
    if (device === null) return volume;
    // The named volume is a host path in disguise: judged as the bind it is, at its `device:` line.
    locate(`properties.volumes.${index}`, entryOrigin(device.entry));
    return { ...volume, type: 'bind', source: device.path, named_volume: v.source! };
  });

  // Environment: env_file entries first, `environment` overrides them.
  const environment: Record<string, ComposeEnvVar> = {};
  for (const item of items(node('env_file'))) {
    const pathNode = isLMap(item) ? get(item, 'path') : item;
    const path = isLScalar(pathNode) && typeof pathNode.value === 'string' ? pathNode.value : null;
    if (path === null) continue;
    const required = isLMap(item) && get(item, 'required') ? flag(get(item, 'required')) : true;
    const loaded = input.envFiles.get(envFileKey(path, isRaw(item)));
    if (!loaded || !loaded.ok) {
      if (required) report(item.origin, 'error', `service ${name}: env_file ${path}: ${loaded && !loaded.ok ? loaded.message : 'not read'}`);
      continue;
    }
    for (const v of loaded.vars) setEnv(environment, locations, span, v);
  }
  const envEntry = field('environment');
  if (envEntry) locate('properties.environment', entryOrigin(envEntry));
  for (const e of keyedEntries(envEntry?.value)) {
    const v = e.value as LScalar;
    const value = scalarText(v);
    setEnv(environment, locations, span, {
      name: e.key,
      value,
      origin: isLMap(envEntry!.value) ? entryOrigin(e) : e.keyOrigin,
      interpolated: v.interpolated === true,
      sensitive: v.sensitive ?? [],
    });
  }

  // Secrets granted
  const secrets: string[] = [];
  for (const item of items(at('secrets'))) {
    const s = isLMap(item) ? text(get(item, 'source')) : text(item);
    if (s === null) continue;
    locate(`properties.secrets.${secrets.length}`, item.origin);
    secrets.push(s);
  }

  const args = (key: 'command' | 'entrypoint'): string[] => argList(at(key), `properties.${key}`, locate);
  const passwords = commandPasswords(at('command'));

  // Healthcheck
  let healthcheck: ComposeServiceProperties['healthcheck'] = null;
  const hc = at('healthcheck');
  if (isLMap(hc)) {
    const testEntry = hc.entries.get('test');
    if (testEntry) locate('properties.healthcheck.test', entryOrigin(testEntry));
    const disableEntry = hc.entries.get('disable');
    if (disableEntry) locate('properties.healthcheck.disable', entryOrigin(disableEntry));
    let test: string[] = [];
    if (testEntry && isLScalar(testEntry.value) && typeof testEntry.value.value === 'string') {
      // A string test runs in a shell, as `CMD-SHELL` does.
      test = ['CMD-SHELL', ...redactArgs([testEntry.value.value], testEntry.value.sensitive)];
    } else if (testEntry && isLSeq(testEntry.value)) {
      test = redactArgs(textItems(testEntry.value), sensitiveOf(testEntry.value));
    }
    const disable = flag(disableEntry?.value) || (test.length === 1 && test[0]!.toUpperCase() === 'NONE');
    healthcheck = { disable, test };
  }

  // deploy: restart policy and limits
  const deploy = node('deploy');
  let restartPolicy: ComposeServiceProperties['restart_policy'] = null;
  const rp = isLMap(deploy) ? deploy.entries.get('restart_policy') : undefined;
  if (rp && isLMap(rp.value)) {
    locate('properties.restart_policy', entryOrigin(rp));
    const cond = rp.value.entries.get('condition');
    if (cond) locate('properties.restart_policy.condition', entryOrigin(cond));
    restartPolicy = { condition: text(cond?.value) ?? 'any' };
  }
  const limitsEntry = isLMap(deploy) ? get(deploy, 'resources') : undefined;
  const deployLimits = isLMap(limitsEntry) ? limitsEntry.entries.get('limits') : undefined;
  const limit = (deployKey: string, serviceKey: string, as: string): string | null => {
    const d = isLMap(deployLimits?.value) ? deployLimits!.value.entries.get(deployKey) : undefined;
    const s = field(serviceKey);
    const chosen = d && text(d.value) !== null ? d : s && text(s.value) !== null ? s : undefined;
    if (!chosen) return null;
    locate(`properties.limits.${as}`, entryOrigin(chosen));
    if (!locations.has('properties.limits')) locate('properties.limits', entryOrigin(chosen === d ? deployLimits! : chosen));
    return text(chosen.value);
  };
  const memory = limit('memory', 'mem_limit', 'memory');
  const cpus = limit('cpus', 'cpus', 'cpus');
  const pids = limit('pids', 'pids_limit', 'pids');

  // depends_on
  const dependsOn: ComposeServiceProperties['depends_on'] = {};
  const deps = at('depends_on');
  for (const e of keyedEntries(deps, /$^/)) {
    const detail = isLMap(deps) ? e.value : undefined;
    locate(`properties.depends_on.${e.key}`, isLMap(deps) ? entryOrigin(e) : e.keyOrigin);
    const condition = isLMap(detail) ? text(get(detail, 'condition')) : null;
    const req = isLMap(detail) ? get(detail, 'required') : undefined;
    setOwn(dependsOn, e.key, { condition: condition ?? 'service_started', required: req ? flag(req) : true });
  }

  // Networks, with what the project says of each
  const networkMode = text(at('network_mode'));
  const networks: ComposeServiceProperties['networks'] = [];
  const netNode = at('networks');
  const topNetworks = get(input.root, 'networks');
  const describe = (net: string, o: Origin | undefined): { name: string; internal: boolean; external: boolean } => {
    const def = get(topNetworks, net);
    if (!isLMap(topNetworks) || !(topNetworks as LMap).entries.has(net)) {
      if (net !== 'default' && o) report(o, 'warning', `service ${name} joins network ${net}, which the project does not define`);
    }
    const ext = get(def, 'external');
    return { name: net, internal: flag(get(def, 'internal')), external: flag(ext) || isLMap(ext) };
  };
  if (netNode && !(isLScalar(netNode) && netNode.value === null)) {
    for (const e of keyedEntries(netNode, /$^/)) {
      const o = isLMap(netNode) ? entryOrigin(e) : e.keyOrigin;
      locate(`properties.networks.${networks.length}`, o);
      networks.push(describe(e.key, o));
    }
  } else if (networkMode === null) {
    // No networks and no network_mode: the project's default network.
    networks.push(describe('default', undefined));
  }

  // Logging
  let logging: ComposeServiceProperties['logging'] = null;
  const log = at('logging');
  if (isLMap(log)) {
    const driver = log.entries.get('driver');
    if (driver) locate('properties.logging.driver', entryOrigin(driver));
    const options: Record<string, string> = {};
    const opts = get(log, 'options');
    if (isLMap(opts)) {
      for (const [k, e] of opts.entries) {
        const v = isLScalar(e.value) ? e.value : undefined;
        if (!v || v.value === null) continue;
        locate(`properties.logging.options.${k}`, entryOrigin(e));
        setOwn(options, k, redactNamedValue(k, scalarText(v)!, v.sensitive));
      }
    }
    // Docker's documented default driver.
    logging = { driver: text(driver?.value) ?? 'json-file', options };
  }

  // Labels -> tags
  const tags: Record<string, string> = {};
  for (const e of keyedEntries(node('labels'))) {
    const v = e.value as LScalar;
    locate(`tags.${e.key}`, isLMap(node('labels')) ? entryOrigin(e) : e.keyOrigin);
    setOwn(tags, e.key, redactNamedValue(e.key, scalarText(v) ?? '', v.sensitive));
  }

  const properties: ComposeServiceProperties = {
    image,
    image_name: ref?.name ?? null,
    image_tag: ref?.tag ?? null,
    image_digest: ref?.digest ?? null,
    build: (() => {
      const b = at('build');
      return b !== undefined && !(isLScalar(b) && b.value === null);
    })(),
    privileged: flag(at('privileged')),
    user: text(at('user')),
    read_only: flag(at('read_only')),
    network_mode: networkMode,
    pid: text(at('pid')),
    ipc: text(at('ipc')),
    uts: text(at('uts')),
    userns_mode: text(at('userns_mode')),
    cgroup: text(at('cgroup')),
    cap_add: stringList('cap_add', capability),
    cap_drop: stringList('cap_drop', capability),
    security_opt: stringList('security_opt'),
    ports,
    volumes,
    environment,
    secrets,
    command: args('command'),
    entrypoint: args('entrypoint'),
    ...(passwords.length > 0 ? { command_passwords: passwords } : {}),
    healthcheck,
    restart: text(at('restart')),
    restart_policy: restartPolicy,
    depends_on: dependsOn,
    networks,
    logging,
    limits: { memory, cpus, pids },
    profiles: stringList('profiles'),
    files: input.serviceFiles.get(name) ?? [main],
  };
  if (!field('image') && !field('build')) {
    report(se.keyOrigin, 'warning', `service ${name} has neither an image nor a build: Compose refuses to run it`);
  }
  crossReferences(name, svc, input.root, report);

  return {
    id: `${main}#services.${name}`,
    type: 'compose.service',
    source: 'compose',
    name,
    properties: properties as unknown as Record<string, unknown>,
    tags,
    provenance: { kind: 'file', file: main, span: span(se.keyOrigin), locations: locations.close() },
  };
}

/**
 * The host path a named volume binds (`driver_opts: { type: none, o: bind, device: /path }`, the
 * local driver's bind mount), with its `device` entry; null for any other volume.
 */
function boundDevice(root: LMap, name: string): { path: string; entry: LEntry } | null {
  const def = get(get(root, 'volumes'), name);
  const opts = isLMap(def) ? get(def, 'driver_opts') : undefined;
  if (!isLMap(opts)) return null;
  const o = text(get(opts, 'o'));
  const entry = opts.entries.get('device');
  const path = text(entry?.value);
  if (o === null || !o.split(',').some((opt) => ['bind', 'rbind'].includes(opt.trim())) || !entry || path === null || path.trim() === '') return null;
  return { path: path.trim(), entry };
}

function setEnv(env: Record<string, ComposeEnvVar>, locations: LocationWriter, span: (o: Origin) => Span, v: EnvVarLoad): void {
  const passThrough = v.value === null;
  // Written without a value, the variable comes from the environment at run time.
  setOwn(env, v.name, envVar(v.name, {
    value: v.value,
    interpolated: v.interpolated || passThrough,
    sensitive: v.sensitive,
    passThrough,
    envFile: v.envFile ? v.origin.file : null,
  }));
  locations.set(`properties.environment.${v.name}`, span(v.origin));
}

function textItems(seq: LNode): string[] {
  return items(seq)
    .map((i) => (isLScalar(i) ? scalarText(i) : null))
    .filter((s): s is string => s !== null);
}

function sensitiveOf(node: LNode | undefined): string[] {
  if (isLScalar(node)) return node.sensitive ?? [];
  if (isLSeq(node)) return node.items.flatMap(sensitiveOf);
  return [];
}

/** Flags whose next argument (or `=value`) is a server password. */
const PASSWORD_FLAGS = new Set(['--requirepass', '--masterauth', '--password']);

/**
 * Literal passwords given to PASSWORD_FLAGS in the command (a `sh -c` script included), judged
 * as environment passwords are (under 12 characters, or a well-known default); variable
 * references are not literal. Nothing of the value is returned.
 */
function commandPasswords(node: LNode | undefined): NonNullable<ComposeServiceProperties['command_passwords']> {
  const raw = isLScalar(node) && node.value !== null ? [scalarText(node)!] : isLSeq(node) ? node.items.flatMap((i) => (isLScalar(i) && i.value !== null ? [scalarText(i)!] : [])) : [];
  const out: NonNullable<ComposeServiceProperties['command_passwords']> = [];
  const args = isLScalar(node) ? shellSplit(raw[0] ?? '') : raw;
  args.forEach((arg, index) => {
    const words = isLScalar(node) ? [arg] : shellSplit(arg);
    words.forEach((word, w) => {
      const [flag, inline] = word.includes('=') ? [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)] : [word, undefined];
      if (!PASSWORD_FLAGS.has(flag.toLowerCase())) return;
      // The value is in this argument (`--flag=v`, or a word of a script), else the next argument.
      const separate = inline === undefined && (isLScalar(node) || words.length === 1);
      const next = inline ?? (separate ? args[index + 1] : words[w + 1]);
      if (next === undefined || next === '' || next.startsWith('-') || /^["']?\$/.test(next)) return;
      const value = next.replace(/^(["'])(.*)\1$/, '$2');
      const defaultCredential = isDefaultCredential(value);
      out.push({ index: separate ? index + 1 : index, flag: flag.toLowerCase(), weak: value.length < 12 || defaultCredential, default_credential: defaultCredential });
    });
  });
  return out;
}

/** command / entrypoint: a string is split as a shell would; a list is taken as written. */
function argList(node: LNode | undefined, path: string, locate: (path: string, o: Origin | undefined) => void): string[] {
  if (node === undefined || (isLScalar(node) && node.value === null)) return [];
  if (isLScalar(node)) {
    const args = shellSplit(scalarText(node)!);
    args.forEach((_, i) => locate(`${path}.${i}`, node.origin));
    return redactArgs(args, node.sensitive);
  }
  if (isLSeq(node)) {
    const out: string[] = [];
    for (const item of node.items) {
      if (!isLScalar(item) || item.value === null) continue;
      locate(`${path}.${out.length}`, item.origin);
      out.push(scalarText(item)!);
    }
    return redactArgs(out, sensitiveOf(node));
  }
  return [];
}

/** References to networks, volumes, secrets and services the project does not define. */
function crossReferences(name: string, svc: LMap, root: LMap, report: (o: Origin, level: InputError['level'], message: string) => void): void {
  const defined = (section: string, key: string): boolean => {
    const s = get(root, section);
    return isLMap(s) && s.entries.has(key);
  };
  for (const item of items(get(svc, 'volumes'))) {
    const v = parseVolume(toPlain(item));
    if (v.ok && v.value.type === 'volume' && v.value.source !== null && !defined('volumes', v.value.source)) {
      report(item.origin, 'warning', `service ${name} uses volume ${v.value.source}, which the project does not define`);
    }
  }
  for (const item of items(get(svc, 'secrets'))) {
    const s = isLMap(item) ? get(item, 'source') : item;
    if (isLScalar(s) && typeof s.value === 'string' && !defined('secrets', s.value)) {
      report(item.origin, 'warning', `service ${name} uses secret ${s.value}, which the project does not define`);
    }
  }
  const deps = get(svc, 'depends_on');
  for (const e of keyedEntries(deps, /$^/)) {
    if (!defined('services', e.key)) report(isLMap(deps) ? entryOrigin(e) : e.keyOrigin, 'warning', `service ${name} depends on ${e.key}, which the project does not define`);
  }
}
