import { englishPage } from "@/i18n/routeExports";
import { sourcePage } from "@/routes/sourcePage";

const page = englishPage(sourcePage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
