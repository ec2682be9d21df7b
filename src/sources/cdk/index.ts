/**
 * CDK source: a cloud assembly (cdk.out) read as CloudFormation templates whose resources
 * also know their construct path and the line of the app that created them.
 */
import type { CdkInfo, InputError, LoadResult, Resource } from '../../model/resource.js';
import type { SourceIO } from '../io.js';
import { loadTemplate } from '../cloudformation/index.js';
import { readAssemblyTexts, type ReadAssemblyOptions } from './assembly.js';

export { readAssembly, type CdkAssembly, type CdkStackTemplate, type ReadAssemblyOptions } from './assembly.js';

export type TemplateLoader = (file: string, text: string) => LoadResult;

/**
 * Loads every stack template of the assembly in `dir` (nested assemblies and nested stacks
 * included) with the CloudFormation loader, and marks each resource as coming from CDK.
 */
export async function loadCdkAssembly(
  dir: string,
  io: SourceIO,
  options: ReadAssemblyOptions & { loadTemplate?: TemplateLoader } = {},
): Promise<LoadResult> {
  const load = options.loadTemplate ?? loadTemplate;
  const { stacks, errors } = await readAssemblyTexts(dir, io, options);
  const resources: Resource[] = [];
  const loadErrors: InputError[] = [];
  for (const stack of stacks) {
    let result: LoadResult;
    try {
      result = load(stack.templateFile, stack.text);
    } catch (err) {
      // One template the loader cannot handle must not hide the others.
      loadErrors.push({ file: stack.templateFile, level: 'error', message: `cdk: load template: ${(err as Error).message}` });
      continue;
    }
    loadErrors.push(...result.errors);
    for (const resource of result.resources) {
      resource.source = 'cdk';
      if (resource.provenance.kind === 'file') resource.provenance.stack = { name: stack.stackName, ...(stack.parent ? { nested: true } : {}) };
      // CloudFormation applies stack tags to each resource that does not set the key itself.
      for (const [key, value] of Object.entries(stack.tags ?? {})) if (!Object.hasOwn(resource.tags, key)) resource.tags[key] = value;
      if (resource.provenance.kind === 'file' && Object.hasOwn(stack.logicalIds, resource.name)) {
        resource.provenance.cdk = stack.logicalIds[resource.name];
      }
      // A linked resource's attributes point at the construct that created it (addFunctionUrl, addToPolicy...).
      if (resource.provenance.kind === 'file' && resource.provenance.linked) {
        const cdkLinked: Record<string, CdkInfo> = {};
        for (const [attr, id] of Object.entries(resource.provenance.linked)) if (Object.hasOwn(stack.logicalIds, id)) cdkLinked[attr] = stack.logicalIds[id]!;
        if (Object.keys(cdkLinked).length > 0) resource.provenance.cdkLinked = cdkLinked;
      }
      resources.push(resource);
    }
  }
  return { resources, errors: [...errors, ...loadErrors] };
}
