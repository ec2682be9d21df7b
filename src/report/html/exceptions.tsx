/** Exceptions (suppressed findings and why) and problems (what could not be scanned, and why). */
import type { ScanResult } from '../../findings/result.js';
import type { Finding } from '../../findings/types.js';
import { locationText } from './model.js';

/** Waivers (issue 9) may add who accepted the risk and until when. */
type Suppressed = Finding & { suppression?: { owner?: string; expires?: string } };

export function Exceptions({ result }: { result: ScanResult }) {
  const suppressed = result.findings.filter((f) => f.suppressed) as Suppressed[];
  const errors = result.errors.filter((e) => e.level === 'error');
  const warnings = result.errors.filter((e) => e.level !== 'error');
  return (
    <section id="exceptions">
      <h2>Exceptions and problems</h2>
      <h3>
        Suppressed findings <span class="count">{suppressed.length}</span>
      </h3>
      {suppressed.length === 0 ? (
        <p class="note">No finding is suppressed.</p>
      ) : (
        <table class="exceptions">
          <thead>
            <tr>
              <th>Rule</th>
              <th>Resource</th>
              <th>Location</th>
              <th>Reason</th>
              <th>Owner</th>
              <th>Expires</th>
            </tr>
          </thead>
          <tbody>
            {suppressed.map((f) => (
              <tr key={f.fingerprint}>
                <td class="mono">
                  <span class={`sev sev-${f.severity}`}>{f.severity}</span> {f.ruleId}
                </td>
                <td>{f.resource.name}</td>
                <td class="mono">{locationText(f)}</td>
                <td>{f.suppressed}</td>
                <td>{f.suppression?.owner ?? '–'}</td>
                <td>{f.suppression?.expires ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>
        Scan errors <span class="count">{errors.length}</span>
      </h3>
      <p class="note">An error means part of the input was not judged: the scan is incomplete (exit code 3).</p>
      <ProblemList problems={errors} />
      <h3>
        Warnings <span class="count">{warnings.length}</span>
      </h3>
      <ProblemList problems={warnings} />
    </section>
  );
}

function ProblemList({ problems }: { problems: ScanResult['errors'] }) {
  if (problems.length === 0) return <p class="note">None.</p>;
  return (
    <ul class="problems">
      {problems.map((e, i) => (
        <li key={i}>
          <span class="mono">
            {e.file}
            {e.line !== undefined ? `:${e.line}` : ''}
          </span>{' '}
          {e.message}
        </li>
      ))}
    </ul>
  );
}
