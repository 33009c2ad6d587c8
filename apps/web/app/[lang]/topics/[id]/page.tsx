import { translatedPage } from "@/site/routeExports";
import { topicPage } from "@/routes/topicPage";

const page = translatedPage(topicPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
