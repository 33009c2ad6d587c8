import { translatedPage } from "@/i18n/routeExports";
import { homePage } from "@/routes/homePage";

const page = translatedPage(homePage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
