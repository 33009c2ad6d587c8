import { englishPage } from "@/i18n/routeExports";
import { homePage } from "@/routes/homePage";

const page = englishPage(homePage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
