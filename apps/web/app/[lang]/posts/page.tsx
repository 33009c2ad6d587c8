import { translatedPage } from "@/i18n/routeExports";
import { postsIndex } from "@/routes/postsIndex";

const page = translatedPage(postsIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
