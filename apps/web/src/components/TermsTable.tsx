import { textIn, type Frozen, type Language, type Membership, type Parley } from "@parley/core";
import { nameOf } from "@/lib/frozenText";
import { endHowLabel, startHowLabel } from "@/lib/labels";
import { numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";
import { componentText } from "./componentText";
import { DataTable } from "./DataTable";
import { DateText } from "./DateText";
import { InLanguage, NameText } from "./InLanguage";
import { Joined } from "./Joined";
import { Link } from "./Link";
import { LinkedText } from "./LinkedText";
import { LocalText } from "./LocalText";
import { SourceTitle } from "./SourceList";

/** The office or holder a term's first cell names, as the page's readers write it, linked to its page. */
function TermSubject({
  parley,
  term,
  column,
  href,
  language,
}: {
  parley: Parley;
  term: Frozen<Membership>;
  column: "post" | "person";
  href: string;
  language: Language;
}) {
  if (column === "post") {
    const post = parley.getPost(term.post);
    const label = post.ok ? textIn(post.value, "label", language)! : { text: term.post, lang: language };
    return (
      <LocalText value={label} language={language}>
        <Link href={href}>{label.text}</Link>
      </LocalText>
    );
  }
  const person = parley.getPerson(term.person);
  return (
    <Link href={href}>
      {person.ok ? <NameText value={nameOf(person.value, language)} language={language} /> : term.person}
    </Link>
  );
}

/** Terms of office as a table in the page's language: who or which post, from, to, how it began and ended, and the sources. */
export function TermsTable({
  parley,
  terms,
  column,
  href,
  language,
}: {
  parley: Parley;
  terms: readonly Frozen<Membership>[];
  column: "post" | "person";
  href: (m: Frozen<Membership>) => string;
  language: Language;
}) {
  const t = componentText[language].terms;
  if (terms.length === 0) return <p className="meta">{t.none}</p>;
  return (
    <DataTable
      columns={[
        column === "post" ? t.columns.post : t.columns.person,
        t.columns.from,
        t.columns.until,
        t.columns.sources,
      ]}
      rows={terms.map((m) => {
        const sources = numberCitations(parley, m.id, parley.citationsOf(m.id), language, `t-${m.id}`);
        return {
          key: m.id,
          id: `term-${m.id}`,
          cells: [
            <>
              <TermSubject parley={parley} term={m} column={column} href={href(m)} language={language} />
              {m.acting ? <span className="badge">{t.acting}</span> : null}
              {m.note ? (
                <div className="meta">
                  <InLanguage lang="en" language={language}>
                    <LinkedText parley={parley} text={m.note} language={language} />
                  </InLanguage>
                </div>
              ) : null}
            </>,
            <>
              {m.start ? (
                <DateText date={m.start} language={language} />
              ) : m.firstSeen ? (
                <>
                  {t.inPostBy}
                  <DateText date={m.firstSeen} language={language} />
                </>
              ) : (
                <span className="meta">{t.notRecorded}</span>
              )}
              {m.startHow ? <div className="meta">{startHowLabel(m.startHow, language).toLowerCase()}</div> : null}
            </>,
            <>
              {m.end ? (
                <DateText date={m.end} language={language} />
              ) : m.lastSeen ? (
                <>
                  {t.stillInPost}
                  <DateText date={m.lastSeen} language={language} />
                </>
              ) : (
                <span className="meta">{t.noEnd}</span>
              )}
              {m.endHow ? <div className="meta">{endHowLabel(m.endHow, language).toLowerCase()}</div> : null}
            </>,
            sources.length === 0 ? (
              <span className="badge badge--warn">{t.noSource}</span>
            ) : (
              <Joined items={sources} keyOf={(s) => s.anchor}>
                {(s) => (
                  <>
                    <Link href={pathFor("sources", s.view.source.id)}>
                      <SourceTitle source={s.view.source} language={language} />
                    </Link>
                    {s.view.citation.note ? (
                      <span className="meta">
                        {" "}
                        (
                        <InLanguage lang="en" language={language}>
                          {s.view.citation.note}
                        </InLanguage>
                        )
                      </span>
                    ) : null}
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
