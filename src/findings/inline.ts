/**
 * Inline suppressions, written beside the resource, each with a required reason:
 * - Compose: `# palisade:ignore PAL-COMPOSE-013 runs as root to bind port 80`, on the finding's
 *   line, in the comment lines right above it, or on or right above the service's key;
 * - CloudFormation (and CDK, via `palisade/cdk`'s `suppress`): resource `Metadata`
 *   `palisade: { ignore: [{ id, reason }] }`;
 * - cdk_nag `rules_to_suppress: [{ id, reason }]` and checkov `skip: [{ id, comment }]` in the
 *   same Metadata, for the foreign ids the suppression map (rules/suppression-map.json) maps to ours.
 * A Palisade suppression without a reason, or naming no rule, is an error at its line.
 * Pure: the file texts are passed in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InputError, Resource } from '../model/resource.js';
import type { Finding, Suppression } from './types.js';
import { PACKAGE_ROOT } from '../package-root.js';

export type SuppressionMap = Record<'cdk-nag' | 'checkov', Record<string, string[]>>;

let cachedMap: SuppressionMap | undefined;

/** rules/suppression-map.json at the package root (beside the rules docs). */
export function loadSuppressionMap(): SuppressionMap {
  if (!cachedMap) {
    const raw = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'rules', 'suppression-map.json'), 'utf8')) as Record<string, unknown>;
    cachedMap = { 'cdk-nag': (raw['cdk-nag'] ?? {}) as Record<string, string[]>, checkov: (raw.checkov ?? {}) as Record<string, string[]> };
  }
  return cachedMap;
}

const RULE_ID = /^PAL-[A-Z0-9]+-[0-9]{3}$/;
const MARK = 'palisade:ignore';

interface Comment {
  ids: string[];
  reason: string;
  line: number;
}

interface CommentTable {
  byLine: Map<number, Comment>;
  /** Lines holding only a comment (candidates for "the lines above"). */
  commentOnly: Set<number>;
  errors: InputError[];
}

/** Reads every `# palisade:ignore` comment of a Compose file. */
export function composeComments(file: string, text: string): CommentTable {
  const table: CommentTable = { byLine: new Map(), commentOnly: new Set(), errors: [] };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#')) table.commentOnly.add(i + 1);
    const at = line.indexOf(MARK);
    if (at < 0) continue;
    // A YAML comment: '#' at the start or after a blank, then only blanks before the mark.
    const before = line.slice(0, at).trimEnd();
    if (!before.endsWith('#')) continue;
    const hash = before.length - 1;
    if (hash > 0 && !/\s/.test(line[hash - 1]!)) continue;
    const rest = line.slice(at + MARK.length).trim();
    const space = rest.search(/\s/);
    const idText = space < 0 ? rest : rest.slice(0, space);
    const reason = space < 0 ? '' : rest.slice(space + 1).trim();
    const ids = idText.split(',').map((s) => s.trim()).filter(Boolean);
    const error = (message: string) => table.errors.push({ file, line: i + 1, level: 'error', message: `suppression: ${message}` });
    if (ids.length === 0 || !ids.every((id) => RULE_ID.test(id))) {
      error(`'${MARK}' must name rule ids (PAL-XXX-000, comma-separated), then a reason`);
    } else if (reason === '') {
      error(`'${MARK} ${ids.join(',')}' has no reason: write why, after the rule id`);
    } else {
      table.byLine.set(i + 1, { ids, reason, line: i + 1 });
    }
  }
  return table;
}

/** The comments that apply at a line: on it, and in the comment-only lines right above it. */
function commentsAt(table: CommentTable, line: number): Comment[] {
  const out: Comment[] = [];
  const on = table.byLine.get(line);
  if (on) out.push(on);
  for (let l = line - 1; l >= 1 && table.commentOnly.has(l); l--) {
    const c = table.byLine.get(l);
    if (c) out.push(c);
  }
  return out;
}

