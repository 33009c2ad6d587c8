import { translatedPage } from "@/site/routeExports";
import { methodologyPage } from "@/routes/methodologyPage";

const page = translatedPage(methodologyPage);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
