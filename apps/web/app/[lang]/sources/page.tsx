import { translatedPage } from "@/site/routeExports";
import { sourcesIndex } from "@/routes/sourcesIndex";

const page = translatedPage(sourcesIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