interface MetadataSuppression extends Suppression {
  ruleIds: string[];
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The suppressions in a template resource's Metadata, and the errors in the Palisade ones. */
export function metadataSuppressions(r: Resource, map: SuppressionMap): { suppressions: MetadataSuppression[]; errors: InputError[] } {
  const suppressions: MetadataSuppression[] = [];
  const errors: InputError[] = [];
  const p = r.provenance;
  if (p.kind !== 'file' || !p.metadata) return { suppressions, errors };
  // The entry's own line when the loader recorded it (it does for templates), else the block's, else the resource's.
  const lineOf = (...paths: string[]): number => paths.map((k) => p.metadataSpans?.[k]?.line).find((l) => l !== undefined) ?? p.span.line;
  const fail = (at: number, message: string) => errors.push({ file: p.file, line: at, level: 'error', message: `suppression: ${r.name}: ${message}` });
  const warn = (at: number, message: string) => errors.push({ file: p.file, line: at, level: 'warning', message: `suppression: ${r.name}: ${message}` });

  const own = p.metadata.palisade;
  if (own !== undefined) {
    const ignore = isObj(own) ? own.ignore : undefined;
    if (!Array.isArray(ignore)) fail(lineOf('palisade'), 'Metadata.palisade must be { ignore: [{ id, reason }] }');
    else {
      ignore.forEach((item, i) => {
        const line = lineOf(`palisade.ignore.${i}`, 'palisade');
        const id = isObj(item) ? text(item.id) : '';
        const reason = isObj(item) ? text(item.reason) : '';
        if (!RULE_ID.test(id)) fail(line, `Metadata.palisade.ignore[${i}] needs an id (PAL-XXX-000)`);
        else if (reason === '') fail(line, `Metadata.palisade.ignore[${i}] (${id}) has no reason`);
        else suppressions.push({ kind: 'inline', via: 'palisade-metadata', reason, ruleIds: [id], source: { file: p.file, line } });
      });
    }
  }
  const foreign = (tool: 'cdk-nag' | 'checkov', block: string, key: string, list: unknown, reasonKey: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      const id = isObj(item) ? text(item.id) : '';
      const ours = map[tool][id];
      if (!ours) return;
      const line = lineOf(`${block}.${key}.${i}`, block);
      const reason = isObj(item) ? text(item[reasonKey]) : '';
      if (reason === '') warn(line, `${tool} suppression of ${id} has no ${reasonKey}: not honoured for ${ours.join(', ')}`);
      else suppressions.push({ kind: 'inline', via: tool, foreignId: id, reason, ruleIds: ours, source: { file: p.file, line } });
    });
  };
  const nag = p.metadata.cdk_nag;
  if (isObj(nag)) foreign('cdk-nag', 'cdk_nag', 'rules_to_suppress', nag.rules_to_suppress, 'reason');
  const checkov = p.metadata.checkov;
  if (isObj(checkov)) foreign('checkov', 'checkov', 'skip', checkov.skip, 'comment');
  return { suppressions, errors };
}

/** What a finding's resource tells inline suppressions: a Compose service's file and line, or nothing more. */
type Anchor = { compose: true; file: string; line: number } | { compose: false; file: boolean };

/**
 * What inline suppressions need of the scanned resources, gathered as they are loaded: each
 * resource's Metadata suppressions (and their errors) and a Compose service's file and line. A
 * scan keeps this instead of its resources until the report. Given the resources in the order
 * applyInline would see them, the outcome is the same as from the resources themselves.
 */
export class InlineIndex {
  private readonly anchors = new Map<string, Anchor>();
  private readonly fromMetadata = new Map<string, MetadataSuppression[]>();
  /** Compose files with a service in the scan, in order (their comments are read). */
  readonly composeFiles = new Set<string>();
  /** Problems with Metadata suppressions, in resource order. */
  readonly errors: InputError[] = [];

  constructor(private readonly map: SuppressionMap = loadSuppressionMap()) {}

  add(resources: Resource[]): void {
    for (const r of resources) {
      const p = r.provenance;
      // As a Map built from the resources would hold them: the last of equal ids wins.
      if (p.kind !== 'file') this.anchors.set(r.id, { compose: false, file: false });
      else if (r.source === 'compose') {
        this.anchors.set(r.id, { compose: true, file: p.file, line: p.span.line });
        this.composeFiles.add(p.file);
      } else this.anchors.set(r.id, { compose: false, file: true });
      if (r.source === 'compose') continue;
      const m = metadataSuppressions(r, this.map);
      for (const e of m.errors) this.errors.push(e);
      if (m.suppressions.length > 0) this.fromMetadata.set(r.id, m.suppressions);
    }
  }

  /** The suppression that applies to `f` (file texts: the Compose comment tables), if any. */
  match(f: Finding, tables: Map<string, CommentTable>): Suppression | undefined {
    const a = this.anchors.get(f.resource.id);
    if (!a || a.file === false) return undefined;
    const meta = this.fromMetadata.get(f.resource.id)?.find((s) => s.ruleIds.includes(f.ruleId));
    if (meta) {
      const { ruleIds: _ids, ...s } = meta;
      return s;
    }
    if (!a.compose) return undefined;
    const candidates: Array<{ file: string; line: number }> = [];
    if (f.location) candidates.push({ file: f.location.file, line: f.location.startLine });
    candidates.push({ file: a.file, line: a.line });
    for (const c of candidates) {
      const table = tables.get(c.file);
      const hit = table && commentsAt(table, c.line).find((k) => k.ids.includes(f.ruleId));
      if (hit) return { kind: 'inline', via: 'compose-comment', reason: hit.reason, source: { file: c.file, line: hit.line } };
    }
    return undefined;
  }
}

export interface InlineInput {
  /** The scanned resources, or what was gathered of them as they loaded. */
  resources: Resource[] | InlineIndex;
  /** Text of the Compose files the findings point into, by the path findings use. */
  composeTexts: Map<string, string>;
  map?: SuppressionMap;
}

function suppressed(f: Finding, s: Suppression): Finding {
  return { ...f, suppressed: s.reason, suppression: s };
}

export function applyInline(findings: Finding[], input: InlineInput): { findings: Finding[]; errors: InputError[] } {
  const errors: InputError[] = [];
  const tables = new Map<string, CommentTable>();
  for (const [file, text] of input.composeTexts) {
    const t = composeComments(file, text);
    tables.set(file, t);
    errors.push(...t.errors);
  }
  let index = input.resources;
  if (Array.isArray(index)) {
    const built = new InlineIndex(input.map ?? loadSuppressionMap());
    built.add(index);
    index = built;
  }
  for (const e of index.errors) errors.push(e);
  const out = findings.map((f) => {
    if (f.suppressed) return f;
    const s = index.match(f, tables);
    return s ? suppressed(f, s) : f;
  });
  return { findings: out, errors };
}
