"use client";
import type { FormEvent } from "react";
import type { FilterOption, FilterOptions } from "./TimelineItem";
import { hasFilters, NO_FILTERS, type ListKey, type TimelineFilters } from "./timelineQuery";

const FIELDS: { key: ListKey; label: string; options: keyof Omit<FilterOptions, "years"> }[] = [
  { key: "kind", label: "Kind", options: "kinds" },
  { key: "person", label: "Person", options: "people" },
  { key: "organization", label: "Organization", options: "organizations" },
  { key: "country", label: "Country", options: "countries" },
  { key: "topic", label: "Topic", options: "topics" },
  { key: "status", label: "Status", options: "statuses" },
];

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label} ({o.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** One end of the date range: a year, month or day typed as text, applied when the field is left. */
function DateField({
  name,
  label,
  placeholder,
  value,
  onCommit,
}: {
  name: "from" | "to";
  label: string;
  placeholder: string;
  value: string | null;
  onCommit: (key: "from" | "to", raw: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <input
        key={`${name}:${value ?? ""}`}
        id={`filter-${name}`}
        name={name}
        type="text"
        inputMode="numeric"
        placeholder={placeholder}
        defaultValue={value ?? ""}
        onBlur={(e) => onCommit(name, e.target.value)}
      />
    </div>
  );
}

/** The timeline's filter controls: a choice applies at once; dates apply on Enter, on leaving the field, or with "Apply". */
export function TimelineFilterForm({
  options,
  filters,
  onChange,
}: {
  options: FilterOptions;
  filters: TimelineFilters;
  onChange: (next: TimelineFilters) => void;
}) {
  const setDate = (key: "from" | "to", raw: string) => {
    const value = raw.trim() === "" ? null : raw.trim();
    if (value !== filters[key]) onChange({ ...filters, [key]: value });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const from = String(form.get("from") ?? "").trim() || null;
    const to = String(form.get("to") ?? "").trim() || null;
    if (from !== filters.from || to !== filters.to) onChange({ ...filters, from, to });
  };
  const [first, last] = options.years;
  return (
    <form className="filters" aria-label="Filter the timeline" onSubmit={onSubmit}>
      {(
        [
          ["from", "From (year, month or day)", first ?? 2018],
          ["to", "To", last ?? 2025],
        ] as const
      ).map(([name, label, hint]) => (
        <DateField
          key={name}
          name={name}
          label={label}
          placeholder={String(hint)}
          value={filters[name]}
          onCommit={setDate}
        />
      ))}
      {FIELDS.map((f) => (
        <Select
          key={f.key}
          id={`filter-${f.key}`}
          label={f.label}
          value={filters[f.key][0] ?? ""}
          options={options[f.options]}
          onChange={(value) => onChange({ ...filters, [f.key]: value === "" ? [] : [value] })}
        />
      ))}
      <div className="field" style={{ display: "flex", gap: "0.5rem" }}>
        <button type="submit" className="button">
          Apply dates
        </button>
        <button type="button" className="button" disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
          Clear all
        </button>
      </div>
    </form>
  );
}
