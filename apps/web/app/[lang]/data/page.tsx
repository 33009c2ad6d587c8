import { translatedPage } from "@/site/routeExports";
import { dataPage } from "@/routes/dataPage";

const page = translatedPage(dataPage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
