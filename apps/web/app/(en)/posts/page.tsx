import { englishPage } from "@/i18n/routeExports";
import { postsIndex } from "@/routes/postsIndex";

const page = englishPage(postsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
