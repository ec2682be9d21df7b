/**
 * Loads and validates the configuration file. Returns every problem as data
 * ({ config, errors }), each naming the file and line, instead of throwing on the first.
 */
import type { LiveOptions } from '../sources/aws/live.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { InputError } from '../model/resource.js';
import type { Severity } from '../findings/types.js';
import type { RuleSettings } from '../findings/settings.js';
import type { Waiver } from '../findings/waivers.js';
import { readYaml } from '../sources/document/yaml.js';
import { keyOriginAt, toPlain } from '../sources/document/located.js';
import { validate as precompiled } from '../generated/config-validator.js';

export interface Config {
  failOn?: Severity | 'none';
  requiredTags?: string[];
  /** The tag policy family (PAL-TAG-*). */
  tags?: TagPolicy;
  paths?: string[];
  exclude?: string[];
  packs?: string[];
  /** Custom policy folders or bundles, relative to the configuration file. */
  policies?: string[];
  rules?: RuleSettings;
  /** Each with `source` (this file and its line) filled in by the loader. */
  waivers?: Waiver[];
  inlineSuppressions?: boolean;
  baseline?: string;
  outputs?: { json?: string; sarif?: string; html?: string; markdown?: string };
  /** The live scan's settings (`aws:`), the same as the --aws-* flags. */
  aws?: Pick<LiveOptions, 'enabled' | 'regions' | 'profile' | 'roleArns' | 'externalId' | 'accountsFile' | 'aggregator' | 'aggregatorRegion'>;
}

export interface TagPolicy {
  required?: string[];
  allowed?: Record<string, string[]>;
  pattern?: Record<string, string>;
  classification?: { key?: string; confidential?: string[] };
}

export { CONFIG_NAMES } from './names.js';

// configSchema (./schema.ts), compiled at build time by scripts/build-validators.ts.
const validator = (): ValidateFunction => precompiled as unknown as ValidateFunction;

function describe(e: ErrorObject): string {
  const where = e.instancePath || '(top level)';
  if (e.keyword === 'additionalProperties') return `${where}: unknown key '${String(e.params.additionalProperty)}'`;
  if (e.keyword === 'enum') return `${where}: must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
  return `${where}: ${e.message ?? 'invalid'}`;
}

export function parseConfig(file: string, text: string, knownRuleIds: string[] = []): { config: Config; errors: InputError[] } {
  const parsed = readYaml(file, text);
  if (parsed.errors.length > 0) return { config: {}, errors: parsed.errors };
  const root = parsed.root;
  const value = (root ? toPlain(root) : undefined) ?? {};
  const keySpanOf = (path: ReadonlyArray<string | number>): { line: number } | undefined => keyOriginAt(root, path);
  const validate = validator();
  if (!validate(value)) {
    const errors = (validate.errors ?? []).map((e): InputError => {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, '/').replace(/~0/g, '~')));
      const extra = e.keyword === 'additionalProperties' ? [String(e.params.additionalProperty)] : [];
      const span = keySpanOf([...path, ...extra]) ?? keySpanOf(path);
      return { file, ...(span ? { line: span.line } : {}), level: 'error', message: `config: ${describe(e)}` };
    });
    return { config: {}, errors };
  }
  const config = value as Config;
  const errors: InputError[] = [];
  delete (config as Record<string, unknown>).$schema;
  config.waivers?.forEach((w, i) => {
    const span = keySpanOf(['waivers', i]) ?? keySpanOf(['waivers', i, 'rule']);
    w.source = { file, ...(span ? { line: span.line } : {}) };
    const d = new Date(`${w.expires}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== w.expires) {
      const at = keySpanOf(['waivers', i, 'expires']) ?? span;
      errors.push({ file, ...(at ? { line: at.line } : {}), level: 'error', message: `config: /waivers/${i}/expires: ${w.expires} is not a calendar date` });
    }
  });
  for (const [key, pattern] of Object.entries(config.tags?.pattern ?? {})) {
    // The engine matches with RE2; a pattern JavaScript rejects (or that uses what RE2 lacks) is refused here, at its line.
    let bad = /\(\?[=!<]|\\[1-9]/.test(pattern) ? 'lookaround and backreferences are not RE2' : '';
    if (!bad) {
      try {
        new RegExp(pattern, 'u');
      } catch {
        bad = 'not a valid regular expression';
      }
    }
    if (bad) {
      const span = keySpanOf(['tags', 'pattern', key]);
      errors.push({ file, ...(span ? { line: span.line } : {}), level: 'error', message: `config: /tags/pattern/${key}: ${bad}` });
    }
  }
  if (knownRuleIds.length > 0) {
    const known = new Set(knownRuleIds);
    const named: Array<[string, Array<string | number>]> = [
      ...(config.rules?.disabled ?? []).map((id, i): [string, Array<string | number>] => [id, ['rules', 'disabled', i]]),
      ...Object.keys(config.rules?.severity ?? {}).map((id): [string, Array<string | number>] => [id, ['rules', 'severity', id]]),
    ];
    for (const [id, path] of named) {
      // Other prefixes name custom policies' rules, which are compiled later.
      if (known.has(id) || !id.startsWith('PAL-')) continue;
      const span = keySpanOf(path);
      errors.push({ file, ...(span ? { line: span.line } : {}), level: 'error', message: `config: unknown rule ${id}` });
    }
  }
  return { config, errors };
}
