import { englishPage } from "@/site/routeExports";
import { postsIndex } from "@/routes/postsIndex";

const page = englishPage(postsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
