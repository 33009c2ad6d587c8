import { translatedPage } from "@/site/routeExports";
import { peopleIndex } from "@/routes/peopleIndex";

const page = translatedPage(peopleIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
