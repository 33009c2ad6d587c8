import { translatedPage } from "@/site/routeExports";
import { postsIndex } from "@/routes/postsIndex";

const page = translatedPage(postsIndex);

export const dynamicParams = false;
export const generateMetadata = page.generateMetadata;
export default page.Page;
