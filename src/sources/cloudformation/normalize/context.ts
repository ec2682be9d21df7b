/** What every per-service normalizer is given: its resource, its links, and shared readers. */
import type { Unknown } from '../../../model/resource.js';
import type { PolicyDocument, SecretFacts } from '../../../model/aws/index.js';
import type { Fields, Loose } from '../fields.js';
import type { Entry, Links } from '../links.js';

export interface Norm {
  /** The logical id. */
  readonly id: string;
  readonly entry: Entry;
  /** The resource's resolved Properties, on the `properties` attribute path. */
  readonly props: Fields;
  readonly links: Links;
  /**
   * A linked resource's Properties read on the owner's attribute path `attr`, so its values
   * point at the linked resource's lines. `attr` itself is recorded at the linked resource.
   */
  linked(e: Entry, attr: string, recordSelf?: boolean): Fields;
  /** The policy document held by `f` (null when absent). */
  policy(f: Fields): Loose<PolicyDocument> | Unknown | null;
  /** Secret facts for a password-like property; the value itself is dropped. */
  secret(f: Fields, attr: string, key: string): Loose<SecretFacts> | null;
  /** `s` is a bare `ref:` string naming a resource of the template. */
  isRef(s: string): boolean;
  warn(message: string, f?: Fields): void;
}

export type Normalizer = (n: Norm) => object;
