import { translatedPage } from "@/i18n/routeExports";
import { timelinePage } from "@/routes/timelinePage";

const page = translatedPage(timelinePage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
