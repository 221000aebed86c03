/**
 * Regenerates src/generated/config.ts, the `MicrovmConfig` type that
 * `defineModule` gives `config` (what `microvm types` prints).
 *
 *     npx tsx scripts/gen-config-types.ts
 *
 * test/cli/generated-types.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { configTypes } from "../src/commands/schema.js";

/** src/generated/config.ts, relative to the repository root. */
export const configTypesPath = "src/generated/config.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = path.join(repoRoot, configTypesPath);
  writeFileSync(target, await configTypes([]));
  console.log(`wrote ${configTypesPath}`);
}
