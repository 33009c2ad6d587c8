import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { documentKindLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/documents/",
    title: "Documents",
    description:
      "Treaties, agreements, joint statements and memoranda signed between Vietnam and Russia, with sources.",
  });
}

function DocumentsIndex({ language }: { language: Language }) {
  const parley = getParley();
  const documents = [...parley.dataset.documents].sort((a, b) =>
    (parley.boundsOf(a.id)?.earliest ?? "9999").localeCompare(parley.boundsOf(b.id)?.earliest ?? "9999"),
  );
  return (
    <SectionPage
      path="/documents/"
      crumb="Documents"
      title="Documents"
      lede={`${documents.length} documents signed or adopted, in date order.`}
    >
      {documents.length === 0 ? (
        <p className="meta">No documents are recorded yet.</p>
      ) : (
        <ul className="plain-list">
          {documents.map((d) => (
            <li key={d.id}>
              <span className="meta">{d.date ? <DateText date={d.date} /> : "date not recorded"}</span>{" "}
              <Link href={pathFor("documents", d.id)}>{d.title}</Link>{" "}
              <span className="badge">{documentKindLabel(d.kind).toLowerCase()}</span>
            </li>
          ))}
        </ul>
      )}
    </SectionPage>
  );
}

/** The page in every language. */
export const documentsIndex: RouteModule = { metadata, Page: DocumentsIndex };
