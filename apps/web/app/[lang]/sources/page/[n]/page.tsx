import { translatedPage } from "@/site/routeExports";
import { sourcesPage } from "@/routes/sourcesPage";

const page = translatedPage(sourcesPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
