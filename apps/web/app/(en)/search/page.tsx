import { englishPage } from "@/site/routeExports";
import { searchPage } from "@/routes/searchPage";

const page = englishPage(searchPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
