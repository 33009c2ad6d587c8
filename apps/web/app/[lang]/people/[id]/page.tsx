import { translatedPage } from "@/site/routeExports";
import { personPage } from "@/routes/personPage";

const page = translatedPage(personPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
