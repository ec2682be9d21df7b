/** Every output format behind one lookup (Conftest's Get(format)). */
import type { ScanResult } from '../findings/result.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';

export type Format = 'json' | 'sarif';

export const formatters: Record<Format, (result: ScanResult) => string> = {
  json: formatJson,
  sarif: formatSarif,
};
