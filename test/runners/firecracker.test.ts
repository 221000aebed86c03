/**
 * The firecracker backend on the extra cases (./extra-cases: warnings
 * before an error, a CPU template with JSON escapes, aarch64).
 * The golden cases are in golden.test.ts.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { firecracker } from "../../src/runners/firecracker.js";
import { caseNames, goldenFields, goldenOutput, loadGoldenCase, runBackend } from "./golden-harness.js";
import { fixQuotingOfFields } from "./quoting-fixes.js";

/** Cases recorded by the golden harness for what the golden cases do not reach (see its README). */
const extraCasesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "extra-cases");

describe("firecracker backend: extra cases", () => {
  for (const name of caseNames(extraCasesDir)) {
    it(`${name} firecracker`, () => {
      const goldenCase = loadGoldenCase(extraCasesDir, name, "firecracker");
      // with the quoting fixes of issue 12 (./quoting-fixes.ts)
      const expected = fixQuotingOfFields(goldenFields(goldenOutput(goldenCase, "firecracker")));
      expect(runBackend(firecracker, goldenCase)).toEqual(expected);
    });
  }
});
