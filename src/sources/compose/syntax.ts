/**
 * The short and long syntaxes of Compose attributes: ports, volumes, image references,
 * shell-style command strings and `KEY=VALUE` lists. Pure functions over plain values.
 */
import type { ComposePort, ComposeVolume } from '../../model/compose.js';
import type { LEntry, LNode, Origin } from '../document/located.js';
import { isLMap, isLScalar, isLSeq, scalar, scalarText } from '../document/located.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const PORT = /^\d+(?:-\d+)?$/;

const portTarget = (s: string): number | string => (/^\d+$/.test(s) ? Number(s) : s);

/** `"5432"`, `"127.0.0.1:5432:5432"`, `"8000-8010:8000-8010/udp"`, `"[::1]:80:80"`, `"127.0.0.1::80"`. */
export function parsePortString(text: string): Parsed<ComposePort> {
  let s = text.trim();
  let protocol = 'tcp';
  const slash = s.lastIndexOf('/');
  if (slash >= 0) {
    protocol = s.slice(slash + 1).toLowerCase();
    s = s.slice(0, slash);
    if (!/^[a-z]+$/.test(protocol)) return { ok: false, message: 'invalid port protocol' };
  }
  let hostIp: string | null = null;
  let rest = s;
  if (s.startsWith('[')) {
    const close = s.indexOf(']');
    if (close < 0 || s[close + 1] !== ':') return { ok: false, message: 'invalid IPv6 address in port' };
    hostIp = s.slice(1, close);
    rest = s.slice(close + 2);
  }
  const parts = rest.split(':');
  let published: string | null = null;
  let target: string;
  if (hostIp === null && parts.length > 3) {
    // An IPv6 address written without brackets: the last two parts are the ports.
    target = parts.pop()!;
    published = parts.pop()!;
    hostIp = parts.join(':');
  } else if (parts.length === 3 && hostIp === null) {
    [hostIp, published, target] = parts as [string, string, string];
  } else if (parts.length === 2) {
    [published, target] = parts as [string, string];
  } else if (parts.length === 1) {
    target = parts[0]!;
  } else {
    return { ok: false, message: 'invalid port mapping' };
  }
  if (published === '') published = null;
  if (hostIp === '') hostIp = null;
  if (!PORT.test(target)) return { ok: false, message: 'invalid container port' };
  if (published !== null && !PORT.test(published)) return { ok: false, message: 'invalid published port' };
  return { ok: true, value: { host_ip: hostIp, published, target: portTarget(target), protocol } };
}

export function parsePortLong(obj: Record<string, unknown>): Parsed<ComposePort> {
  const target = obj.target;
  const targetText = typeof target === 'number' ? String(target) : typeof target === 'string' ? target.trim() : '';
  if (!PORT.test(targetText)) return { ok: false, message: 'port has no valid target' };
  const published = obj.published;
  const publishedText = typeof published === 'number' ? String(published) : typeof published === 'string' && published !== '' ? published : null;
  if (publishedText !== null && !PORT.test(publishedText)) return { ok: false, message: 'invalid published port' };
  const hostIp = typeof obj.host_ip === 'string' && obj.host_ip !== '' ? obj.host_ip.replace(/^\[(.*)\]$/, '$1') : null;
  const protocol = typeof obj.protocol === 'string' && obj.protocol !== '' ? obj.protocol.toLowerCase() : 'tcp';
  return { ok: true, value: { host_ip: hostIp, published: publishedText, target: portTarget(targetText), protocol } };
}

