import type { Language } from "@parley/core/search";
import type { RouteModule } from "@/site/routeExports";
import type { Metadata } from "next";
import { pageMetadata } from "@/site/pageMetadata";
import { SectionPage } from "@/site/SectionPage";
import { getParley } from "@/data/getParley";
import { NetworkExplorer } from "@/network/NetworkExplorer";
import { buildNetworkData } from "@/network/buildNetworkData";
import { networkText } from "@/network/networkText";

function metadata(language: Language): Metadata {
  const text = networkText[language];
  return pageMetadata({ path: "/network/", title: text.crumb, description: text.description });
}

function NetworkPage({ language }: { language: Language }) {
  const text = networkText[language];
  const data = buildNetworkData(getParley(), language);
  return (
    <SectionPage language={language} path="/network/" crumb={text.crumb} title={text.title} lede={text.lede}>
      <NetworkExplorer data={data} text={text.explorer} />
    </SectionPage>
  );
}

/** The page in every language. */
export const networkPage: RouteModule = { metadata, Page: NetworkPage };
