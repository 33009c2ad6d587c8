import { englishPage } from "@/site/routeExports";
import { documentsIndex } from "@/routes/documentsIndex";

const page = englishPage(documentsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
