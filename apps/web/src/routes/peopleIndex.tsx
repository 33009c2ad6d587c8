import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { getParley } from "@/data/getParley";
import { pathFor } from "@/lib/paths";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/people/",
    title: "People",
    description:
      "Everyone in Parley, with names in every script, the offices they held and how many events they took part in.",
  });
}

function PeopleIndex({ language }: { language: Language }) {
  const parley = getParley();
  const people = [...parley.dataset.people].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return (
    <SectionPage
      path="/people/"
      crumb="People"
      title="People"
      lede={`${people.length} people, each with the offices they held over time and the people they met.`}
    >
      <DataTable
        columns={["Name", "In their script", "Country", "Offices on record", { label: "Events", numeric: true }]}
        rows={people.map((p) => {
          const posts = [...new Set(parley.membershipsOf(p.id).map((m) => parley.labelOf(m.post)))];
          return {
            key: p.id,
            cells: [
              <Link href={pathFor("people", p.id)}>{p.name}</Link>,
              p.nativeName ? <span lang={p.nativeName.lang}>{p.nativeName.name}</span> : null,
              p.nationality.map((c) => parley.labelOf(c)).join(", "),
              posts.join("; "),
              parley.eventsOf(p.id).length,
            ],
          };
        })}
      />
    </SectionPage>
  );
}

/** The page in every language. */
export const peopleIndex: RouteModule = { metadata, Page: PeopleIndex };
