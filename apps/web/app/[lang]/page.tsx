import { translatedPage } from "@/site/routeExports";
import { homePage } from "@/routes/homePage";

const page = translatedPage(homePage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
