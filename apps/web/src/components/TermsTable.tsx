import type { Frozen, Membership, Parley } from "@parley/core";
import { endHowLabel, startHowLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { DataTable } from "./DataTable";
import { DateText } from "./DateText";
import { Joined } from "./Joined";
import { Link } from "./Link";
import { LinkedText } from "./LinkedText";

/** Terms of office as a table: who or which post, from, to, how it began and ended, and the sources. */
export function TermsTable({
  parley,
  terms,
  column,
  href,
}: {
  parley: Parley;
  terms: readonly Frozen<Membership>[];
  column: "post" | "person";
  href: (m: Frozen<Membership>) => string;
}) {
  if (terms.length === 0) return <p className="meta">No terms of office are recorded.</p>;
  return (
    <DataTable
      columns={[column === "post" ? "Office" : "Holder", "From", "Until", "Sources"]}
      rows={terms.map((m) => {
        const sources = numberCitations(parley, m.id, parley.citationsOf(m.id), `t-${m.id}`);
        return {
          key: m.id,
          id: `term-${m.id}`,
          cells: [
            <>
              <Link href={href(m)}>{parley.labelOf(column === "post" ? m.post : m.person)}</Link>
              {m.acting ? <span className="badge"> acting</span> : null}
              {m.note ? (
                <div className="meta">
                  <LinkedText parley={parley} text={m.note} />
                </div>
              ) : null}
            </>,
            <>
              {m.start ? (
                <DateText date={m.start} />
              ) : m.firstSeen ? (
                <>
                  start not recorded; in post by <DateText date={m.firstSeen} />
                </>
              ) : (
                <span className="meta">not recorded</span>
              )}
              {m.startHow ? <div className="meta">{startHowLabel(m.startHow).toLowerCase()}</div> : null}
            </>,
            <>
              {m.end ? (
                <DateText date={m.end} />
              ) : m.lastSeen ? (
                <>
                  no end recorded; still in post on <DateText date={m.lastSeen} />
                </>
              ) : (
                <span className="meta">no end recorded</span>
              )}
              {m.endHow ? <div className="meta">{endHowLabel(m.endHow).toLowerCase()}</div> : null}
            </>,
            sources.length === 0 ? (
              <span className="badge badge--warn">no source</span>
            ) : (
              <Joined items={sources} keyOf={(s) => s.anchor}>
                {(s) => (
                  <>
                    <Link href={pathFor("sources", s.view.source.id)}>{s.view.source.title}</Link>
                    {s.view.citation.note ? <span className="meta"> ({s.view.citation.note})</span> : null}
                  </>
                )}
              </Joined>
            ),
          ],
        };
      })}
    />
  );
}
