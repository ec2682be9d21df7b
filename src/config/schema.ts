/** JSON schema of the configuration file (.palisade.yaml). */
import { SEVERITIES } from '../findings/types.js';

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: { enum: [...SEVERITIES, 'none'] },
    requiredTags: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    paths: { type: 'array', items: { type: 'string', minLength: 1 } },
    aws: {
      type: 'object',
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
        disabled: { type: 'array', items: { type: 'string', pattern: '^PAL-[A-Z0-9]+-[0-9]{3}$' }, uniqueItems: true },
        severity: {
          type: 'object',
          propertyNames: { pattern: '^PAL-[A-Z0-9]+-[0-9]{3}$' },
          additionalProperties: { enum: [...SEVERITIES] },
        },
      },
    },
  },
} as const;
