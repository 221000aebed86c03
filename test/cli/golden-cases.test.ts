/**
 * The whole front end (JSON loading, schema validation, evaluation of the
 * base modules, assertions, warnings, JSON output) on every golden case:
 * its input.json gives the golden config.microvm, failed assertions and
 * warnings (shared/golden/microvm/cases).
 */
import { withModuleQuotingFixes } from "../microvm/module-quoting-fixes.js";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { configWarnings, failedAssertions } from "../../src/checks.js";
import { evaluate } from "../../src/evaluate.js";
import { plainValue } from "../../src/plain-value.js";
import { goldenDir, stubsFile } from "./run-cli.js";

const casesDir = path.join(goldenDir, "cases");
const caseNames = readdirSync(casesDir)
  .filter((f) => f.endsWith(".input.json"))
  .map((f) => f.slice(0, -".input.json".length))
  .sort();
const read = (name: string, kind: string): unknown => JSON.parse(readFileSync(path.join(casesDir, `${name}.${kind}.json`), "utf8"));

interface GoldenInput {
  golden?: { system?: string; buildSystem?: string; versions?: Record<string, string> };
  [k: string]: unknown;
}

const scratch = mkdtempSync(path.join(tmpdir(), "microvm-golden-"));

describe.each(caseNames)("%s", (name) => {
  const { golden, ...input } = read(name, "input") as GoldenInput;
  // `golden.*` are the harness' own options: they pick the platform of the package set
  const file = path.join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(input));
  const run = () => evaluate({ files: [file], pkgsFile: stubsFile, system: golden?.system, buildSystem: golden?.buildSystem });
  const checks = read(name, "checks") as { failedAssertions: string[]; warnings: string[] };

  it.skipIf(golden?.versions !== undefined)("config.microvm", async () => {
    const { configuration, pkgs } = await run();
    // with the quoting fixes of issue 12 (test/microvm/module-quoting-fixes.ts)
    expect(plainValue(configuration.config.microvm, pkgs)).toEqual(withModuleQuotingFixes(read(name, "config")));
  });

  it("failed assertions and warnings", async () => {
    const { configuration } = await run();
    expect(failedAssertions(configuration)).toEqual(checks.failedAssertions);
    expect(configWarnings(configuration)).toEqual(checks.warnings);
  });
});
