import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { countIn } from "@/lib/labels";
import { pathFor } from "@/lib/paths";
import { nameOf, pageText, PersonName } from "./pageText";

function metadata(language: Language): Metadata {
  const text = pageText[language].people;
  return pageMetadata({ path: "/people/", title: text.title, description: text.description });
}

/**
 * Everyone on record, by name as the page's language writes it, with the name in its own script where that differs
 * from the one shown (on the Russian site a Russian's name is not repeated).
 */
function PeopleIndex({ language }: { language: Language }) {
  const text = pageText[language].people;
  const parley = getParley();
  const people = parley.dataset.people
    .map((p) => ({ person: p, name: nameOf(p, language) }))
    .sort((a, b) => a.name.text.localeCompare(b.name.text, language));
  return (
    <SectionPage
      path="/people/"
      crumb={text.title}
      title={text.title}
      lede={text.lede(countIn(language, people.length, pageText[language].counts.people))}
      language={language}
    >
      <DataTable
        columns={[
          text.columns.name,
          text.columns.original,
          text.columns.country,
          text.columns.offices,
          { label: text.columns.events, numeric: true },
        ]}
        rows={people.map(({ person: p, name }) => {
          const posts = [...new Set(parley.membershipsOf(p.id).map((m) => parley.labelOf(m.post, language)))];
          const original = p.nativeName && p.nativeName.name !== name.text ? p.nativeName : null;
          return {
            key: p.id,
            cells: [
              <Link href={pathFor("people", p.id)}>
                <PersonName value={name} language={language} />
              </Link>,
              original ? <span lang={original.lang}>{original.name}</span> : null,
              p.nationality.map((c) => parley.labelOf(c, language)).join(", "),
              posts.join("; "),
              parley.eventsOf(p.id).length.toLocaleString(language),
            ],
          };
        })}
      />
    </SectionPage>
  );
}

/** The page in every language. */
export const peopleIndex: RouteModule = { metadata, Page: PeopleIndex };
