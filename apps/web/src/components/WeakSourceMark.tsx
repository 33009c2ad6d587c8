import type { Source } from "@parley/core";

/** A visible mark beside a source whose quality is `weak`, so a reader weighs what rests on it; nothing otherwise. */
export function WeakSourceMark({ source }: { source: Pick<Source, "quality"> }) {
  if (source.quality !== "weak") return null;
  return (
    <>
      {" "}
      <span className="badge badge--warn" title="A scraped copy, an unattributed mirror or an unidentified publisher">
        weak source
      </span>
    </>
  );
}
