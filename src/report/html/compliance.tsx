/**
 * Compliance posture per framework: controls failed, passed and not assessed. A failed control
 * links to the findings table filtered to it (the filter lives in the URL hash).
 */
import type { Framework } from './model.js';

const STATUS_LABEL = { failed: 'Failed', passed: 'Passed', 'not-assessed': 'Not assessed' } as const;

export function controlLink(framework: string, control: string): string {
  return `#findings?${new URLSearchParams({ control: `${framework} ${control}` }).toString()}`;
}

export function Compliance({ frameworks }: { frameworks: Framework[] }) {
  return (
    <section id="compliance">
      <h2>Compliance posture</h2>
      <p class="note">
        A control fails when a rule mapped to it has an open finding, passes when its rules judged a source that was scanned, and is not assessed otherwise.
      </p>
      {frameworks.length === 0 ? <p>No rule maps to a framework.</p> : null}
      <div class="frameworks">
        {frameworks.map((fw) => (
          <details class="framework" key={fw.name} data-framework={fw.name}>
            <summary>
              <span class="fw-name">{fw.name}</span>
              <span class="posture">
                <span class="status failed">{fw.counts.failed} failed</span>
                <span class="status passed">{fw.counts.passed} passed</span>
                <span class="status not-assessed">{fw.counts['not-assessed']} not assessed</span>
              </span>
              <PostureBar counts={fw.counts} />
            </summary>
            <table class="controls">
              <thead>
                <tr>
                  <th>Control</th>
                  <th>Status</th>
                  <th>Rules</th>
                  <th>Findings</th>
                </tr>
              </thead>
              <tbody>
                {fw.controls.map((c) => (
                  <tr key={c.id} class={`control ${c.status}`}>
                    <td>{c.id}</td>
                    <td>
                      <span class={`status ${c.status}`}>{STATUS_LABEL[c.status]}</span>
                    </td>
                    <td class="mono">{c.rules.join(', ')}</td>
                    <td>
                      {c.findings > 0 ? (
                        <a class="drill" href={controlLink(fw.name, c.id)}>
                          {c.findings} finding{c.findings === 1 ? '' : 's'}
                        </a>
                      ) : (
                        '–'
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      </div>
    </section>
  );
}

function PostureBar({ counts }: { counts: Framework['counts'] }) {
  const total = Math.max(1, counts.failed + counts.passed + counts['not-assessed']);
  const w = (n: number) => Math.round((n / total) * 1000) / 10;
  return (
    <svg class="posture-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="0" width={w(counts.failed)} height="8" class="seg-failed" />
      <rect x={w(counts.failed)} y="0" width={w(counts.passed)} height="8" class="seg-passed" />
      <rect x={w(counts.failed) + w(counts.passed)} y="0" width={w(counts['not-assessed'])} height="8" class="seg-not-assessed" />
    </svg>
  );
}
