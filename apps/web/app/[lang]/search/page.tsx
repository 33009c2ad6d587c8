import { translatedPage } from "@/site/routeExports";
import { searchPage } from "@/routes/searchPage";

const page = translatedPage(searchPage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
