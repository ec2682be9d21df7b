/**
 * Reads a CDK cloud assembly (cdk.out) the way the CDK toolkit does: the manifest's stack
 * artifacts, nested assemblies (Stages), nested stack templates, per-construct metadata
 * (inline or in `*.metadata.json`) and, as a last resort, tree.json. For every template it
 * maps each logical id to its construct path and the line of user code that created it.
 *
 * All I/O goes through SourceIO; every problem becomes an InputError and the rest of the
 * assembly is still read.
 */
import { posix } from 'node:path';
import type { CdkInfo, InputError } from '../../model/resource.js';
import { isInputError, type SourceIO } from '../io.js';
import { firstUserFrame } from './frames.js';

export interface CdkStackTemplate {
  /** `<dir>/<template>`: the path the template was read from, as the assembly dir was given. */
  templateFile: string;
  /** The CloudFormation stack name; for a nested stack `<parent stack>-<logical id>` (CloudFormation adds a suffix). */
  stackName: string;
  /** Construct path of the stack, without a leading slash: `Prod/Assistant`, `Prod/Assistant/Audit`. */
  stackConstructPath: string;
  /** Logical id (resources, parameters, outputs...) -> where it comes from in the CDK app. */
  logicalIds: Record<string, CdkInfo>;
  /** For a nested stack: the parent template and the `AWS::CloudFormation::Stack` resource in it. */
  parent?: { templateFile: string; logicalId: string };
  /**
   * Stack-level tags (the manifest's `properties.tags`: `new Stack(..., { tags })`, `Tags.of(app)`),
   * which CloudFormation applies to every taggable resource of the stack and its nested stacks.
   */
  tags?: Record<string, string>;
}

export interface CdkAssembly {
  stacks: CdkStackTemplate[];
  errors: InputError[];
}

export interface ReadAssemblyOptions {
  /** Frames' absolute paths are made relative to this directory. Default: process.cwd(). */
  cwd?: string;
  /** Deepest chain of nested assemblies or nested stacks followed. Default: 32. */
  maxDepth?: number;
}

/** A stack template with its text, for loaders that parse it again with locations. */
export interface CdkStackTemplateText extends CdkStackTemplate {
  text: string;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

const LOGICAL_ID = 'aws:cdk:logicalId';
const CREATION_STACK = 'aws:cdk:creationStack';
const TEMPLATE_FILE = 'aws:cdk:templateFile';
const PATH_METADATA = 'aws:cdk:path';
const ASSET_PATH_METADATA = 'aws:asset:path';
/** CloudFormation logical ids are alphanumeric; anything else is not used as a key. */
const VALID_LOGICAL_ID = /^[A-Za-z0-9]+$/;

interface MetadataEntry {
  type: string;
  data?: unknown;
}

/** Construct path (no leading slash) -> metadata entries, for one stack artifact and its nested stacks. */
type Metadata = Map<string, MetadataEntry[]>;

interface StackRecord {
  templateFile: string;
  /** The template's name as the manifest or the parent's `aws:asset:path` gives it. */
  assetName: string;
  stackName: string;
  /** Top-level stacks: the manifest's displayName (the construct path) or artifact id. */
  displayName?: string;
  metadata: Metadata;
  template: Obj;
  text: string;
  parent?: { record: StackRecord; logicalId: string };
  tags?: Record<string, string>;
}

interface TreeNode {
  path: string;
  logicalId: string;
}

/**
 * Construct ids aws-cdk-lib gives the resources it adds on its own: the log-retention and
 * bucket-notification singletons, AwsCustomResource's function, BucketDeployment's handler,
 * CustomResourceProvider-based providers (auto-delete objects...) and the custom-resources
 * Provider framework's functions.
 */
const FRAMEWORK_CONSTRUCT = /^(?:(?:LogRetention|BucketNotificationsHandler|AWS|CustomCDKBucketDeployment)[0-9a-fA-F]{32}|Custom::\w+CustomResourceProvider|framework-(?:onEvent|isComplete|onTimeout))$/;

/** Whether a construct path is (inside) a resource aws-cdk-lib created on its own. */
export function isFrameworkManaged(constructPath: string): boolean {
  return constructPath.split('/').some((segment) => FRAMEWORK_CONSTRUCT.test(segment));
}

const trimSlash = (p: string): string => p.replace(/^\/+/, '');
const toPosix = (p: string): string => p.replaceAll('\\', '/');

/** The manifest's stack tags: string values only (a hostile manifest gets no other shape in). */
function stackTags(v: unknown): Record<string, string> | undefined {
  if (!isObj(v)) return undefined;
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) if (typeof value === 'string' && k !== '__proto__') out[k] = value;
  return Object.keys(out).length > 0 ? out : undefined;
}

