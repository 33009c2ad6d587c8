import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import {
  eventKinds,
  labelIn,
  validationRules,
  type EventKind,
  type ValidationLayer,
  type ValidationRule,
} from "@parley/core";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { DataTable } from "@/components/DataTable";
import { Link } from "@/components/Link";
import { localePath } from "@/i18n/localePath";
import { correctionUrl } from "@/lib/correctionUrl";
import { formatEdtf } from "@/lib/formatEdtf";
import { kindLabel } from "@/lib/labels";
import { methodologyText } from "./methodologyText";

function metadata(language: Language): Metadata {
  const text = methodologyText[language];
  return pageMetadata({ path: "/methodology/", title: text.title, description: text.description });
}

/** The validator's four layers, in the order it runs them. */
const LAYERS = ["shape", "references", "time", "provenance"] as const satisfies readonly ValidationLayer[];

/** The page's sections, for its table of contents, in page order. */
const SECTIONS = ["scope", "events", "sourcing", "dates", "disagreements", "rules", "corrections"] as const;

/** What an event kind covers, in the language. */
function kindDescription(kind: EventKind, language: Language): string {
  return labelIn(eventKinds[kind].description, language);
}

/** What a validation rule requires, in the language (core holds every rule's description in all three). */
function ruleDescription(rule: ValidationRule, language: Language): string {
  return labelIn(rule.description, language);
}

function MethodologyPage({ language }: { language: Language }) {
  const text = methodologyText[language];
  const report = correctionUrl({
    kind: "page",
    id: "general",
    label: "Parley",
    path: localePath(language, "/methodology/"),
  });
  const heading = (id: (typeof SECTIONS)[number]) => <h2 id={id}>{text.sections[id]}</h2>;
  return (
    <SectionPage path="/methodology/" crumb={text.title} title={text.title} lede={text.lede} language={language}>
      <nav aria-label={text.onThisPage} className="card prose">
        <ol>
          {SECTIONS.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{text.sections[id]}</a>
            </li>
          ))}
        </ol>
      </nav>

      <div className="prose">
        {heading("scope")}
        {text.scope.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}

        {heading("events")}
        <p>{text.events}</p>
      </div>
      <DataTable
        columns={[text.kindColumns.kind, text.kindColumns.what, "PLOVER", "CAMEO"]}
        rows={(Object.keys(eventKinds) as EventKind[]).map((k) => ({
          key: k,
          cells: [
            <Link href={`/timeline/?kind=${k}`}>{kindLabel(k, language)}</Link>,
            kindDescription(k, language),
            eventKinds[k].plover
              ? `${eventKinds[k].plover}${eventKinds[k].ploverMode ? ` (${eventKinds[k].ploverMode})` : ""}`
              : "—",
            eventKinds[k].cameo ?? "—",
          ],
        }))}
      />

      <div className="prose">
        {heading("sourcing")}
        {text.sourcing()}

        {heading("dates")}
        {text.dates(formatEdtf("2023-10", language))}

        {heading("disagreements")}
        {text.disagreements()}

        {heading("rules")}
        <p>{text.rules}</p>
      </div>
      {LAYERS.map((layer) => (
        <section key={layer} aria-labelledby={`layer-${layer}`}>
          <h3 id={`layer-${layer}`}>{text.layerHeading(text.layers[layer].title, text.layers[layer].what)}</h3>
          <DataTable
            columns={[text.ruleColumns.rule, text.ruleColumns.requires]}
            rows={validationRules
              .filter((r) => r.layer === layer)
              .map((r) => ({
                key: r.code,
                id: `rule-${r.code}`,
                cells: [<code>{r.code}</code>, ruleDescription(r, language)],
              }))}
          />
        </section>
      ))}

      <div className="prose">
        {heading("corrections")}
        <p>{text.corrections}</p>
        <p>
          <a className="button" href={report} rel="noopener noreferrer">
            {text.report}
          </a>
        </p>
      </div>
    </SectionPage>
  );
}

/** The page in every language. */
export const methodologyPage: RouteModule = { metadata, Page: MethodologyPage };
