"use client";
import type { FormEvent } from "react";
import type { FilterOption, FilterOptions } from "./TimelineItem";
import { hasFilters, NO_FILTERS, type ListKey, type TimelineFilters } from "./timelineQuery";
import type { TimelineText } from "./timelineText";

const FIELDS: { key: ListKey; options: keyof Omit<FilterOptions, "years"> }[] = [
  { key: "kind", options: "kinds" },
  { key: "person", options: "people" },
  { key: "organization", options: "organizations" },
  { key: "country", options: "countries" },
  { key: "topic", options: "topics" },
  { key: "status", options: "statuses" },
];

function Select({
  id,
  label,
  any,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  /** The first choice, for no filter ("Any"). */
  any: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{any}</option>
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

/**
 * The timeline's filter controls, labelled in the page's language (`text`): a choice applies at once; dates apply on
 * Enter, on leaving the field, or with "Apply".
 */
export function TimelineFilterForm({
  options,
  filters,
  onChange,
  text,
}: {
  options: FilterOptions;
  filters: TimelineFilters;
  onChange: (next: TimelineFilters) => void;
  text: TimelineText["form"];
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
    <form className="filters" aria-label={text.label} onSubmit={onSubmit}>
      {(
        [
          ["from", text.from, first ?? 2018],
          ["to", text.to, last ?? 2025],
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
          label={text.fields[f.key]}
          any={text.any}
          value={filters[f.key][0] ?? ""}
          options={options[f.options]}
          onChange={(value) => onChange({ ...filters, [f.key]: value === "" ? [] : [value] })}
        />
      ))}
      <div className="field filter-actions">
        <button type="submit" className="button">
          {text.apply}
        </button>
        <button type="button" className="button" disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
          {text.clear}
        </button>
      </div>
    </form>
  );
}
