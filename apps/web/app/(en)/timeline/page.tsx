import { englishPage } from "@/site/routeExports";
import { timelinePage } from "@/routes/timelinePage";

const page = englishPage(timelinePage);

export const generateMetadata = page.generateMetadata;
export default page.Page;
