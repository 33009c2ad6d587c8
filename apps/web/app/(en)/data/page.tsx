import { englishPage } from "@/site/routeExports";
import { dataPage } from "@/routes/dataPage";

const page = englishPage(dataPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
