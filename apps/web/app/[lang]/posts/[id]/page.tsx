import { translatedPage } from "@/i18n/routeExports";
import { postPage } from "@/routes/postPage";

const page = translatedPage(postPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
