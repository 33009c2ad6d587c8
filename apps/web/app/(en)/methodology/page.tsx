import { englishPage } from "@/i18n/routeExports";
import { methodologyPage } from "@/routes/methodologyPage";

const page = englishPage(methodologyPage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
