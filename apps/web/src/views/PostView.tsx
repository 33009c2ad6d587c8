import { textIn, type Frozen, type Language, type Parley, type Post } from "@parley/core";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { EventList } from "@/components/EventList";
import { Fact } from "@/components/Fact";
import { InLanguage } from "@/components/InLanguage";
import { LocalText } from "@/components/LocalText";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { disagreementsAboutAll } from "@/lib/disagreementsAboutAll";
import { numberCitations } from "@/lib/numberCitations";
import { TermsSection } from "./TermsSection";
import { viewText } from "./viewText";

/**
 * One office in the page's language: who held it when (chart and table), and the events its holders attended in it.
 * The other labels sources use stay as the sources give them (in English).
 */
export function PostView({ parley, post, language }: { parley: Parley; post: Frozen<Post>; language: Language }) {
  const t = viewText[language];
  const citations = numberCitations(parley, post.id, parley.citationsOf(post.id), language);
  const terms = parley.holdersOf(post.id);
  const events = parley.timeline().filter((e) => e.participants.some((p) => p.posts.includes(post.id)));
  const disagreements = disagreementsAboutAll(parley, [post.id, ...terms.map((m) => m.id)]);
  const label = textIn(post, "label", language)!;
  return (
    <article className="page">
      <PageTitle
        language={language}
        crumbs={[{ href: "/posts/", label: t.crumbs.posts }]}
        kicker={<RecordLink parley={parley} id={post.organization} language={language} />}
        title={<LocalText value={label} language={language} />}
      />
      <DisagreementNotice disagreements={disagreements} language={language} />
      <dl className="facts">
        <Fact term={t.organizationFact}>
          <RecordLink parley={parley} id={post.organization} language={language} />
        </Fact>
        {post.country ? <Fact term={t.country}>{parley.labelOf(post.country, language)}</Fact> : null}
        <Fact term={t.post.holdersAtATime}>{post.singleHolder ? t.post.one : t.post.several}</Fact>
        {post.otherLabels.length > 0 ? (
          <Fact term={t.alsoCalled}>
            <InLanguage lang="en" language={language}>
              {post.otherLabels.join("; ")}
            </InLanguage>
          </Fact>
        ) : null}
      </dl>

      <TermsSection
        parley={parley}
        terms={terms}
        column="person"
        id="holders"
        heading={t.post.holders}
        chartTitle={t.post.holdersChart(label.text)}
        language={language}
      />

      <DisagreementPanel parley={parley} disagreements={disagreements} language={language} />

      <h2 id="events">{t.post.events}</h2>
      <EventList events={events} language={language} />

      <SourceList parley={parley} citations={citations} language={language} />
      <ReportErrorLink kind="posts" id={post.id} label={label.text} language={language} />
    </article>
  );
}
