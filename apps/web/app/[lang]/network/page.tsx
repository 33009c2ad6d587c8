import { translatedPage } from "@/site/routeExports";
import { networkPage } from "@/routes/networkPage";

const page = translatedPage(networkPage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