export function parsePort(value: unknown): Parsed<ComposePort> {
  if (typeof value === 'number' && Number.isInteger(value)) return parsePortString(String(value));
  if (typeof value === 'string') return parsePortString(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return parsePortLong(value as Record<string, unknown>);
  return { ok: false, message: 'a port must be a string, a number or a mapping' };
}

const VOLUME_TYPES = new Set<ComposeVolume['type']>(['bind', 'volume', 'tmpfs', 'npipe', 'cluster', 'image']);

/** A host path rather than a volume name: `./x`, `../x`, `/x`, `~/x`, `C:\x`, `\\host\share`. */
function isHostPath(source: string): boolean {
  return /^(?:\.{1,2}(?:[/\\]|$)|\/|~|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** Splits `src:dst:mode` without breaking a Windows drive letter (`C:\data:/data`). */
function splitVolume(spec: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i]!;
    const driveLetter = ch === ':' && current.length === 1 && /[A-Za-z]/.test(current) && /[\\/]/.test(spec[i + 1] ?? '');
    if (ch === ':' && !driveLetter) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** `./data:/var/lib/postgresql/data:ro`, `data:/data`, `/data` (anonymous), `/a:/b:ro,z`. */
/** Mount propagation modes a bind may name (`/src:/dst:ro,rshared`, `bind.propagation`). */
const PROPAGATIONS = new Set(['shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate']);

export function parseVolumeString(text: string): Parsed<ComposeVolume> {
  const parts = splitVolume(text.trim());
  if (parts.length === 1) {
    if (parts[0] === '') return { ok: false, message: 'empty volume' };
    return { ok: true, value: { type: 'volume', source: null, target: parts[0]!, read_only: false } };
  }
  if (parts.length > 3) return { ok: false, message: 'invalid volume specification' };
  const [source, target, mode = ''] = parts as [string, string, string?];
  if (target === '') return { ok: false, message: 'volume has no container path' };
  const modes = mode.split(',').map((m) => m.trim());
  const readOnly = modes.includes('ro');
  if (source === '') return { ok: true, value: { type: 'volume', source: null, target, read_only: readOnly } };
  const type: ComposeVolume['type'] = isHostPath(source) ? 'bind' : 'volume';
  const propagation = modes.find((m) => PROPAGATIONS.has(m));
  return { ok: true, value: { type, source, target, read_only: readOnly, ...(type === 'bind' && propagation ? { propagation } : {}) } };
}

export function parseVolumeLong(obj: Record<string, unknown>): Parsed<ComposeVolume> {
  const type = typeof obj.type === 'string' ? obj.type : 'volume';
  if (!VOLUME_TYPES.has(type as ComposeVolume['type'])) return { ok: false, message: 'unknown volume type' };
  const target = typeof obj.target === 'string' ? obj.target : null;
  if (!target) return { ok: false, message: 'volume has no target' };
  const source = typeof obj.source === 'string' && obj.source !== '' ? obj.source : null;
  const readOnly = obj.read_only === true || obj.read_only === 'true';
  const bind = typeof obj.bind === 'object' && obj.bind !== null ? (obj.bind as Record<string, unknown>) : {};
  const propagation = typeof bind.propagation === 'string' && bind.propagation.trim() !== '' ? bind.propagation.trim().toLowerCase() : undefined;
  return { ok: true, value: { type: type as ComposeVolume['type'], source, target, read_only: readOnly, ...(type === 'bind' && propagation ? { propagation } : {}) } };
}

export function parseVolume(value: unknown): Parsed<ComposeVolume> {
  if (typeof value === 'string') return parseVolumeString(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return parseVolumeLong(value as Record<string, unknown>);
  return { ok: false, message: 'a volume must be a string or a mapping' };
}

export interface ImageRef {
  /** Repository path without registry, lower-case, `library/` dropped for Docker Hub. */
  name: string | null;
  tag: string | null;
  digest: string | null;
}

/** Parses `registry.local:5000/team/app:2.1.0@sha256:...`, `postgres`, `docker.io/library/redis:7`. */
export function parseImage(image: string): ImageRef {
  let s = image.trim();
  let digest: string | null = null;
  const at = s.indexOf('@');
  if (at >= 0) {
    digest = s.slice(at + 1) || null;
    s = s.slice(0, at);
  }
  let tag: string | null = null;
  const lastSlash = s.lastIndexOf('/');
  const colon = s.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = s.slice(colon + 1) || null;
    s = s.slice(0, colon);
  }
  const parts = s.split('/');
  // The first part names a registry when it has a dot or a port, or is localhost.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) {
    const registry = parts.shift()!.toLowerCase();
    if ((registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') && parts[0] === 'library' && parts.length > 1) parts.shift();
  } else if (parts[0] === 'library' && parts.length > 1) {
    parts.shift();
  }
  const name = parts.join('/').toLowerCase();
  return { name: name === '' ? null : name, tag, digest };
}

/**
 * Splits a command string into arguments the way Compose does (POSIX shell words: quotes and
 * backslashes, no expansion). An unterminated quote takes the rest of the string.
 */
export function shellSplit(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === "'") {
      if (ch === "'") quote = null;
      else current += ch;
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = null;
      else if (ch === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) current += text[++i];
      else current += ch;
      continue;
    }
    if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      current += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(current);
      current = '';
      inWord = false;
    } else {
      current += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(current);
  return out;
}

/**
 * The entries of a `list_or_dict` attribute (environment, labels, sysctls, build args...):
 * `{K: V}` or `["K=V", "K"]`. A list item without `=` has a null value. For extra_hosts, the
 * list form also accepts `host:ip`.
 */
export function keyedEntries(node: LNode | undefined, separator: RegExp = /=/): LEntry[] {
  if (isLMap(node)) return [...node.entries.values()];
  if (!isLSeq(node)) return [];
  const out: LEntry[] = [];
  for (const item of node.items) {
    if (!isLScalar(item) || item.value === null) continue;
    const text = scalarText(item)!;
    const m = separator.exec(text);
    const key = (m ? text.slice(0, m.index) : text).trim();
    if (key === '') continue;
    const value = m ? scalar(text.slice(m.index + m[0].length), item.origin) : scalar(null, item.origin);
    if (item.interpolated) value.interpolated = true;
    if (item.sensitive) value.sensitive = item.sensitive;
    out.push({ key, keyOrigin: item.origin, value });
  }
  return out;
}

/** The same entries as a map node (for merging list and map forms). */
export function keyedMap(node: LNode, origin: Origin, separator?: RegExp): LNode {
  if (isLMap(node)) return node;
  const entries = new Map<string, LEntry>();
  for (const e of keyedEntries(node, separator)) entries.set(e.key, e);
  return { kind: 'map', entries, origin };
}
