import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { checkedRecordsJson } from "../../scripts/embedShippedRecords.js";
import { dataFolder } from "../../scripts/dataFolder.js";
import { shippedRecords } from "../../src/shippedRecords.js";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the shipped data folder to change. */
function copyOfData(): string {
  const folder = mkdtempSync(join(tmpdir(), "parley-embed-"));
  folders.push(folder);
  cpSync(dataFolder, folder, { recursive: true });
  return folder;
}

describe("the records the package build embeds", () => {
  test("are the records that reading from source gives, defaults filled in", () => {
    expect(JSON.parse(checkedRecordsJson())).toEqual(shippedRecords());
  });

  test("stop the build with one line when a record does not match the schema", () => {
    const folder = copyOfData();
    const file = join(folder, "people.json");
    const people = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>[];
    people[0]!.gender = 42;
    writeFileSync(file, JSON.stringify(people));
    expect(() => checkedRecordsJson(folder)).toThrowError(/^\S+ does not match the schema; run `pnpm report`/);
  });

  test("stop the build with one line when the folder cannot be read", () => {
    const folder = copyOfData();
    rmSync(folder, { recursive: true });
    expect(() => checkedRecordsJson(folder)).toThrowError(/^cannot read /);
  });
});
