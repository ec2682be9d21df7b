/**
 * `palisade/cdk`: suppress a Palisade rule on a CDK construct, with a reason, in one line:
 *
 *   import { suppress } from 'palisade/cdk';
 *   suppress(bucket, 'PAL-S3-008', 'access logs go to the central logging account');
 *
 * It adds `Metadata: { palisade: { ignore: [{ id, reason }] } }` to the construct's
 * CloudFormation resource (its default child for an L2 construct), which the scan of the
 * synthesized cdk.out honours. No dependency on aws-cdk-lib: any construct that has
 * `addMetadata`/`getMetadata` (CfnResource) or a `node.defaultChild` that has them works.
 */
export interface MetadataTarget {
  addMetadata(key: string, value: unknown): void;
  getMetadata(key: string): unknown;
}

export interface ConstructLike {
  node: { defaultChild?: unknown; path?: string };
}

const RULE_ID = /^PAL-[A-Z0-9]+-[0-9]{3}$/;

function isTarget(x: unknown): x is MetadataTarget {
  return typeof x === 'object' && x !== null && typeof (x as MetadataTarget).addMetadata === 'function' && typeof (x as MetadataTarget).getMetadata === 'function';
}

export function suppress(construct: ConstructLike | MetadataTarget, ruleId: string, reason: string): void {
  if (!RULE_ID.test(ruleId)) throw new Error(`palisade suppress: '${ruleId}' is not a Palisade rule id (PAL-XXX-000)`);
  if (typeof reason !== 'string' || reason.trim() === '') throw new Error(`palisade suppress: ${ruleId} needs a reason`);
  const target = isTarget(construct) ? construct : (construct as ConstructLike).node?.defaultChild;
  if (!isTarget(target)) {
    throw new Error(`palisade suppress: ${(construct as ConstructLike).node?.path ?? 'construct'} has no CloudFormation resource to carry the metadata`);
  }
  const existing = target.getMetadata('palisade') as { ignore?: Array<{ id: string; reason: string }> } | undefined;
  const ignore = [...(existing?.ignore ?? []).filter((i) => i.id !== ruleId), { id: ruleId, reason: reason.trim() }];
  target.addMetadata('palisade', { ...existing, ignore });
}
