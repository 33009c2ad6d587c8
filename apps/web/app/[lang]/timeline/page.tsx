import { translatedPage } from "@/site/routeExports";
import { timelinePage } from "@/routes/timelinePage";

const page = translatedPage(timelinePage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
