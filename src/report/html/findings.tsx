/**
 * The findings table's frame: filters (their options rendered here, escaped) and an empty body
 * that the client script fills from the embedded data, a page at a time.
 */
import type { ClientData } from './model.js';
import { SEVERITIES } from '../../findings/types.js';

function distinct(values: Array<string | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => v !== undefined))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function Select({ name, label, values }: { name: string; label: string; values: string[] }) {
  return (
    <label>
      {label}
      <select name={name} data-filter={name}>
        <option value="">All</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </label>
  );
}

export function Findings({ data }: { data: ClientData }) {
  const rows = data.rows;
  const frameworks = distinct(Object.values(data.rules).flatMap((r) => Object.keys(r.frameworks)));
  return (
    <section id="findings">
      <h2>
        Findings <span class="count" id="finding-count">{rows.length}</span>
      </h2>
      <div class="filters" role="search">
        <div class="sev-chips" role="group" aria-label="Severity">
          {SEVERITIES.map((s) => (
            <button type="button" key={s} class={`chip sev-${s}`} data-sev={s} aria-pressed="false">
              {s} <span class="chip-count">{rows.filter((r) => r.sev === s).length}</span>
            </button>
          ))}
        </div>
        <label class="search">
          Search
          <input type="search" name="q" id="search" placeholder="rule, resource, message, file…" autocomplete="off" />
        </label>
        <Select name="category" label="Category" values={distinct(rows.map((r) => r.cat))} />
        <Select name="source" label="Source" values={distinct(rows.map((r) => r.src))} />
        <Select name="rule" label="Rule" values={distinct(rows.map((r) => r.rule))} />
        <Select name="framework" label="Framework" values={frameworks} />
        <Select name="location" label="File or account/region" values={distinct(rows.map((r) => r.loc))} />
        <Select name="owner" label="Owner" values={distinct(rows.map((r) => r.owner))} />
        <button type="button" id="clear-filters" class="link">
          Clear filters
        </button>
      </div>
      <p id="active-control" class="note" hidden></p>
      <p id="print-note" class="note print-only"></p>
      <table class="findings">
        <thead>
          <tr>
            <th>Severity</th>
            <th>Rule</th>
            <th>Resource</th>
            <th>Location</th>
            <th>Message</th>
          </tr>
        </thead>
        <tbody id="finding-rows"></tbody>
      </table>
      <p id="no-rows" class="note" hidden>
        No finding matches these filters.
      </p>
      <nav class="pager" aria-label="Pages">
        <button type="button" id="prev-page">
          ← Previous
        </button>
        <span id="page-info"></span>
        <button type="button" id="next-page">
          Next →
        </button>
      </nav>
      <noscript>
        <p class="note">The findings table needs JavaScript; the JSON report holds the same findings.</p>
      </noscript>
    </section>
  );
}
