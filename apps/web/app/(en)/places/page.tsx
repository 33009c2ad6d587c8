import { englishPage } from "@/i18n/routeExports";
import { placesIndex } from "@/routes/placesIndex";

const page = englishPage(placesIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
