import type { Language, Source } from "@parley/core";
import { componentText } from "./componentText";

/** A visible mark beside a source whose quality is `weak`, so a reader weighs what rests on it; nothing otherwise. */
export function WeakSourceMark({ source, language }: { source: Pick<Source, "quality">; language: Language }) {
  if (source.quality !== "weak") return null;
  const t = componentText[language].weakSource;
  return (
    <>
      {" "}
      <span className="badge badge--warn" title={t.why}>
        {t.label}
      </span>
    </>
  );
}
