import { scaleBand, scaleLinear } from "d3-scale";
import { chartSlug } from "./chartSlug";

const WIDTH = 720;
const HEIGHT = 160;
const M = { top: 12, right: 8, bottom: 24, left: 28 };

/** Counts per year as a bar chart (server-rendered SVG) with every year in the range shown, empty ones included. */
export function YearBars({ counts, title }: { counts: readonly { year: number; count: number }[]; title: string }) {
  if (counts.length === 0) return null;
  const first = counts.reduce((a, c) => Math.min(a, c.year), Infinity);
  const last = counts.reduce((a, c) => Math.max(a, c.year), -Infinity);
  const byYear = new Map(counts.map((c) => [c.year, c.count]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const max = Math.max(1, ...counts.map((c) => c.count));
  const x = scaleBand<number>()
    .domain(years)
    .range([M.left, WIDTH - M.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([HEIGHT - M.bottom, M.top]);
  const every = Math.max(1, Math.ceil(years.length / 12));
  const titleId = `bars-${chartSlug(title)}`;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{`${title}: ${counts.map((c) => `${c.year}: ${c.count}`).join(", ")}`}</title>
      <g className="axis" aria-hidden="true">
        {y.ticks(4).map((t) => (
          <g key={t} transform={`translate(0,${y(t).toFixed(1)})`}>
            <line x1={M.left} x2={WIDTH - M.right} strokeDasharray="2 3" />
            <text x={M.left - 6} y={4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {years.map((yr, i) =>
          i % every === 0 ? (
            <text key={yr} x={(x(yr) ?? 0) + x.bandwidth() / 2} y={HEIGHT - 6} textAnchor="middle">
              {yr}
            </text>
          ) : null,
        )}
      </g>
      {years.map((yr) => {
        const n = byYear.get(yr) ?? 0;
        if (n === 0) return null;
        return (
          <rect
            key={yr}
            className="bar"
            x={(x(yr) ?? 0).toFixed(1)}
            y={y(n).toFixed(1)}
            width={x.bandwidth().toFixed(1)}
            height={(y(0) - y(n)).toFixed(1)}
            rx="2"
          />
        );
      })}
    </svg>
  );
}
