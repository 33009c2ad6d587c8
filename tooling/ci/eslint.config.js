export { default } from "@parley/eslint-config/base";
