import { englishPage } from "@/site/routeExports";
import { sourcePage } from "@/routes/sourcePage";

const page = englishPage(sourcePage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
