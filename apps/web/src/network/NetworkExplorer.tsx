"use client";
import { useMemo } from "react";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { NoticeList } from "@/components/NoticeList";
import { useLanguage } from "@/i18n/LanguageProvider";
import { localePath } from "@/i18n/localePath";
import { pathFor } from "@/lib/paths";
import { pushSearch, useLocationSearch } from "@/lib/useLocationSearch";
import { fillCounted, fillText } from "@/i18n/fillText";
import { filterNetwork } from "./filterNetwork";
import type { NetworkData, NetworkNode } from "./NetworkData";
import type { NetworkText } from "./networkText";

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

/** A person's name, marked with its language when it is not the page's (a Vietnamese original on the Russian site). */
function Name({ node }: { node: NetworkNode }) {
  return node.labelLang ? <span lang={node.labelLang}>{node.label}</span> : <>{node.label}</>;
}

/**
 * Reads `?from=YYYY&to=YYYY` against the years the graph covers; anything else is reported in the page's language
 * (`text`), not applied.
 */
export function parsePeriod(
  search: string,
  years: [number, number] | null,
  text: NetworkText["notices"],
): { from: number | null; to: number | null; notices: string[] } {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const read = (key: "from" | "to") => {
    const raw = params.get(key)?.trim();
    if (!raw) return null;
    if (!/^\d{4}$/.test(raw)) {
      notices.push(fillText(text.notYear, { raw, key }));
      return null;
    }
    const year = Number(raw);
    if (years && (year < years[0] || year > years[1]))
      notices.push(fillText(text.outside, { year: raw, first: String(years[0]), last: String(years[1]) }));
    return year;
  };
  const from = read("from");
  const to = read("to");
  if (from !== null && to !== null && from > to)
    notices.push(fillText(text.backwards, { from: String(from), to: String(to) }));
  return { from, to, notices };
}

/** A period in words: "all years", "2018–2023", "2018–the latest", "the start–2023". */
function periodText(text: NetworkText["period"], from: number | null, to: number | null): string {
  if (from === null && to === null) return text.all;
  if (from === null) return fillText(text.until, { to: String(to) });
  if (to === null) return fillText(text.since, { from: String(from) });
  return fillText(text.between, { from: String(from), to: String(to) });
}

/**
 * The who-met-whom graph with a period filter kept in the URL, drawn as SVG, with the same edges as a table; names
 * and words in the page's language (`data` and `text` come from the server in that language only).
 */
export function NetworkExplorer({ data, text }: { data: NetworkData; text: NetworkText }) {
  const language = useLanguage();
  const search = useLocationSearch();
  const { from, to, notices } = useMemo(
    () => parsePeriod(search, data.years, text.notices),
    [search, data.years, text.notices],
  );
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
  const period = periodText(text.period, from, to);

  return (
    <>
      <form className="filters" aria-label={text.form.label} onSubmit={(e) => e.preventDefault()}>
        <YearSelect
          id="network-from"
          label={text.form.from}
          none={text.form.start}
          years={years}
          value={from}
          onChange={(year) => setPeriod(year, to)}
        />
        <YearSelect
          id="network-to"
          label={text.form.to}
          none={text.form.latest}
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
            {text.form.all}
          </button>
        </div>
      </form>
      <NoticeList notices={notices} />
      <p className="meta" role="status" aria-live="polite" id="network-status">
        {fillText(text.status, {
          people: fillCounted(language, text.people, visible.nodes.length),
          pairs: fillCounted(language, text.pairs, visible.edges.length),
          period,
        })}
      </p>
      <ul className="legend" aria-label={text.legend.label}>
        <li>
          <span className="swatch" style={{ background: "var(--chart-2)" }} />
          {text.legend.vn}
        </li>
        <li>
          <span className="swatch" style={{ background: "var(--chart-1)" }} />
          {text.legend.ru}
        </li>
        <li>
          <span className="swatch" style={{ background: "var(--muted)" }} />
          {text.legend.other}
        </li>
        <li>{text.legend.sizes}</li>
      </ul>
      <div className="network">
        <svg
          className="chart"
          viewBox={`0 0 ${data.width} ${data.height}`}
          role="group"
          aria-label={fillText(text.picture, { period })}
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
              href={localePath(language, pathFor("people", n.id))}
              className={`node node--${n.side}`}
              aria-label={fillCounted(language, text.node, n.degree, { label: n.label })}
            >
              <circle cx={n.x} cy={n.y} r={(4 + Math.sqrt(n.degree) * 2.2).toFixed(1)} />
              {labelled.has(n.id) ? (
                <text
                  x={n.x}
                  y={n.y - (7 + Math.sqrt(n.degree) * 2.2)}
                  textAnchor="middle"
                  {...(n.labelLang ? { lang: n.labelLang } : {})}
                >
                  {n.label}
                </text>
              ) : null}
            </a>
          ))}
        </svg>
      </div>
      <h2 id="pairs">{fillText(text.heading, { period })}</h2>
      {visible.edges.length === 0 ? (
        <p className="meta">{text.none}</p>
      ) : (
        <DataTable
          columns={[text.columns.person, text.columns.met, { label: text.columns.shared, numeric: true }]}
          rows={visible.edges.map((e) => ({
            key: `${e.source.id}|${e.target.id}`,
            cells: [
              <Link href={pathFor("people", e.source.id)}>
                <Name node={e.source} />
              </Link>,
              <Link href={pathFor("people", e.target.id)}>
                <Name node={e.target} />
              </Link>,
              e.count.toLocaleString(language),
            ],
          }))}
        />
      )}
    </>
  );
}
