import type { Metadata } from "next";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { PageTitle } from "@/components/PageTitle";
import { getParley } from "@/data/getParley";
import { pathFor } from "@/lib/paths";

export const metadata: Metadata = {
  title: "People",
  description:
    "Everyone in Parley, with names in every script, the offices they held and how many events they took part in.",
  alternates: { canonical: "/people/" },
};

export default function PeopleIndex() {
  const parley = getParley();
  const people = [...parley.dataset.people].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return (
    <div className="page">
      <PageTitle
        crumbs={[{ href: "/people/", label: "People" }]}
        title="People"
        lede={`${people.length} people, each with the offices they held over time and the people they met.`}
      />
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
    </div>
  );
}
