import { englishPage } from "@/i18n/routeExports";
import { networkPage } from "@/routes/networkPage";

const page = englishPage(networkPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
