import { translatedPage } from "@/site/routeExports";
import { documentPage } from "@/routes/documentPage";

const page = translatedPage(documentPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
