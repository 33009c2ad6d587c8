import { englishPage } from "@/i18n/routeExports";
import { eventsIndex } from "@/routes/eventsIndex";

const page = englishPage(eventsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
