import { translatedPage } from "@/site/routeExports";
import { placesIndex } from "@/routes/placesIndex";

const page = translatedPage(placesIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
