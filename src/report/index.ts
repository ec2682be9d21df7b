/** Every output format behind one lookup (Conftest's Get(format)). */
import type { ScanResult } from '../findings/result.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatMarkdown } from './markdown.js';
import { formatHtml } from './html/index.js';

export type Format = 'json' | 'sarif' | 'markdown' | 'html';
export const FORMATS: Format[] = ['json', 'sarif', 'markdown', 'html'];

export interface FormatOptions {
  /** A previous report, for the HTML trend (`--compare`). */
  previous?: ScanResult;
}

export const formatters: Record<Format, (result: ScanResult, options?: FormatOptions) => string> = {
  json: formatJson,
  sarif: formatSarif,
  markdown: (result) => formatMarkdown(result),
  html: (result, options = {}) => formatHtml(result, options.previous ? { previous: options.previous } : {}),
};
