import { englishPage } from "@/i18n/routeExports";
import { peopleIndex } from "@/routes/peopleIndex";

const page = englishPage(peopleIndex);

export const generateMetadata = page.generateMetadata;
export default page.Page;
