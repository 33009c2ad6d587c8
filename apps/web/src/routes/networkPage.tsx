import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/i18n/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { getParley } from "@/data/getParley";
import { NetworkExplorer } from "@/network/NetworkExplorer";
import { buildNetworkData } from "@/network/buildNetworkData";

function metadata(language: Language): Metadata {
  return pageMetadata({
    path: "/network/",
    title: "Network",
    description:
      "Who met whom in Vietnam–Russia relations: people linked by the events they took part in together, filterable by period.",
  });
}

function NetworkPage({ language }: { language: Language }) {
  const data = buildNetworkData(getParley());
  return (
    <SectionPage
      path="/network/"
      crumb="Network"
      title="Who met whom"
      lede={
        "People are linked when they took part in the same event; the more shared events, the thicker the line. " +
        "Choose a period to see who met when. Each name opens that person's page; " +
        "the table under the picture lists the same pairs."
      }
    >
      <NetworkExplorer data={data} />
    </SectionPage>
  );
}

/** The page in every language. */
export const networkPage: RouteModule = { metadata, Page: NetworkPage };
