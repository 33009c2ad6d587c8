import { translatedPage } from "@/site/routeExports";
import { curatePage } from "@/routes/curatePage";

const page = translatedPage(curatePage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
