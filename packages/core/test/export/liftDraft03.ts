/** A JSON Schema as parsed JSON. */
export type JsonSchema = { [keyword: string]: unknown };

const DRAFT_07 = "http://json-schema.org/draft-07/schema#";

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Lifts every subschema in a name → schema map (`properties`, `patternProperties`). */
function liftMap(map: unknown, path: string): JsonSchema {
  if (!isSchema(map)) throw new Error(`liftDraft03: ${path} is not an object`);
  return Object.fromEntries(Object.entries(map).map(([name, child]) => [name, liftAt(child, `${path}/${name}`)]));
}

function liftAt(node: unknown, path: string): JsonSchema {
  if (!isSchema(node)) throw new Error(`liftDraft03: ${path} is not a schema object`);
  const out: JsonSchema = {};
  const required: string[] = [];
  for (const [keyword, value] of Object.entries(node)) {
    switch (keyword) {
      case "$schema":
        if (path === "#") out.$schema = DRAFT_07;
        break;
      case "id":
        out.$id = value;
        break;
      case "required":
        // Draft-03 marks a property required on the property itself; its parent collects them below.
        if (typeof value !== "boolean") throw new Error(`liftDraft03: ${path}/required is not a boolean`);
        break;
      case "properties":
        out.properties = liftMap(value, `${path}/properties`);
        for (const [name, child] of Object.entries(value as JsonSchema)) {
          if (isSchema(child) && child.required === true) required.push(name);
        }
        break;
      case "patternProperties":
        out.patternProperties = liftMap(value, `${path}/patternProperties`);
        break;
      case "additionalProperties":
      case "additionalItems":
        out[keyword] = typeof value === "boolean" ? value : liftAt(value, `${path}/${keyword}`);
        break;
      case "items":
        out.items = Array.isArray(value)
          ? value.map((item, i) => liftAt(item, `${path}/items/${i}`))
          : liftAt(value, `${path}/items`);
        break;
      case "extends":
        out.allOf = (Array.isArray(value) ? value : [value]).map((base, i) => liftAt(base, `${path}/extends/${i}`));
        break;
      case "divisibleBy":
        out.multipleOf = value;
        break;
      case "dependencies":
        if (!isSchema(value)) throw new Error(`liftDraft03: ${path}/dependencies is not an object`);
        out.dependencies = Object.fromEntries(
          Object.entries(value).map(([name, dependency]) => [
            name,
            typeof dependency === "string"
              ? [dependency]
              : Array.isArray(dependency)
                ? dependency
                : liftAt(dependency, `${path}/dependencies/${name}`),
          ]),
        );
        break;
      case "type":
        if (Array.isArray(value) && value.some(isSchema)) {
          throw new Error(`liftDraft03: ${path}/type lists a schema, which later drafts cannot say as a type`);
        }
        out.type = value;
        break;
      case "disallow":
        throw new Error(`liftDraft03: ${path}/disallow has no later form this lift supports`);
      default:
        out[keyword] = value;
    }
  }
  if (required.length > 0) out.required = required;
  return out;
}

/**
 * A draft-03 JSON Schema in draft-07 form, for validators that no longer read draft-03: `id` becomes `$id`,
 * `required: true` on a property becomes the parent's `required` list, `extends` becomes `allOf`, `divisibleBy`
 * becomes `multipleOf` and string `dependencies` become one-name lists. `disallow` and schemas inside `type` throw.
 */
export function liftDraft03(schema: unknown): JsonSchema {
  return liftAt(schema, "#");
}
