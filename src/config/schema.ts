/** JSON schema of the configuration file (.palisade.yaml). */
import { SEVERITIES } from '../findings/types.js';

export const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    failOn: { enum: [...SEVERITIES, 'none'] },
    requiredTags: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    paths: { type: 'array', items: { type: 'string', minLength: 1 } },
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
