import { translatedPage } from "@/site/routeExports";
import { documentsIndex } from "@/routes/documentsIndex";

const page = translatedPage(documentsIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
