/** Charts as inline SVG: no script, no external load, readable in print and dark mode. */

export interface Bar {
  label: string;
  value: number;
  /** A CSS class that sets the bar's fill (sev-critical, ...). */
  tone?: string;
}

/** Horizontal bars with their labels and counts. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 22;
  const labelWidth = 150;
  const barWidth = 200;
  const height = Math.max(1, bars.length) * rowHeight + 4;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg role="img" aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`} viewBox={`0 0 ${labelWidth + barWidth + 60} ${height}`} width="100%">
        {bars.map((b, i) => {
          const y = i * rowHeight + 2;
          const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * barWidth));
          return (
            <g key={b.label}>
              <text x={labelWidth - 8} y={y + 15} text-anchor="end" class="chart-label">
                {b.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={barWidth} height={rowHeight - 8} rx="3" class="bar-track" />
              <rect x={labelWidth} y={y + 3} width={w} height={rowHeight - 8} rx="3" class={`bar ${b.tone ?? ''}`} />
              <text x={labelWidth + barWidth + 8} y={y + 15} class="chart-value">
                {b.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/** A ring showing a share (0..1) with the percentage in the middle. */
export function Ring({ share, label }: { share: number; label: string }) {
  const r = 40;
  const circumference = 2 * Math.PI * r;
  const filled = Math.round(share * circumference * 100) / 100;
  const percent = `${Math.floor(share * 1000) / 10}%`;
  return (
    <svg role="img" aria-label={`${label}: ${percent}`} viewBox="0 0 100 100" class="ring">
      <circle cx="50" cy="50" r={r} class="ring-track" />
      <circle cx="50" cy="50" r={r} class="ring-fill" stroke-dasharray={`${filled} ${circumference}`} transform="rotate(-90 50 50)" />
      <text x="50" y="55" text-anchor="middle" class="ring-text">
        {percent}
      </text>
    </svg>
  );
}
