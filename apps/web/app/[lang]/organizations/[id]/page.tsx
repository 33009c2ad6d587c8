import { translatedPage } from "@/site/routeExports";
import { organizationPage } from "@/routes/organizationPage";

const page = translatedPage(organizationPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
