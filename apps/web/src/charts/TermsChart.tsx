import { scaleUtc } from "d3-scale";
import { chartSlug } from "./chartSlug";
import type { TermRow } from "./termRows";

const WIDTH = 720;
const ROW = 30;
const LABEL = 250;
const TOP = 8;
const AXIS = 26;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Terms of office as horizontal bars on a shared time axis (server-rendered SVG); dashed where an end is not recorded. */
export function TermsChart({ rows, title }: { rows: readonly TermRow[]; title: string }) {
  if (rows.length === 0) return null;
  const from = rows.reduce((a, r) => (r.from < a ? r.from : a), rows[0]!.from);
  const to = rows.reduce((a, r) => (r.to > a ? r.to : a), rows[0]!.to);
  const x = scaleUtc()
    .domain([day(from), day(to)])
    .range([LABEL + 8, WIDTH - 24])
    .nice();
  const ticks = x.ticks(Math.min(8, Math.max(2, rows.length > 0 ? 6 : 2)));
  const height = TOP + rows.length * ROW + AXIS;
  const titleId = `chart-${chartSlug(title)}`;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      <g className="axis" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t.toISOString()} transform={`translate(${x(t).toFixed(1)},0)`}>
            <line y1={TOP - 4} y2={height - AXIS + 4} strokeDasharray="2 3" />
            <text y={height - 8} textAnchor="middle">
              {t.getUTCFullYear()}
            </text>
          </g>
        ))}
      </g>
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const x0 = x(day(r.from));
        const x1 = Math.max(x(day(r.to)), x0 + 3);
        return (
          <g key={r.id}>
            <text x={LABEL} y={y + ROW / 2 + 4} textAnchor="end">
              {r.label.length > 38 ? `${r.label.slice(0, 37)}…` : r.label}
            </text>
            <rect
              className={r.acting ? "bar bar--alt" : "bar"}
              x={x0.toFixed(1)}
              y={y + 7}
              width={(x1 - x0).toFixed(1)}
              height={ROW - 14}
              rx="3"
              opacity={r.end === "recorded" && r.startKnown ? 1 : 0.75}
            />
            {r.end !== "recorded" ? (
              <path d={`M${x1.toFixed(1)},${y + ROW / 2} l10,0`} className="open-end" strokeDasharray="2 2" />
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
