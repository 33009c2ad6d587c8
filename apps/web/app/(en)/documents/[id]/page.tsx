import { englishPage } from "@/site/routeExports";
import { documentPage } from "@/routes/documentPage";

const page = englishPage(documentPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
