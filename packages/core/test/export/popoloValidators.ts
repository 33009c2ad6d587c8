import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import type { PopoloExport } from "../../src/export/toPopolo.js";
import { liftDraft03 } from "./liftDraft03.js";

const SCHEMAS = fileURLToPath(new URL("../fixtures/popolo-schemas/", import.meta.url));
const BASE = "http://www.popoloproject.com/schemas/";

/** The Popolo schema each collection of `popolo.json` holds objects of. */
const schemaOf: Record<keyof PopoloExport, string> = {
  persons: "person",
  organizations: "organization",
  posts: "post",
  memberships: "membership",
  events: "event",
  areas: "area",
};

/** One validator per Popolo collection, compiled by ajv (with format checks) from the Popolo project's own schemas. */
export function popoloValidators(): Record<keyof PopoloExport, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const file of readdirSync(SCHEMAS).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(liftDraft03(JSON.parse(readFileSync(`${SCHEMAS}${file}`, "utf8"))));
  }
  const entries = Object.entries(schemaOf).map(([collection, name]) => {
    const validate = ajv.getSchema(`${BASE}${name}.json`);
    if (!validate) throw new Error(`no Popolo schema ${name}.json in ${SCHEMAS}`);
    return [collection, validate];
  });
  return Object.fromEntries(entries) as Record<keyof PopoloExport, ValidateFunction>;
}

/** Every object of a Popolo export that its schema rejects, with the first reason. */
export function popoloFailures(popolo: PopoloExport): { collection: string; id: unknown; error: string }[] {
  const validators = popoloValidators();
  const failures: { collection: string; id: unknown; error: string }[] = [];
  for (const collection of Object.keys(schemaOf) as (keyof PopoloExport)[]) {
    const validate = validators[collection];
    for (const object of popolo[collection]) {
      const id = object.id;
      if (validate(object)) continue;
      const [first] = validate.errors ?? [];
      failures.push({ collection, id, error: `${first?.instancePath ?? ""} ${first?.message ?? ""}`.trim() });
    }
  }
  return failures;
}
