// Writes schema/palisade.schema.json from src/config/schema.ts (the one source of truth).
import { writeFileSync } from 'node:fs';
import { publishedSchema } from '../src/config/schema.js';

export const schemaText = (): string => `${JSON.stringify(publishedSchema(), null, 2)}\n`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  writeFileSync(new URL('../schema/palisade.schema.json', import.meta.url), schemaText());
}
