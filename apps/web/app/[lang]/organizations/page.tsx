import { translatedPage } from "@/site/routeExports";
import { organizationsIndex } from "@/routes/organizationsIndex";

const page = translatedPage(organizationsIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
