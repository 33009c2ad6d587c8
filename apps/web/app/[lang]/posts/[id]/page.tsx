import { translatedPage } from "@/site/routeExports";
import { postPage } from "@/routes/postPage";

const page = translatedPage(postPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
