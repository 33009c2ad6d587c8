import { correctionUrl } from "@/lib/correctionUrl";
import { kindSingular } from "@/lib/labels";
import { pathFor, type PageKind } from "@/lib/paths";

/** "Report an error on this page": opens a correction request prefilled with the page and the record id. */
export function ReportErrorLink({ kind, id, label }: { kind: PageKind; id: string; label: string }) {
  const path = pathFor(kind, id);
  return (
    <p className="meta" style={{ marginTop: "2rem" }}>
      Spotted a mistake?{" "}
      <a href={correctionUrl({ kind: kindSingular(kind).toLowerCase(), id, label, path })} rel="noopener noreferrer">
        Report an error on this page
      </a>{" "}
      (record id <code>{id}</code>).
    </p>
  );
}
