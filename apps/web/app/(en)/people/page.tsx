import { englishPage } from "@/site/routeExports";
import { peopleIndex } from "@/routes/peopleIndex";

const page = englishPage(peopleIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
