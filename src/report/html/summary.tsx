/** Summary: what was scanned, the pass rate and the findings by severity, category and source. */
import type { ScanResult } from '../../findings/result.js';
import { BarChart, Ring } from './charts.js';
import { active, categoryCounts, countBy, passRate, severityCounts, sourceKey } from './model.js';

export function Summary({ result }: { result: ScanResult }) {
  const findings = active(result.findings);
  const { rate, failing } = passRate(result);
  const s = result.summary;
  return (
    <section id="summary">
      <h2>Summary</h2>
      <div class="cards">
        <div class="card pass">
          <Ring share={rate} label="Resources without findings" />
          <div>
            <div class="card-label">Resources without findings</div>
            <div class="card-detail">
              {s.resources - Math.min(failing, s.resources)} of {s.resources} resources pass every rule
            </div>
          </div>
        </div>
        <Stat label="Resources scanned" value={s.resources} detail={`from ${s.inputs} input${s.inputs === 1 ? '' : 's'}`} />
        <Stat label="Open findings" value={s.findings} detail={`${s.bySeverity.critical} critical, ${s.bySeverity.high} high`} tone={s.bySeverity.critical + s.bySeverity.high > 0 ? 'bad' : 'good'} />
        <Stat label="Suppressed" value={s.suppressed} detail="with a recorded reason" />
        <Stat label="Scan problems" value={s.errors + s.warnings} detail={`${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'}`} tone={s.errors > 0 ? 'bad' : undefined} />
      </div>
      <div class="charts">
        <BarChart title="Findings by severity" bars={severityCounts(findings).map(([label, value]) => ({ label, value, tone: `sev-${label}` }))} />
        <BarChart title="Findings by category" bars={categoryCounts(findings).map(([label, value]) => ({ label, value, tone: 'tone-category' }))} />
        <BarChart title="Findings by source" bars={countBy(findings, sourceKey).map(([label, value]) => ({ label, value, tone: 'tone-source' }))} />
      </div>
    </section>
  );
}

function Stat({ label, value, detail, tone }: { label: string; value: number; detail: string; tone?: string | undefined }) {
  return (
    <div class={`card ${tone ?? ''}`}>
      <div class="card-value">{value}</div>
      <div class="card-label">{label}</div>
      <div class="card-detail">{detail}</div>
    </div>
  );
}
