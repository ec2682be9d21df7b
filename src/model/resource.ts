/**
 * The normalized resource model. Every source (Compose, CloudFormation, CDK, live AWS)
 * turns what it reads into `Resource`s; every policy is written once against this shape.
 *
 * Only `id`, `type`, `source`, `name`, `properties` and `tags` are sent to the policies.
 * `provenance` stays on the TypeScript side and turns a rule's attribute path into a file
 * and line (or an ARN/account/region for live resources).
 */
import { decode } from './policy-json.js';
import type { Locations } from './locations.js';

export type SourceKind = 'compose' | 'cloudformation' | 'cdk' | 'aws';

/** A value that cannot be known statically (an `!If`, an imported value, a redacted secret). */
export interface Unknown {
  readonly $unknown: string;
}

export const unknown = (reason: string): Unknown => ({ $unknown: reason });

export function isUnknown(value: unknown): value is Unknown {
  return typeof value === 'object' && value !== null && '$unknown' in value;
}

/** A place in a file. `file` is absent when it is the resource's own file. Lines are 1-based. */
export interface Span {
  file?: string;
  line: number;
  endLine: number;
}

export interface CdkInfo {
  constructPath: string;
  sourceFile?: string;
  sourceLine?: number;
  /**
   * A resource aws-cdk-lib created on its own (a log-retention function, a custom-resource
   * provider, the bucket-notification handler): `sourceFile`/`sourceLine` are then the user code
   * that caused it.
   */
  frameworkManaged?: true;
}

export interface FileProvenance {
  kind: 'file';
  /** Path relative to the working directory, with forward slashes. */
  file: string;
  /** The resource's own span: the Compose service key, the CloudFormation logical id. */
  span: Span;
  /**
   * Attribute path (relative to the resource root as policies see it, segments joined by
   * '.', e.g. `properties.ports.0`, `tags.owner`) to the span it came from, packed
   * (model/locations.ts: read with spanAt). A rule's path is matched to its longest prefix
   * found here.
   */
  locations: Locations;
  cdk?: CdkInfo;
  /**
   * Attribute path prefix -> logical id of the resource of the same template it was read from,
   * where that is not this resource (a Lambda::Url as `properties.url`, a Lambda::Permission as
   * `properties.permissions.0`, an IAM::Policy as `properties.policies.2`).
   */
  linked?: Record<string, string>;
  /**
   * A policy-only resource (a BucketPolicy, QueuePolicy, Permission... whose target is not in
   * the template): its targets as written, quoted (`'shared-bucket'`, `'${Parameter}'`), or
   * `an imported value`, named in its findings.
   */
  policyOf?: string[];
  /** CDK: attribute path prefix -> the construct (and app line) that created the linked resource. */
  cdkLinked?: Record<string, CdkInfo>;
  /**
   * The CloudFormation stack the template deploys as, where the source names it (a cdk.out
   * manifest); `nested` when CloudFormation adds a suffix to it. Links live resources to it.
   */
  stack?: { name: string; nested?: boolean };
  /**
   * The resource's `Metadata` in a template, as written (cdk_nag, checkov, guard suppressions
   * live there), without the `AWS::CloudFormation::*` keys, which may hold credentials.
   */
  metadata?: Record<string, unknown>;
  /**
   * Where the suppression entries of `metadata` are, by path (`palisade`, `palisade.ignore.0`,
   * `cdk_nag.rules_to_suppress.1`, `checkov.skip.0`), so a bad one is reported at its own line.
   */
  metadataSpans?: Record<string, Span>;
}

export interface CloudProvenance {
  kind: 'cloud';
  arn?: string;
  account?: string;
  region?: string;
  /** Where the data came from: `config-api`, `config-snapshot:<file>`, `iam-authorization-details`... */
  origin: string;
}

export type Provenance = FileProvenance | CloudProvenance;

export type Properties = Record<string, unknown>;

export interface Resource {
  /** Stable across runs: `<file>#<logical path>` for files, the ARN (or a synthetic key) for live resources. */
  id: string;
  /** Dotted lower-case type: `compose.service`, `aws.s3.bucket`, `aws.iam.role`... */
  type: string;
  source: SourceKind;
  /** Human name: the Compose service name, the logical id, the bucket name. */
  name: string;
  properties: Properties;
  /** Tags or labels; a value may be Unknown. */
  tags: Record<string, string | Unknown>;
  provenance: Provenance;
}

/** What the policies see: the resource without its provenance. */
export type PolicyResource = Omit<Resource, 'provenance'>;

export function toPolicyResource(r: Resource): PolicyResource {
  return { id: r.id, type: r.type, source: r.source, name: r.name, properties: r.properties, tags: r.tags };
}

/**
 * Whether the load worker may leave a resource's `properties` out of what it sends the main
 * thread (the policy JSON sent beside it holds them): a template's resources, whose properties
 * the main thread reads only in a few cases (custom bundles, the live-to-template link, a batch
 * judged on the main thread). Compose services (project files, depends_on slices) and live
 * resources (relations of live batches) are read there for every resource, so they cross whole.
 */
export function propertiesDeferred(r: Resource): boolean {
  return r.provenance.kind === 'file' && (r.source === 'cloudformation' || r.source === 'cdk');
}

/**
 * A resource the load worker sent without properties (`properties: null`, see
 * propertiesDeferred), as a resource whose properties are parsed from its policy JSON on first
 * read: every reader sees the value the policies see (the JSON round trip the engine makes
 * anyway). The same keys in the same order; a new object literal rather than defineProperty on
 * the received one, which costs several times more per resource on the main thread.
 */
export function withDeferredProperties(r: Resource, policy: Uint8Array): Resource {
  return {
    id: r.id,
    type: r.type,
    source: r.source,
    name: r.name,
    get properties(): Properties {
      const value = (JSON.parse(decode(policy)) as PolicyResource).properties;
      Object.defineProperty(this, 'properties', { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set properties(value: Properties) {
      Object.defineProperty(this, 'properties', { value, writable: true, enumerable: true, configurable: true });
    },
    tags: r.tags,
    provenance: r.provenance,
  };
}

/** A problem with an input: it could not be read, parsed or validated. Never a crash. */
export interface InputError {
  file: string;
  line?: number;
  message: string;
  /** `error` makes the scan incomplete (exit 3); `warning` is reported only. */
  level: 'error' | 'warning';
}

/** What every loader returns: what it could normalize, and every problem it met. */
export interface LoadResult {
  resources: Resource[];
  errors: InputError[];
  /**
   * The files read for it, hashed as they were read, when the scan asked (LoadSettings.digests):
   * the evidence record then attests the bytes that were judged, without reading them again.
   */
  read?: FileDigest[];
}

/** A file as it was read: its name as findings give it (relative to the scan's working directory), SHA-256 and size. */
export interface FileDigest {
  file: string;
  sha256: string;
  bytes: number;
}

export type AttributePath = ReadonlyArray<string | number>;

export const joinPath = (path: AttributePath): string => path.map(String).join('.');
