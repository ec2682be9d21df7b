/**
 * The IaC link: a live resource that CloudFormation created carries the tags
 * `aws:cloudformation:stack-name` and `aws:cloudformation:logical-id`. When that stack's template
 * (or cdk.out) is in the same scan, the live resource's findings point at the template line of
 * the attribute the rule judged, and at the CDK construct and source line that made it.
 *
 * Stack names: a cdk.out manifest names each stack (a nested stack's deployed name is its
 * `<parent>-<logical id>` plus a suffix CloudFormation adds); a plain template is taken to be
 * deployed as the stack named by its file name without the extension (`web.yaml`, `web.template.json`
 * -> `web`). Pure: resources in, links and warnings out.
 */
import type { FileProvenance, InputError, Resource } from '../../model/resource.js';
import type { Finding, IacLink } from '../../findings/types.js';
import { locate } from '../../findings/map.js';

export const STACK_TAG = 'aws:cloudformation:stack-name';
export const LOGICAL_ID_TAG = 'aws:cloudformation:logical-id';

interface Declared {
  resource: Resource & { provenance: FileProvenance };
  stack: string;
  nested: boolean;
}

/** The stack name a plain template file deploys as: its file name without the extension. */
export function stackNameOfFile(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/(\.template)?\.(json|ya?ml|template)$/i, '');
}

function declaredIn(r: Resource): Declared | undefined {
  if ((r.source !== 'cloudformation' && r.source !== 'cdk') || r.provenance.kind !== 'file') return undefined;
  const p = r.provenance;
  const stack = p.stack?.name ?? (r.source === 'cloudformation' ? stackNameOfFile(p.file) : undefined);
  if (!stack) return undefined;
  return { resource: r as Declared['resource'], stack, nested: p.stack?.nested === true };
}

/** The template resources a stack name and logical id name: exact stack first, else a nested stack's prefix. */
function candidates(byLogicalId: Map<string, Declared[]>, stack: string, logicalId: string): Declared[] {
  const all = byLogicalId.get(logicalId) ?? [];
  const exact = all.filter((d) => d.stack === stack);
  if (exact.length > 0) return exact;
  const nested = all.filter((d) => d.nested && stack.startsWith(`${d.stack}-`));
  const longest = Math.max(0, ...nested.map((d) => d.stack.length));
  return nested.filter((d) => d.stack.length === longest);
}

export interface IacLinks {
  /** Live resource id -> the template resource that declares it. */
  links: Map<string, { stack: string; logicalId: string; declared: Resource & { provenance: FileProvenance } }>;
  /** Tags that name a stack of the scan but no single resource of the same type in it. */
  warnings: InputError[];
}

/** Links every tagged live resource to the one template resource of the scan that declares it. */
export function linkLiveToIac(resources: Resource[]): IacLinks {
  const byLogicalId = new Map<string, Declared[]>();
  for (const r of resources) {
    const d = declaredIn(r);
    if (!d) continue;
    const list = byLogicalId.get(r.name);
    if (list) list.push(d);
    else byLogicalId.set(r.name, [d]);
  }
  const links: IacLinks['links'] = new Map();
  const warnings: InputError[] = [];
  if (byLogicalId.size === 0) return { links, warnings };
  for (const r of resources) {
    if (r.source !== 'aws' || r.provenance.kind !== 'cloud') continue;
    const stack = r.tags[STACK_TAG];
    const logicalId = r.tags[LOGICAL_ID_TAG];
    if (typeof stack !== 'string' || typeof logicalId !== 'string') continue;
    const found = candidates(byLogicalId, stack, logicalId);
    if (found.length === 0) continue;
    const sameType = found.filter((d) => d.resource.type === r.type);
    const where = `aws:${r.provenance.account ?? 'unknown'}/${r.provenance.region ?? 'unknown'}`;
    if (sameType.length === 1) {
      links.set(r.id, { stack, logicalId, declared: sameType[0]!.resource });
    } else if (sameType.length === 0) {
      warnings.push({ file: where, level: 'warning', message: `${r.id}: stack ${stack}, logical id ${logicalId} is of type ${found[0]!.resource.type} in ${found[0]!.resource.provenance.file}, this resource of type ${r.type}; not linked` });
    } else {
      const files = sameType.map((d) => d.resource.provenance.file).sort();
      warnings.push({ file: where, level: 'warning', message: `${r.id}: stack ${stack}, logical id ${logicalId} matches ${files.length} templates (${files.join(', ')}); not linked to any` });
    }
  }
  return { links, warnings };
}

/** The link of one live finding: the template line of the attribute it judged (else of the resource). */
export function iacOf(finding: Finding, links: IacLinks['links']): IacLink | undefined {
  const l = links.get(finding.resource.id);
  if (!l) return undefined;
  const p = l.declared.provenance;
  const path = finding.path ? finding.path.split('.') : [];
  return {
    stack: l.stack,
    logicalId: l.logicalId,
    resource: l.declared.id,
    location: locate(p, path),
    ...(p.cdk ? { cdk: { constructPath: p.cdk.constructPath, ...(p.cdk.sourceFile ? { sourceFile: p.cdk.sourceFile } : {}), ...(p.cdk.sourceLine ? { sourceLine: p.cdk.sourceLine } : {}) } } : {}),
  };
}

/** Sets `iac` on every live finding whose resource is linked. */
export function attachIac(findings: Finding[], links: IacLinks): void {
  if (links.links.size === 0) return;
  for (const f of findings) {
    if (f.source !== 'aws') continue;
    const iac = iacOf(f, links.links);
    if (iac) f.iac = iac;
  }
}
