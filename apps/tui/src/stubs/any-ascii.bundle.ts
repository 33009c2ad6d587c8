// The real any-ascii, built into `dist/any-ascii.cjs` for the stub beside it (`any-ascii.ts`) to load on first use.
export { default } from "any-ascii";
