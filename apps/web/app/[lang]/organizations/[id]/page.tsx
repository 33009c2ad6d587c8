import { translatedPage } from "@/i18n/routeExports";
import { organizationPage } from "@/routes/organizationPage";

const page = translatedPage(organizationPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
