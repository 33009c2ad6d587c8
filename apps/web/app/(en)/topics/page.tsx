import { englishPage } from "@/site/routeExports";
import { topicsIndex } from "@/routes/topicsIndex";

const page = englishPage(topicsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
