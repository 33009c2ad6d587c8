import { englishPage } from "@/site/routeExports";
import { placesIndex } from "@/routes/placesIndex";

const page = englishPage(placesIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
