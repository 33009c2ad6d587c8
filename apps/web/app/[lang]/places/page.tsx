import { translatedPage } from "@/i18n/routeExports";
import { placesIndex } from "@/routes/placesIndex";

const page = translatedPage(placesIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
