import { englishPage } from "@/site/routeExports";
import { sourcesIndex } from "@/routes/sourcesIndex";

const page = englishPage(sourcesIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
