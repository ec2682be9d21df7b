/** Evidence: tool and policy versions and hashes, input files with SHA-256, where and when, the command. */
import type { Evidence as EvidenceRecord } from '../../findings/result.js';

export function Evidence({ evidence }: { evidence: EvidenceRecord[] }) {
  return (
    <section id="evidence">
      <h2>Evidence</h2>
      {evidence.length === 0 ? <p class="note">This report carries no evidence record (it was rendered from a result without one).</p> : null}
      {evidence.map((e, i) => (
        <div class="evidence" key={i}>
          {evidence.length > 1 ? <h3>Scan {i + 1} of {evidence.length}</h3> : null}
          <dl class="facts">
            <dt>Generated</dt>
            <dd>{e.generatedAt}</dd>
            <dt>Tool</dt>
            <dd>
              {e.tool.name} {e.tool.version}
            </dd>
            <dt>Policy bundle</dt>
            <dd>
              {e.policyBundle.rules} rules, OPA {e.policyBundle.opaVersion}
              <br />
              <span class="mono">policy.wasm sha256 {e.policyBundle.wasmSha256}</span>
              <br />
              <span class="mono">catalog.json sha256 {e.policyBundle.catalogSha256}</span>
            </dd>
            <dt>Accounts</dt>
            <dd>{e.accounts.length ? e.accounts.join(', ') : '–'}</dd>
            <dt>Regions</dt>
            <dd>{e.regions.length ? e.regions.join(', ') : '–'}</dd>
            <dt>Command</dt>
            <dd class="mono">
              palisade {e.command.name} {e.command.paths.join(' ')}
              {Object.entries(e.command.options).map(([k, v]) => ` --${k}${v === true ? '' : ` ${Array.isArray(v) ? v.join(',') : String(v)}`}`)}
            </dd>
          </dl>
          <table class="inputs">
            <thead>
              <tr>
                <th>Input file</th>
                <th>Bytes</th>
                <th>SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {e.inputs.map((f) => (
                <tr key={f.file}>
                  <td class="mono">{f.file}</td>
                  <td>{f.bytes}</td>
                  <td class="mono hash">{f.sha256}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
