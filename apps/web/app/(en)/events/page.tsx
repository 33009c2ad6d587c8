import { englishPage } from "@/site/routeExports";
import { eventsIndex } from "@/routes/eventsIndex";

const page = englishPage(eventsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
