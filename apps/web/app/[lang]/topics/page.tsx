import { translatedPage } from "@/site/routeExports";
import { topicsIndex } from "@/routes/topicsIndex";

const page = translatedPage(topicsIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
