import { englishPage } from "@/site/routeExports";
import { methodologyPage } from "@/routes/methodologyPage";

const page = englishPage(methodologyPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