function lineAt(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

class AssemblyReader {
  readonly errors: InputError[] = [];
  readonly records: StackRecord[] = [];
  readonly treeFiles: string[] = [];
  private readonly assemblies = new Set<string>();
  private readonly templates = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly io: SourceIO,
    private readonly maxDepth: number,
  ) {}

  private fail(file: string, message: string, level: InputError['level'] = 'error', line?: number): void {
    this.errors.push({ file, ...(line !== undefined ? { line } : {}), message: `cdk: ${message}`, level });
  }

  /** A path named inside the assembly, resolved against `dir`; undefined (and an error) if it leaves the assembly. */
  private resolveInside(dir: string, name: string, referencedBy: string, what: string): string | undefined {
    const path = posix.join(dir, toPosix(name));
    const rel = posix.relative(this.root, path);
    if (posix.isAbsolute(toPosix(name)) || rel === '..' || rel.startsWith('../') || posix.isAbsolute(rel)) {
      this.fail(referencedBy, `${what} "${name}" points outside the cloud assembly`);
      return undefined;
    }
    return path;
  }

  private async readJson(file: string, what: string, level: InputError['level'] = 'error'): Promise<{ value: unknown; text: string } | undefined> {
    const text = await this.io.readText(file);
    if (isInputError(text)) {
      this.fail(file, `${what}: ${text.message}`, level);
      return undefined;
    }
    try {
      return { value: JSON.parse(text) as unknown, text };
    } catch (err) {
      const message = (err as Error).message;
      const position = /position (\d+)/.exec(message)?.[1];
      // The parser's message quotes the file's bytes: the position only.
      this.fail(file, `${what}: parse: not valid JSON`, level, position === undefined ? undefined : lineAt(text, Number(position)));
      return undefined;
    }
  }

  async readRoot(): Promise<void> {
    this.assemblies.add(this.root);
    await this.readManifest(this.root, 0);
  }

  private async readManifest(dir: string, depth: number): Promise<void> {
    const manifestFile = posix.join(dir, 'manifest.json');
    const read = await this.readJson(manifestFile, 'read manifest');
    if (!read) return;
    if (!isObj(read.value)) return this.fail(manifestFile, 'manifest is not a JSON object');
    const artifacts = read.value.artifacts;
    if (artifacts === undefined) return;
    if (!isObj(artifacts)) return this.fail(manifestFile, '"artifacts" is not an object');

    for (const [id, artifact] of Object.entries(artifacts)) {
      if (!isObj(artifact)) {
        this.fail(manifestFile, `artifact "${id}" is not an object`);
        continue;
      }
      const props = isObj(artifact.properties) ? artifact.properties : {};
      switch (artifact.type) {
        case 'cdk:cloud-assembly':
          await this.readNestedAssembly(dir, manifestFile, id, props, depth);
          break;
        case 'aws:cloudformation:stack':
          await this.readStackArtifact(dir, manifestFile, id, artifact, props);
          break;
        case 'cdk:tree':
          if (typeof props.file === 'string') {
            const file = this.resolveInside(dir, props.file, manifestFile, `tree of "${id}"`);
            if (file) this.treeFiles.push(file);
          }
          break;
        default:
          // Asset manifests, feature flag reports, context lookups: nothing to scan.
          break;
      }
    }
  }

  private async readNestedAssembly(dir: string, manifestFile: string, id: string, props: Obj, depth: number): Promise<void> {
    if (typeof props.directoryName !== 'string') return this.fail(manifestFile, `nested assembly "${id}" has no properties.directoryName`);
    const nested = this.resolveInside(dir, props.directoryName, manifestFile, `nested assembly "${id}"`);
    if (nested === undefined) return;
    if (this.assemblies.has(nested)) {
      // Everything there has been read once already; only the manifest is wrong.
      return this.fail(manifestFile, `nested assembly "${id}" (${nested}) was already read: the manifests loop`, 'warning');
    }
    if (depth + 1 > this.maxDepth) {
      return this.fail(manifestFile, `nested assembly "${id}" is nested deeper than ${this.maxDepth} levels; not read`);
    }
    this.assemblies.add(nested);
    await this.readManifest(nested, depth + 1);
  }

  private async readStackArtifact(dir: string, manifestFile: string, id: string, artifact: Obj, props: Obj): Promise<void> {
    if (typeof props.templateFile !== 'string') return this.fail(manifestFile, `stack "${id}" has no properties.templateFile`);
    const metadata: Metadata = new Map();
    addMetadata(metadata, artifact.metadata);
    if (typeof artifact.additionalMetadataFile === 'string') {
      const file = this.resolveInside(dir, artifact.additionalMetadataFile, manifestFile, `metadata file of stack "${id}"`);
      const read = file === undefined ? undefined : await this.readJson(file, `read metadata of stack "${id}"`);
      if (read && file) {
        if (isObj(read.value)) addMetadata(metadata, read.value);
        else this.fail(file, `metadata of stack "${id}" is not a JSON object`);
      }
    }
    await this.readTemplate(
      {
        dir,
        assetName: props.templateFile,
        stackName: typeof props.stackName === 'string' ? props.stackName : id,
        displayName: typeof artifact.displayName === 'string' ? artifact.displayName : id,
        metadata,
        ...(stackTags(props.tags) ? { tags: stackTags(props.tags)! } : {}),
      },
      manifestFile,
      `template of stack "${id}"`,
      0,
    );
  }

  private async readTemplate(
    stack: { dir: string; assetName: string; stackName: string; displayName?: string; metadata: Metadata; parent?: StackRecord['parent']; tags?: Record<string, string> },
    referencedBy: string,
    what: string,
    depth: number,
  ): Promise<void> {
    const file = this.resolveInside(stack.dir, stack.assetName, referencedBy, what);
    if (file === undefined) return;
    if (this.templates.has(file)) return this.fail(referencedBy, `${what} (${file}) was already read: the nested stacks loop`, 'warning');
    this.templates.add(file);

    const read = await this.readJson(file, `read ${what} (named in ${referencedBy})`);
    if (!read) return;
    const { value: template, text } = read;
    if (!isObj(template)) return this.fail(file, `${what} is not a JSON object`);

    const record: StackRecord = {
      templateFile: file,
      assetName: toPosix(stack.assetName),
      stackName: stack.stackName,
      ...(stack.displayName !== undefined ? { displayName: stack.displayName } : {}),
      metadata: stack.metadata,
      template,
      text,
      ...(stack.parent ? { parent: stack.parent } : {}),
      ...(stack.tags ? { tags: stack.tags } : {}),
    };
    this.records.push(record);

    const resources = isObj(template.Resources) ? template.Resources : {};
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (!isObj(resource) || resource.Type !== 'AWS::CloudFormation::Stack' || !isObj(resource.Metadata)) continue;
      const assetName = resource.Metadata[ASSET_PATH_METADATA];
      // A nested stack CDK synthesized; one deployed from an S3 URL alone has no template here.
      if (typeof assetName !== 'string') continue;
      if (depth + 1 > this.maxDepth) {
        this.fail(file, `nested stack "${logicalId}" is nested deeper than ${this.maxDepth} levels; not read`);
        continue;
      }
      await this.readTemplate(
        { dir: stack.dir, assetName, stackName: `${stack.stackName}-${logicalId}`, metadata: stack.metadata, parent: { record, logicalId }, ...(stack.tags ? { tags: stack.tags } : {}) },
        file,
        `template of nested stack "${logicalId}"`,
        depth + 1,
      );
    }
  }

  /** tree.json (and the `trees-N.json` forest files big apps are split into): construct path -> logical id. */
  async readTree(): Promise<TreeNode[]> {
    const nodes: TreeNode[] = [];
    const forests = new Map<string, Obj | undefined>();
    for (const treeFile of this.treeFiles) {
      const dir = posix.dirname(treeFile);
      const read = await this.readJson(treeFile, 'read tree', 'warning');
      if (!read || !isObj(read.value)) continue;
      const pending: unknown[] = [read.value.tree];
      while (pending.length > 0) {
        let node = pending.pop();
        if (isObj(node) && node.children === undefined && typeof node.fileName === 'string' && typeof node.treeId === 'string') {
          node = await this.forestTree(dir, treeFile, node.fileName, node.treeId, forests);
        }
        if (!isObj(node)) continue;
        const attributes = node.attributes;
        if (typeof node.path === 'string' && isObj(attributes) && typeof attributes['aws:cdk:cloudformation:logicalId'] === 'string') {
          nodes.push({ path: trimSlash(node.path), logicalId: attributes['aws:cdk:cloudformation:logicalId'] });
        }
        if (isObj(node.children)) for (const child of Object.values(node.children)) pending.push(child);
      }
    }
    return nodes;
  }

  private async forestTree(dir: string, treeFile: string, fileName: string, treeId: string, forests: Map<string, Obj | undefined>): Promise<unknown> {
    const file = this.resolveInside(dir, fileName, treeFile, 'tree file');
    if (file === undefined) return undefined;
    if (!forests.has(file)) {
      const read = await this.readJson(file, 'read tree', 'warning');
      forests.set(file, read && isObj(read.value) && isObj(read.value.forest) ? read.value.forest : undefined);
    }
    // A forest tree is read once; a reference back to it is a cycle.
    const forest = forests.get(file);
    const tree = forest?.[treeId];
    if (forest) delete forest[treeId];
    return tree;
  }
}

