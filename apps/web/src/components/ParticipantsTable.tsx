import type { Event, Frozen, Parley, ParticipantView } from "@parley/core";
import { roleLabel } from "@/lib/labels";
import { citationsUnder, type NumberedCitation } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { CitationMarks } from "./CitationMarks";
import { DataTable } from "./DataTable";
import { Link } from "./Link";

function HeldNote({ held }: { held: ParticipantView["posts"][number]["heldOnDate"] }) {
  if (held === "ambiguous")
    return <span className="meta"> (the date is too coarse to be sure of the post that day)</span>;
  if (held === "impossible") return <span className="badge badge--warn">terms on record do not cover this date</span>;
  return null;
}

/** Who took part in an event: each person with role, the posts they held that day, and the sources for it. */
export function ParticipantsTable({
  parley,
  event,
  citations,
}: {
  parley: Parley;
  event: Frozen<Event>;
  citations: readonly NumberedCitation[];
}) {
  const participants = parley.participantsOf(event.id);
  if (participants.length === 0) return <p className="meta">No participants are recorded.</p>;
  return (
    <DataTable
      columns={["Person", "Role", "Posts held that day", "Sources"]}
      caption="Participants, their roles and the posts they held on the day"
      rows={participants.map((p) => {
        const index = event.participants.findIndex((q) => q.person === p.person.id && q.role === p.role);
        return {
          key: `${p.person.id}:${p.role}`,
          cells: [
            <>
              <Link href={pathFor("people", p.person.id)}>{p.person.name}</Link>
              {p.person.nativeName && p.person.nativeName.name !== p.person.name ? (
                <span className="meta" lang={p.person.nativeName.lang}>
                  {" "}
                  ({p.person.nativeName.name})
                </span>
              ) : null}
            </>,
            roleLabel(p.role),
            <>
              {p.posts.map((held, i) => (
                <span key={held.post.id}>
                  {i > 0 ? " and " : null}
                  <Link href={pathFor("posts", held.post.id)}>{held.post.label}</Link>
                  <HeldNote held={held.heldOnDate} />
                </span>
              ))}
              {p.posts.length === 0 ? (
                p.capacity ? (
                  <span>{p.capacity}</span>
                ) : (
                  <span className="meta">not recorded</span>
                )
              ) : null}
              {p.posts.length > 0 && p.capacity ? <span className="meta"> — “{p.capacity}”</span> : null}
            </>,
            <CitationMarks citations={index >= 0 ? citationsUnder(citations, ["participants", index]) : []} />,
          ],
        };
      })}
    />
  );
}
