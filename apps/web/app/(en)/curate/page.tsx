import { englishPage } from "@/site/routeExports";
import { curatePage } from "@/routes/curatePage";

const page = englishPage(curatePage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