function addMetadata(into: Metadata, raw: unknown): void {
  if (!isObj(raw)) return;
  for (const [path, entries] of Object.entries(raw)) {
    if (!Array.isArray(entries)) continue;
    const key = trimSlash(path);
    const list = into.get(key) ?? [];
    for (const e of entries) if (isObj(e) && typeof e.type === 'string') list.push({ type: e.type, data: e.data });
    into.set(key, list);
  }
}

/** The construct path of a stack. CDK records each stack's template under `aws:cdk:templateFile`. */
function stackPathOf(record: StackRecord): string {
  for (const [path, entries] of record.metadata) {
    if (entries.some((e) => e.type === TEMPLATE_FILE && e.data === record.assetName)) return path;
  }
  if (!record.parent) return trimSlash(record.displayName ?? record.stackName);
  // A nested stack's resource sits at `<scope>/<id>.NestedStack/<id>.NestedStackResource`; the stack at `<scope>/<id>`.
  const { record: parent, logicalId } = record.parent;
  const resource = parent.template.Resources;
  const cdkPath = isObj(resource) && isObj(resource[logicalId]) && isObj(resource[logicalId].Metadata) ? resource[logicalId].Metadata[PATH_METADATA] : undefined;
  const m = typeof cdkPath === 'string' ? /^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/.exec(trimSlash(cdkPath)) : null;
  return m ? `${m[1]}/${m[2]}` : `${stackPathOf(parent)}/${logicalId}`;
}

