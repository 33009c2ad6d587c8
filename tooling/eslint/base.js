// The ESLint configuration every Parley workspace extends: recommended JS and TypeScript rules, and no line over 140
// characters (Prettier wraps code at 120; what it cannot wrap, long strings and comments, is caught here).
import js from "@eslint/js";
import stylistic from "@stylistic/eslint-plugin";
import tseslint from "typescript-eslint";

/** Folders no workspace lints: build output, caches, scratch space. */
export const ignores = [
  "dist/**",
  "bench/dist/**",
  "coverage/**",
  ".next/**",
  "out/**",
  "**/out/**",
  "**/.next/**",
  "next-env.d.ts",
  ".scratch/**",
  ".bench/**",
];

/** The shared rules, for a workspace without React. */
export const base = [
  { ignores },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@stylistic": stylistic },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@stylistic/max-len": ["error", { code: 140, ignoreUrls: false }],
    },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
      },
    },
  },
];

export default base;
