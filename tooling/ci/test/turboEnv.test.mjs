import { readFileSync } from "node:fs";
import { expect, test } from "vitest";

const turbo = JSON.parse(readFileSync(new URL("../../../turbo.json", import.meta.url), "utf8"));

// Turbo's strict environment hands a task only the variables it declares; an undeclared PARLEY_TEXTS_DIR never reaches
// the tests (checked by hand: a task printing it saw `undefined` before this entry and the value after).
test("turbo passes PARLEY_TEXTS_DIR through to every task, so the documented override reaches the tests", () => {
  expect(turbo.globalPassThroughEnv).toContain("PARLEY_TEXTS_DIR");
});
