"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { NoticeList } from "@/components/NoticeList";
import { pathFor } from "@/lib/paths";
import { pushSearch, useLocationSearch } from "@/lib/useLocationSearch";
import { filterNetwork } from "./filterNetwork";
import type { NetworkData } from "./NetworkData";

const MAX_LABELS = 60;

/** A labelled select of years, with a first option for no year (`null`). */
function YearSelect({
  id,
  label,
  none,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  none: string;
  years: readonly number[];
  value: number | null;
  onChange: (year: number | null) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))}
      >
        <option value="">{none}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Reads `?from=YYYY&to=YYYY` against the years the graph covers; anything else is reported, not applied. */
export function parsePeriod(
  search: string,
  years: [number, number] | null,
): { from: number | null; to: number | null; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const read = (key: "from" | "to") => {
    const raw = params.get(key)?.trim();
    if (!raw) return null;
    if (!/^\d{4}$/.test(raw)) {
      notices.push(`“${raw}” is not a year, so the “${key}” filter is ignored.`);
      return null;
    }
    const year = Number(raw);
    if (years && (year < years[0] || year > years[1]))
      notices.push(`${year} is outside the years with recorded meetings (${years[0]}–${years[1]}).`);
    return year;
  };
  const from = read("from");
  const to = read("to");
  if (from !== null && to !== null && from > to)
    notices.push(`The period starts (${from}) after it ends (${to}), so nothing can match.`);
  return { from, to, notices };
}

/** The who-met-whom graph with a period filter kept in the URL, drawn as SVG, with the same edges as a table. */
export function NetworkExplorer({ data }: { data: NetworkData }) {
  const search = useLocationSearch();
  const { from, to, notices } = useMemo(() => parsePeriod(search, data.years), [search, data.years]);
  const visible = useMemo(() => filterNetwork(data, from, to), [data, from, to]);
  const labelled = useMemo(
    () =>
      new Set(
        [...visible.nodes]
          .sort((a, b) => b.degree - a.degree)
          .slice(0, MAX_LABELS)
          .map((n) => n.id),
      ),
    [visible],
  );
  const years = data.years
    ? Array.from({ length: data.years[1] - data.years[0] + 1 }, (_, i) => data.years![0] + i)
    : [];

  const setPeriod = (nextFrom: number | null, nextTo: number | null) => {
    const params = new URLSearchParams();
    if (nextFrom !== null) params.set("from", String(nextFrom));
    if (nextTo !== null) params.set("to", String(nextTo));
    pushSearch(params.toString());
  };
  const period = from === null && to === null ? "all years" : `${from ?? "the start"}–${to ?? "the latest"}`;

  return (
    <>
      <form className="filters" aria-label="Choose a period" onSubmit={(e) => e.preventDefault()}>
        <YearSelect
          id="network-from"
          label="From year"
          none="The start"
          years={years}
          value={from}
          onChange={(year) => setPeriod(year, to)}
        />
        <YearSelect
          id="network-to"
          label="To year"
          none="The latest"
          years={years}
          value={to}
          onChange={(year) => setPeriod(from, year)}
        />
        <div className="field">
          <button
            type="button"
            className="button"
            disabled={from === null && to === null}
            onClick={() => setPeriod(null, null)}
          >
            All years
          </button>
        </div>
      </form>
      <NoticeList notices={notices} />
      <p className="meta" role="status" aria-live="polite" id="network-status">
        {visible.nodes.length} people and {visible.edges.length} pairs who met, {period}.
      </p>
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="swatch" style={{ background: "var(--chart-2)" }} />
          Vietnamese
        </li>
        <li>
          <span className="swatch" style={{ background: "var(--chart-1)" }} />
          Russian
        </li>
        <li>
          <span className="swatch" style={{ background: "var(--muted)" }} />
          Other
        </li>
        <li>Thicker lines: more shared events. Larger circles: more people met.</li>
      </ul>
      <div className="network">
        <svg
          className="chart"
          viewBox={`0 0 ${data.width} ${data.height}`}
          role="group"
          aria-label={`Network of who met whom, ${period}; the table below lists the same pairs`}
        >
          <g aria-hidden="true">
            {visible.edges.map((e) => (
              <line
                key={`${e.source.id}|${e.target.id}`}
                className="edge"
                x1={e.source.x}
                y1={e.source.y}
                x2={e.target.x}
                y2={e.target.y}
                strokeWidth={(0.8 + Math.sqrt(e.count) * 1.2).toFixed(2)}
                strokeOpacity={0.55}
              />
            ))}
          </g>
          {visible.nodes.map((n) => (
            <a
              key={n.id}
              href={pathFor("people", n.id)}
              className={`node node--${n.side}`}
              aria-label={`${n.label}: met ${n.degree} ${n.degree === 1 ? "person" : "people"}`}
            >
              <circle cx={n.x} cy={n.y} r={(4 + Math.sqrt(n.degree) * 2.2).toFixed(1)} />
              {labelled.has(n.id) ? (
                <text x={n.x} y={n.y - (7 + Math.sqrt(n.degree) * 2.2)} textAnchor="middle">
                  {n.label}
                </text>
              ) : null}
            </a>
          ))}
        </svg>
      </div>
      <h2 id="pairs">Who met whom, {period}</h2>
      {visible.edges.length === 0 ? (
        <p className="meta">No shared events in this period.</p>
      ) : (
        <DataTable
          columns={["Person", "Met", { label: "Shared events", numeric: true }]}
          rows={visible.edges.map((e) => ({
            key: `${e.source.id}|${e.target.id}`,
            cells: [
              <Link href={pathFor("people", e.source.id)}>{e.source.label}</Link>,
              <Link href={pathFor("people", e.target.id)}>{e.target.label}</Link>,
              e.count,
            ],
          }))}
        />
      )}
    </>
  );
}
