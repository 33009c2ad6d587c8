export { default } from "@parley/eslint-config/react";
