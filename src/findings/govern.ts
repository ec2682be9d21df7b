/**
 * The governance steps after evaluation, in order: inline suppressions (unless turned off),
 * waivers, then the baseline. Pure: file texts and the clock are passed in.
 */
import type { InputError, Resource } from '../model/resource.js';
import type { Finding } from './types.js';
import { applyInline, type InlineIndex } from './inline.js';
import { applyWaivers, type Waiver } from './waivers.js';
import { applyBaseline, type BaselineEntry } from './baseline.js';

export interface GovernInput {
  /** The scanned resources, or what inline suppressions need of them (gathered as they loaded). */
  resources: Resource[] | InlineIndex;
  composeTexts: Map<string, string>;
  inlineSuppressions?: boolean;
  waivers?: Waiver[];
  baseline?: BaselineEntry[];
  now: Date;
}

export interface Governed {
  findings: Finding[];
  errors: InputError[];
  fixed?: BaselineEntry[];
  counts?: { new: number; existing: number; fixed: number };
}

export function govern(findings: Finding[], input: GovernInput): Governed {
  const errors: InputError[] = [];
  let out = findings;
  if (input.inlineSuppressions !== false) {
    const inline = applyInline(out, { resources: input.resources, composeTexts: input.composeTexts });
    out = inline.findings;
    errors.push(...inline.errors);
  }
  if (input.waivers && input.waivers.length > 0) {
    const waived = applyWaivers(out, input.waivers, { now: input.now });
    out = waived.findings;
    errors.push(...waived.warnings);
  }
  if (!input.baseline) return { findings: out, errors };
  const b = applyBaseline(out, input.baseline);
  return { findings: b.findings, errors, fixed: b.fixed, counts: b.counts };
}
