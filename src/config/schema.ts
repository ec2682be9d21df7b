/**
 * JSON schema of the configuration file (.palisade.yaml). The same object is shipped as
 * schema/palisade.schema.json (`npm run build:schema`; a test fails when it is stale), so
 * editors complete the file through `$schema` or a yaml-language-server comment.
 */
import { SEVERITIES } from '../findings/types.js';

// Built-in ids are PAL-<GROUP>-NNN; custom policies' ids (--policies) follow the same shape with their own prefix.
const RULE_ID = '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{1,6}$';
/** Each configured pattern is one entry in the wasm runtime's regex cache (bounded, see test/engine.test.ts). */
export const MAX_TAG_PATTERNS = 20;
const strings = (description: string) => ({ type: 'array', description, items: { type: 'string', minLength: 1 } }) as const;
const path = (description: string) => ({ type: 'string', minLength: 1, description }) as const;

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'Where editors find this schema; ignored by Palisade.' },
    failOn: { enum: [...SEVERITIES, 'none'], description: 'Exit 1 when an active finding is at or above this severity (default: high).' },
    requiredTags: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Tags or labels every resource must carry.' },
    tags: {
      type: 'object',
      additionalProperties: false,
      description: 'The tag policy family (PAL-TAG-*): tags on AWS resources, labels on Compose services.',
      properties: {
        required: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Keys every resource must carry (added to requiredTags).' },
        allowed: {
          type: 'object',
          description: 'Per key, the only values it may take (compared exactly).',
          maxProperties: MAX_TAG_PATTERNS,
          additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1, uniqueItems: true },
        },
        pattern: {
          type: 'object',
          description: 'Per key, a regular expression (RE2) its value must match; anchor it with ^ and $ to match the whole value.',
          maxProperties: MAX_TAG_PATTERNS,
          additionalProperties: { type: 'string', minLength: 1, maxLength: 500 },
        },
        classification: {
          type: 'object',
          additionalProperties: false,
          description: 'The tag that classifies data: resources whose value is confidential need customer managed KMS keys and access logging.',
          properties: {
            key: { type: 'string', minLength: 1, description: 'Default DataClassification.' },
            confidential: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true, description: 'Default [confidential, restricted, secret] (any case).' },
          },
        },
      },
    },
    paths: strings('What to scan when no path is given on the command line (default: the current folder).'),
    exclude: strings('Globs over scanned file paths (relative, forward slashes; ** crosses folders) whose files are not scanned.'),
    policies: strings('Custom policy folders (.rego, compiled with opa from PATH) or prebuilt wasm bundles (.tar.gz, or a folder with policy.wasm), relative to this file; --policies wins.'),
    packs: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'Rule packs to evaluate (see `palisade rules`).' },
    aws: {
      type: 'object',
      description: 'Live AWS scan options, the same as the --aws-* flags (flags win).',
      additionalProperties: false,
      properties: {
        enabled: { type: 'boolean' },
        regions: { anyOf: [{ const: 'all' }, { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$' }, uniqueItems: true }] },
        profile: { type: 'string', minLength: 1 },
        roleArns: { type: 'array', items: { type: 'string', pattern: '^arn:aws[a-z-]*:iam::[0-9]{12}:role/' }, uniqueItems: true },
        externalId: { type: 'string', minLength: 2 },
        accountsFile: { type: 'string', minLength: 1 },
        aggregator: { type: 'string', minLength: 1 },
        aggregatorRegion: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$' },
      },
    },
    rules: {
      type: 'object',
      additionalProperties: false,
      properties: {
        disabled: { type: 'array', items: { type: 'string', pattern: RULE_ID }, uniqueItems: true, description: 'Rules that are not evaluated.' },
        severity: {
          type: 'object',
          description: 'Severity overrides, by rule id.',
          propertyNames: { pattern: RULE_ID },
          additionalProperties: { enum: [...SEVERITIES] },
        },
      },
    },
    waivers: {
      type: 'array',
      description: 'Accepted exceptions: each suppresses a rule on matching resources until it expires.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['rule', 'resource', 'reason', 'expires'],
        properties: {
          rule: { type: 'string', minLength: 1, description: 'A rule id (globs allowed: PAL-S3-*).' },
          resource: {
            type: 'string',
            minLength: 1,
            description: 'A glob over the resource id, CDK construct path, logical id or service name, or ARN (* and ? match any characters).',
          },
          reason: { type: 'string', minLength: 1, pattern: '\\S', description: 'Why the risk is accepted (shown in every report).' },
          owner: { type: 'string', minLength: 1, description: 'Who owns the exception.' },
          expires: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'ISO date (YYYY-MM-DD, UTC); the waiver holds through that day.' },
        },
      },
    },
    inlineSuppressions: { type: 'boolean', description: 'Honour inline suppressions (comments and Metadata); false accepts only waivers. Default: true.' },
    baseline: path('A previous JSON report (or SARIF log): findings it holds are existing and do not fail the scan.'),
    outputs: {
      type: 'object',
      additionalProperties: false,
      description: 'Report files to write (command-line flags override them).',
      properties: {
        json: path('JSON report file.'),
        sarif: path('SARIF 2.1.0 file.'),
        html: path('HTML report file.'),
        markdown: path('Markdown report file.'),
      },
    },
  },
} as const;

/** The schema as shipped in the package (schema/palisade.schema.json). */
export function publishedSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Palisade configuration (.palisade.yaml)',
    ...configSchema,
  };
}
