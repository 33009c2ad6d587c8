import type { Frozen, Parley, Post } from "@parley/core";
import { termRows } from "@/charts/termRows";
import { TermsChart } from "@/charts/TermsChart";
import { EventList } from "@/components/EventList";
import { DisagreementNotice } from "@/components/DisagreementNotice";
import { DisagreementPanel } from "@/components/DisagreementPanel";
import { PageTitle } from "@/components/PageTitle";
import { RecordLink } from "@/components/RecordLink";
import { ReportErrorLink } from "@/components/ReportErrorLink";
import { SourceList } from "@/components/SourceList";
import { TermsTable } from "@/components/TermsTable";
import { disagreementsAboutAll } from "@/lib/disagreementsAboutAll";
import { numberCitations } from "@/lib/numberCitations";
import { pathFor } from "@/lib/paths";

/** One office: who held it when (chart and table), and the events its holders attended in it. */
export function PostView({ parley, post }: { parley: Parley; post: Frozen<Post> }) {
  const citations = numberCitations(parley, post.id, parley.citationsOf(post.id));
  const terms = parley.holdersOf(post.id);
  const until = parley.stats().dateRange.latest ?? "2025-12-31";
  const rows = termRows(
    terms,
    (m) => parley.labelOf(m.person),
    (m) => pathFor("people", m.person),
    until,
  );
  const events = parley.timeline().filter((e) => e.participants.some((p) => p.posts.includes(post.id)));
  const disagreements = disagreementsAboutAll(parley, [post.id, ...terms.map((m) => m.id)]);
  return (
    <article className="page">
      <PageTitle
        crumbs={[{ href: "/posts/", label: "Offices" }]}
        kicker={<RecordLink parley={parley} id={post.organization} />}
        title={post.label}
      />
      <DisagreementNotice disagreements={disagreements} />
      <dl className="facts">
        <dt>Organization</dt>
        <dd>
          <RecordLink parley={parley} id={post.organization} />
        </dd>
        {post.country ? (
          <>
            <dt>Country</dt>
            <dd>{parley.labelOf(post.country)}</dd>
          </>
        ) : null}
        <dt>Holders at a time</dt>
        <dd>{post.singleHolder ? "one (terms must not overlap, except an acting holder's)" : "several"}</dd>
        {post.otherLabels.length > 0 ? (
          <>
            <dt>Also called</dt>
            <dd>{post.otherLabels.join("; ")}</dd>
          </>
        ) : null}
      </dl>

      <h2 id="holders">Holders over time</h2>
      <TermsChart rows={rows} title={`Holders of the office of ${post.label} over time`} />
      <TermsTable parley={parley} terms={terms} column="person" href={(m) => pathFor("people", m.person)} />

      <DisagreementPanel parley={parley} disagreements={disagreements} />

      <h2 id="events">Events attended in this office</h2>
      <EventList events={events} />

      <SourceList parley={parley} citations={citations} />
      <ReportErrorLink kind="posts" id={post.id} label={post.label} />
    </article>
  );
}
