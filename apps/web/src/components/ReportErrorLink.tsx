import type { Language } from "@parley/core";
import { correctionUrl } from "@/lib/correctionUrl";
import { kindSingular } from "@/lib/labels";
import { pathFor, type PageKind } from "@/lib/paths";
import { componentText } from "./componentText";

/**
 * "Report an error on this page": opens a correction request prefilled with the page (in its language) and the record
 * id, worded in the page's language.
 */
export function ReportErrorLink({
  kind,
  id,
  label,
  language,
}: {
  kind: PageKind;
  id: string;
  label: string;
  language: Language;
}) {
  const t = componentText[language].reportError;
  const path = pathFor(kind, id);
  const href = correctionUrl({ kind: kindSingular(kind, language).toLowerCase(), id, label, path, language });
  return (
    <p className="meta" style={{ marginTop: "2rem" }}>
      {t.spotted}{" "}
      <a href={href} rel="noopener noreferrer">
        {t.link}
      </a>{" "}
      ({t.recordId} <code>{id}</code>).
    </p>
  );
}
