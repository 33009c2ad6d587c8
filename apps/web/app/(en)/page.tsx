import { englishPage } from "@/site/routeExports";
import { homePage } from "@/routes/homePage";

const page = englishPage(homePage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
