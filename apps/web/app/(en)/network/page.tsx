import { englishPage } from "@/site/routeExports";
import { networkPage } from "@/routes/networkPage";

const page = englishPage(networkPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
