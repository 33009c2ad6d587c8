import { translatedPage } from "@/site/routeExports";
import { eventsIndex } from "@/routes/eventsIndex";

const page = translatedPage(eventsIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
