import { translatedPage } from "@/i18n/routeExports";
import { networkPage } from "@/routes/networkPage";

const page = translatedPage(networkPage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
