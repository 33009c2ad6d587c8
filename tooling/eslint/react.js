// The shared rules plus React's hook rules, for the web and terminal apps.
import reactHooks from "eslint-plugin-react-hooks";
import { base } from "./base.js";

/** The shared rules with React's hook rules. */
export const react = [...base, reactHooks.configs.flat.recommended];

export default react;
