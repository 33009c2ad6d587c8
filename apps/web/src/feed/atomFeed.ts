import { plainText, textIn, type Language, type Parley } from "@parley/core";
import { create } from "xmlbuilder2";
import { localePath } from "@/i18n/localePath";
import { formatEdtf } from "@/lib/formatEdtf";
import { pathFor } from "@/lib/paths";
import { absoluteUrl, site } from "@/lib/site";
import { feedText } from "./feedText";

const ATOM = "http://www.w3.org/2005/Atom";

/** How many of the latest events a feed lists. */
export const FEED_LENGTH = 30;

/**
 * An Atom feed (RFC 4287) of the latest top-level events in one language: titles and summaries in our words in that
 * language (English, marked `xml:lang="en"`, where a translation is missing), the date in words at its precision,
 * and a link to the event's page in the same language's site. An entry's `updated` is the first day the event may
 * have happened, the only time the record holds for it; month-precision events say their month in the summary.
 */
export function atomFeed(parley: Parley, language: Language): string {
  const t = feedText[language];
  const dated = parley
    .timeline({ topLevelOnly: true })
    .map((event) => ({ event, day: parley.boundsOf(event.id)?.earliest ?? null }))
    .filter((e): e is typeof e & { day: string } => e.day !== null && /^\d{4}-\d{2}-\d{2}$/.test(e.day))
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : a.event.id.localeCompare(b.event.id)))
    .slice(0, FEED_LENGTH);
  const stamp = (day: string) => `${day}T00:00:00Z`;
  const home = absoluteUrl(localePath(language, "/"));
  const self = absoluteUrl(localePath(language, "/feed.xml"));

  const feed = create({ version: "1.0", encoding: "utf-8" }).ele(ATOM, "feed", { "xml:lang": language });
  feed.ele("id").txt(self);
  feed.ele("title").txt(t.title);
  feed.ele("subtitle").txt(t.subtitle);
  feed.ele("updated").txt(stamp(dated[0]?.day ?? "1970-01-01"));
  feed.ele("author").ele("name").txt(site.name);
  feed.ele("link", { rel: "self", type: "application/atom+xml", href: self });
  feed.ele("link", { rel: "alternate", type: "text/html", hreflang: language, href: home });
  feed.ele("generator").txt(site.name);
  feed.ele("rights").txt(parley.dataset.license);

  for (const { event, day } of dated) {
    const href = absoluteUrl(localePath(language, pathFor("events", event.id)));
    const title = textIn(event, "title", language)!;
    const summary = textIn(event, "summary", language)!;
    const entry = feed.ele("entry");
    entry.ele("id").txt(href);
    entry.ele("title", title.lang === language ? {} : { "xml:lang": title.lang }).txt(title.text);
    entry.ele("updated").txt(stamp(day));
    entry.ele("link", { rel: "alternate", type: "text/html", hreflang: language, href });
    const note = summary.lang === language ? "" : ` ${t.inEnglish}`;
    entry
      .ele("summary", summary.lang === language ? {} : { "xml:lang": summary.lang })
      .txt(`${t.when(formatEdtf(event.date, language))} ${plainText(summary.text)}${note}`);
  }
  return feed.end({ prettyPrint: true });
}