/** Whether `path` is `stack` or below it. */
const within = (path: string, stack: string): boolean => path === stack || path.startsWith(`${stack}/`);

export async function readAssemblyTexts(dir: string, io: SourceIO, options: ReadAssemblyOptions = {}): Promise<{ stacks: CdkStackTemplateText[]; errors: InputError[] }> {
  const cwd = options.cwd ?? process.cwd();
  // No trailing slash, so that `dir/` and a nested `.` are recognized as the same assembly.
  const root = posix.normalize(toPosix(dir)).replace(/(.)\/+$/, '$1');
  const reader = new AssemblyReader(root, io, options.maxDepth ?? 32);
  await reader.readRoot();

  const paths = new Map(reader.records.map((r) => [r, stackPathOf(r)]));
  /** The stack a construct path belongs to: the deepest stack above it (of the same artifact, when given). */
  const ownerOf = (path: string, metadata?: Metadata): StackRecord | undefined => {
    let best: StackRecord | undefined;
    for (const [record, stackPath] of paths) {
      if ((metadata && record.metadata !== metadata) || !within(path, stackPath)) continue;
      if (!best || stackPath.length > paths.get(best)!.length) best = record;
    }
    return best;
  };
  const infoFor = (constructPath: string, entries: MetadataEntry[] | undefined): CdkInfo => {
    const where = firstUserFrame(entries?.find((e) => e.type === CREATION_STACK)?.data, cwd);
    return { constructPath, ...(where ? { sourceFile: where.file, sourceLine: where.line } : {}), ...(isFrameworkManaged(constructPath) ? { frameworkManaged: true as const } : {}) };
  };

  const logicalIds = new Map<StackRecord, Record<string, CdkInfo>>();
  const unresolved = new Map<StackRecord, string[]>();
  for (const record of reader.records) {
    const ids: Record<string, CdkInfo> = {};
    // 1. The manifest's `aws:cdk:logicalId` entries, as the CDK toolkit reads them.
    for (const [path, entries] of record.metadata) {
      const id = entries.find((e) => e.type === LOGICAL_ID)?.data;
      if (typeof id !== 'string' || !VALID_LOGICAL_ID.test(id) || Object.hasOwn(ids, id)) continue;
      if (ownerOf(path, record.metadata) === record) ids[id] = infoFor(path, entries);
    }
    // 2. Resources without one: the template's own `aws:cdk:path` metadata.
    const resources = isObj(record.template.Resources) ? record.template.Resources : {};
    const missing: string[] = [];
    for (const [id, resource] of Object.entries(resources)) {
      if (!VALID_LOGICAL_ID.test(id) || Object.hasOwn(ids, id)) continue;
      const cdkPath = isObj(resource) && isObj(resource.Metadata) ? resource.Metadata[PATH_METADATA] : undefined;
      if (typeof cdkPath === 'string') ids[id] = infoFor(trimSlash(cdkPath), record.metadata.get(trimSlash(cdkPath)));
      else missing.push(id);
    }
    logicalIds.set(record, ids);
    if (missing.length > 0) unresolved.set(record, missing);
  }

  // 3. Still unknown (metadata switched off at synth): tree.json, read only when needed.
  if (unresolved.size > 0 && reader.treeFiles.length > 0) {
    const byLogicalId = new Map<string, TreeNode[]>();
    for (const node of await reader.readTree()) {
      const list = byLogicalId.get(node.logicalId);
      if (list) list.push(node);
      else byLogicalId.set(node.logicalId, [node]);
    }
    for (const [record, missing] of unresolved) {
      const ids = logicalIds.get(record)!;
      for (const id of missing) {
        const matches = (byLogicalId.get(id) ?? []).filter((n) => ownerOf(n.path) === record);
        if (matches.length === 1) ids[id] = infoFor(matches[0]!.path, record.metadata.get(matches[0]!.path));
      }
    }
  }

  const stacks = reader.records.map(
    (record): CdkStackTemplateText => ({
      templateFile: record.templateFile,
      stackName: record.stackName,
      stackConstructPath: paths.get(record)!,
      logicalIds: logicalIds.get(record)!,
      ...(record.parent ? { parent: { templateFile: record.parent.record.templateFile, logicalId: record.parent.logicalId } } : {}),
      ...(record.tags ? { tags: record.tags } : {}),
      text: record.text,
    }),
  );
  return { stacks, errors: reader.errors };
}

/** Reads the cloud assembly in `dir`: every stack template (nested ones too) and its logical ids' CDK origin. */
export async function readAssembly(dir: string, io: SourceIO, options: ReadAssemblyOptions = {}): Promise<CdkAssembly> {
  const { stacks, errors } = await readAssemblyTexts(dir, io, options);
  return { stacks: stacks.map(({ text: _text, ...stack }) => stack), errors };
}
