import { textIn, type Event, type Frozen, type Language, type Parley, type ParticipantView } from "@parley/core";
import { roleLabel } from "@/lib/labels";
import { citationsUnder, type NumberedCitation } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { CitationMarks } from "./CitationMarks";
import { componentText } from "./componentText";
import { DataTable } from "./DataTable";
import { InLanguage } from "./InLanguage";
import { Link } from "./Link";
import { LocalText } from "./LocalText";
import { PersonNameLink } from "./PersonNameLink";

function HeldNote({ held, language }: { held: ParticipantView["posts"][number]["heldOnDate"]; language: Language }) {
  const t = componentText[language].participants;
  if (held === "ambiguous") return <span className="meta">{t.ambiguous}</span>;
  if (held === "impossible") return <span className="badge badge--warn">{t.impossible}</span>;
  return null;
}

/**
 * Who took part in an event: each person (named as the page's readers write them, the original beside) with role,
 * the posts they held that day, and the sources for it.
 */
export function ParticipantsTable({
  parley,
  event,
  citations,
  language,
}: {
  parley: Parley;
  event: Frozen<Event>;
  citations: readonly NumberedCitation[];
  language: Language;
}) {
  const t = componentText[language].participants;
  const participants = parley.participantsOf(event.id);
  if (participants.length === 0) return <p className="meta">{t.none}</p>;
  return (
    <DataTable
      columns={[t.columns.person, t.columns.role, t.columns.posts, t.columns.sources]}
      caption={t.caption}
      rows={participants.map((p) => {
        const index = event.participants.findIndex((q) => q.person === p.person.id && q.role === p.role);
        return {
          key: `${p.person.id}:${p.role}`,
          cells: [
            <PersonNameLink person={p.person} language={language} />,
            roleLabel(p.role, language),
            <>
              {p.posts.map((held, i) => {
                const label = textIn(held.post, "label", language)!;
                return (
                  <span key={held.post.id}>
                    {i > 0 ? t.and : null}
                    <LocalText value={label} language={language}>
                      <Link href={pathFor("posts", held.post.id)}>{label.text}</Link>
                    </LocalText>
                    <HeldNote held={held.heldOnDate} language={language} />
                  </span>
                );
              })}
              {p.posts.length === 0 ? (
                p.capacity ? (
                  <InLanguage lang="en" language={language}>
                    <span>{p.capacity}</span>
                  </InLanguage>
                ) : (
                  <span className="meta">{t.notRecorded}</span>
                )
              ) : null}
              {p.posts.length > 0 && p.capacity ? (
                <span className="meta">
                  {" "}
                  — <InLanguage lang="en" language={language}>{`“${p.capacity}”`}</InLanguage>
                </span>
              ) : null}
            </>,
            <CitationMarks
              citations={index >= 0 ? citationsUnder(citations, ["participants", index]) : []}
              language={language}
            />,
          ],
        };
      })}
    />
  );
}
