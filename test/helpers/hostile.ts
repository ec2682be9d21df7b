/**
 * A scan result whose every input-derived text is hostile: Markdown and HTML injection, table
 * pipes, backticks and fences, newlines, control and bidi characters, workflow commands,
 * mentions, references, autolinks, math. For the formatters' hostile-input golden tests.
 */
import type { ScanResult } from '../../src/findings/result.js';
import { summarize } from '../../src/findings/result.js';
import type { Finding } from '../../src/findings/types.js';
import { RULES } from './sample.js';

export const HOSTILE_TEXTS = [
  'x</td></tr><script>alert(1)</script><img src=x onerror=alert(2)>',
  'a|b|c \\| d',
  '```js\nfetch("https://evil.test")\n```',
  '[click](javascript:alert(1)) ![pixel](https://evil.test/p.png) <https://evil.test>',
  '@octocat @org/team #12 owner/repo#3 www.evil.test https://evil.test :smile:',
  '$\\sqrt{2}$ and $$x$$',
  '::error file=a.yaml,line=1::forged\n::add-mask::x %0A::warning::y',
  'line1\nline2\r\n| fake | row | in | the | table |',
  'esc\u001b[31mred\u0007bell\u0000nul\u0085nel',
  'bidi \u202eevil\u202c \u2066iso\u2069 zero\u200bwidth \u2028sep',
  '<!-- unclosed comment &lt;b&gt; &#60;i&#62; &amp;',
  '*bold* _it_ ~~gone~~ **x** > quote\n# heading\n- item\n1. item',
  'trailing backslash \\',
];

export function hostileResult(): ScanResult {
  const findings: Finding[] = HOSTILE_TEXTS.map((text, i) => ({
    ruleId: i === 0 ? 'PAL-COMPOSE-001|`x`' : RULES[i % RULES.length]!.id,
    title: RULES[i % RULES.length]!.title,
    severity: 'critical',
    category: 'access',
    message: `Service '${text}' runs privileged.`,
    source: 'compose',
    resource: { id: `stack/${text}.yaml#services.svc`, type: 'compose.service', name: text },
    path: 'properties.privileged',
    location: { file: `stack/${text}/compose.yaml`, startLine: i + 1, endLine: i + 1 },
    owner: text,
    suppressed: null,
    fingerprint: i.toString(16).padStart(32, '0'),
    // Every third a framework-managed CDK resource, every third a live one linked to its template: their texts are input too.
    ...(i % 3 === 1 ? { source: 'cdk' as const, cdk: { constructPath: `App/${text}/Resource`, sourceFile: `app/${text}.ts`, sourceLine: i + 1, frameworkManaged: true as const } } : {}),
    ...(i % 3 === 2
      ? {
          source: 'aws' as const,
          location: undefined,
          cloud: { arn: `arn:aws:s3:::${text}`, account: '111122223333', region: 'eu-west-1' },
          iac: { stack: text, logicalId: 'X', resource: `t/${text}.json#X`, location: { file: `t/${text}.json`, startLine: 3, endLine: 4 }, cdk: { constructPath: `App/${text}`, sourceFile: `app/${text}.ts`, sourceLine: 7 } },
        }
      : {}),
  }));
  const errors: ScanResult['errors'] = HOSTILE_TEXTS.slice(0, 4).map((text, i) => ({ file: `in/${text}`, line: i + 1, level: 'error', message: `parse YAML: ${text}` }));
  return {
    schemaVersion: '1.1.0',
    tool: { name: 'palisade', version: '0.0.0-test' },
    findings,
    errors,
    // The first finding's rule (an id no built-in rule has) names a hostile CWE: a custom rule's METADATA is input too.
    rules: [...RULES, { ...RULES[0]!, id: 'PAL-COMPOSE-001|`x`', cwe: HOSTILE_TEXTS[0]! }],
    inputs: [{ kind: 'compose', files: ['stack/compose.yaml'] }],
    skipped: [],
    summary: summarize(1, findings.length, findings, errors),
    missing: [],
  };
}
