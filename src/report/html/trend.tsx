/** Trend against a previous report: new, fixed and unchanged findings (matched by fingerprint). */
import type { Trend as TrendData } from './model.js';
import { locationText } from './model.js';

const SHOWN = 200;

export function Trend({ trend }: { trend: TrendData }) {
  return (
    <section id="trend">
      <h2>Trend</h2>
      <div class="cards">
        <div class={`card ${trend.newCount > 0 ? 'bad' : ''}`}>
          <div class="card-value">{trend.newCount}</div>
          <div class="card-label">New</div>
          <div class="card-detail">marked “new” in the findings table</div>
        </div>
        <div class="card good">
          <div class="card-value">{trend.fixed.length}</div>
          <div class="card-label">Fixed</div>
          <div class="card-detail">in the previous report, gone now</div>
        </div>
        <div class="card">
          <div class="card-value">{trend.unchanged}</div>
          <div class="card-label">Unchanged</div>
          <div class="card-detail">in both reports</div>
        </div>
      </div>
      {trend.fixed.length > 0 ? (
        <details>
          <summary>Fixed findings</summary>
          <ul class="problems">
            {trend.fixed.slice(0, SHOWN).map((f) => (
              <li key={f.fingerprint}>
                <span class={`sev sev-${f.severity}`}>{f.severity}</span> <span class="mono">{f.ruleId}</span> {f.resource.name} <span class="mono">{locationText(f)}</span>
              </li>
            ))}
          </ul>
          {trend.fixed.length > SHOWN ? <p class="note">and {trend.fixed.length - SHOWN} more (see the JSON reports).</p> : null}
        </details>
      ) : null}
    </section>
  );
}
