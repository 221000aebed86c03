/** src/generated/config.ts is what `microvm types` gives for the current options. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { configTypesPath } from "../../scripts/gen-config-types.js";
import { configTypes } from "../../src/commands/schema.js";
import { repoRoot } from "./run-cli.js";

it("src/generated/config.ts is up to date (regenerate: npx tsx scripts/gen-config-types.ts)", async () => {
  const committed = readFileSync(path.join(repoRoot, configTypesPath), "utf8");
  expect(committed === (await configTypes([]))).toBe(true);
});
