/**
 * CloudFormation loader (first slice): templates in YAML or JSON, S3 buckets normalized.
 */
import { Scalar, YAMLMap, YAMLSeq } from 'yaml';
import type { CollectionTag, ScalarTag } from 'yaml';
import type { InputError, LoadResult, Resource, Span } from '../../model/resource.js';
import { unknown } from '../../model/resource.js';
import { parseYaml } from '../yaml.js';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const INTRINSICS = ['Ref', 'Sub', 'GetAtt', 'Join', 'Select', 'Split', 'If', 'Equals', 'And', 'Or', 'Not', 'Condition', 'FindInMap', 'ImportValue', 'Base64', 'Cidr', 'GetAZs'];

function fnName(tag: string): string {
  return tag === 'Ref' || tag === 'Condition' ? tag : `Fn::${tag}`;
}

/** Short-form intrinsic tags (`!Ref x`) read as their long form (`{Ref: x}`). */
export const intrinsicTags = INTRINSICS.flatMap((name): Array<ScalarTag | CollectionTag> => [
  { tag: `!${name}`, resolve: (value: string) => ({ [fnName(name)]: name === 'GetAtt' ? value.split('.') : value }) } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (seq: YAMLSeq) => ({ [fnName(name)]: seq.toJSON() }), nodeClass: YAMLSeq } as unknown as CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: (map: YAMLMap) => ({ [fnName(name)]: map.toJSON() }), nodeClass: YAMLMap } as unknown as CollectionTag,
]);
void Scalar;

export function loadTemplate(file: string, text: string): LoadResult {
  const parsed = parseYaml(file, text, { customTags: intrinsicTags });
  const errors: InputError[] = [...parsed.errors];
  if (!isObj(parsed.value) || !isObj(parsed.value.Resources)) {
    if (errors.length === 0) errors.push({ file, line: 1, level: 'error', message: 'cloudformation: no Resources mapping' });
    return { resources: [], errors };
  }
  const resources: Resource[] = [];
  for (const [logicalId, res] of Object.entries(parsed.value.Resources)) {
    if (!isObj(res) || res.Type !== 'AWS::S3::Bucket') continue;
    const base = ['Resources', logicalId];
    const span = parsed.keySpanOf(base) ?? { line: 1, endLine: 1 };
    const props = isObj(res.Properties) ? res.Properties : {};
    const locations: Record<string, Span> = {};
    const enc = props.BucketEncryption;
    let encryption: unknown = { configured: false, algorithm: null, kms_key_id: null, bucket_key: false };
    if (enc !== undefined) {
      const rule = isObj(enc) && Array.isArray(enc.ServerSideEncryptionConfiguration) ? enc.ServerSideEncryptionConfiguration[0] : undefined;
      const def = isObj(rule) && isObj(rule.ServerSideEncryptionByDefault) ? rule.ServerSideEncryptionByDefault : undefined;
      encryption = def ? { configured: true, algorithm: def.SSEAlgorithm ?? null, kms_key_id: def.KMSMasterKeyID ?? null, bucket_key: false } : unknown('BucketEncryption');
      const s = parsed.spanOf([...base, 'Properties', 'BucketEncryption']);
      if (s) locations['properties.encryption'] = s;
    }
    resources.push({
      id: `${file}#${logicalId}`,
      type: 'aws.s3.bucket',
      source: 'cloudformation',
      name: logicalId,
      properties: { encryption },
      tags: {},
      provenance: { kind: 'file', file, span, locations },
    });
  }
  return { resources, errors };
}
