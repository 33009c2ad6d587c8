import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import { textIn } from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DateText } from "@/components/DateText";
import { Link } from "@/components/Link";
import { LocalText } from "@/components/LocalText";
import { getParley } from "@/data/getParley";
import { countIn, documentKindLabel } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { pageText } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].documents;
  return pageMetadata({ path: "/documents/", title: text.title, description: text.description });
}

/** Every document signed or adopted, in date order (undated ones last), with its kind. */
function DocumentsIndex({ language }: { language: Language }) {
  const text = pageText[language].documents;
  const parley = getParley();
  const documents = [...parley.dataset.documents].sort((a, b) =>
    (parley.boundsOf(a.id)?.earliest ?? "9999").localeCompare(parley.boundsOf(b.id)?.earliest ?? "9999"),
  );
  return (
    <SectionPage
      path="/documents/"
      crumb={text.title}
      title={text.title}
      lede={text.lede(countIn(language, documents.length, pageText[language].counts.documents))}
      language={language}
    >
      {documents.length === 0 ? (
        <p className="meta">{text.empty}</p>
      ) : (
        <ul className="plain-list">
          {documents.map((d) => (
            <li key={d.id}>
              <span className="meta">{d.date ? <DateText date={d.date} language={language} /> : text.noDate}</span>{" "}
              <Link href={pathFor("documents", d.id)}>
                <LocalText value={textIn(d, "title", language)!} language={language} />
              </Link>{" "}
              <span className="badge">{documentKindLabel(d.kind, language).toLocaleLowerCase(language)}</span>
            </li>
          ))}
        </ul>
      )}
    </SectionPage>
  );
}

/** The page in every language. */
export const documentsIndex: RouteModule = { metadata, Page: DocumentsIndex };
