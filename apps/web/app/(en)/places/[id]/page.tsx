import { englishPage } from "@/site/routeExports";
import { placePage } from "@/routes/placePage";

const page = englishPage(placePage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
