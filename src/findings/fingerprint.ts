/**
 * Stable fingerprints: the rule, the resource's logical identity and the attribute judged.
 * Never the file path or a line, so renaming a file or moving a resource down keeps them;
 * changing the attribute or the resource changes them.
 */
import * as crypto from 'node:crypto';
import { posix } from 'node:path';
import type { Resource } from '../model/resource.js';

/** Compose's default project name: the folder of the first file, lower-cased, [a-z0-9_-] only. */
export function composeProjectName(file: string): string {
  const dir = posix.basename(posix.dirname(file.replace(/\\/g, '/')));
  const name = dir.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return dir === '.' || dir === '' || name === '' ? '.' : name;
}

/** The part of a file resource's id after `<file>#`: `services.web`, the logical id. */
function logicalPath(r: Resource): string {
  const at = r.id.indexOf('#');
  return at >= 0 ? r.id.slice(at + 1) : r.name;
}

/**
 * Who the resource is, independent of where it is written:
 * - Compose: project (folder name) and service;
 * - CDK: the construct path (which starts with the stack);
 * - CloudFormation: the logical id (a plain template names no stack; the type tells apart equal ids);
 * - live: the ARN (else the resource id, which is the ARN or a synthetic key).
 */
export function logicalIdentity(r: Resource): string {
  const p = r.provenance;
  if (p.kind === 'cloud') return `aws:${p.arn ?? r.id}`;
  if (p.cdk?.constructPath) return `cdk:${p.cdk.constructPath}:${r.type}`;
  if (r.source === 'compose') return `compose:${composeProjectName(p.file)}/${logicalPath(r)}`;
  return `cloudformation:${logicalPath(r)}:${r.type}`;
}

/** One-shot hashing (Node 20.12+) costs half of a Hash object per finding; the same digest. */
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
const sha256 = oneShot ? (s: string): string => oneShot('sha256', s, 'hex') : (s: string): string => crypto.createHash('sha256').update(s).digest('hex');

export function fingerprint(ruleId: string, identity: string, path: string): string {
  return sha256(`${ruleId}\u0000${identity}\u0000${path}`).slice(0, 32);
}
