import { englishPage } from "@/site/routeExports";
import { organizationsIndex } from "@/routes/organizationsIndex";

const page = englishPage(organizationsIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
