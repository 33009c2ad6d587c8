import { englishPage } from "@/site/routeExports";
import { eventPage } from "@/routes/eventPage";

const page = englishPage(eventPage);

export const dynamicParams = false;
export const generateStaticParams = page.generateStaticParams;
export const generateMetadata = page.generateMetadata;
export default page.Page;
