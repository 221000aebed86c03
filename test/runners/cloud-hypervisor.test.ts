/**
 * The cloud-hypervisor backend on the extra cases (./extra-cases: argh
 * syntax, extraArgs parsing, vsock and OEM strings, macvtap).
 * The golden cases are in golden.test.ts.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cloudHypervisor } from "../../src/runners/cloud-hypervisor.js";
import { caseNames, goldenFields, goldenOutput, loadGoldenCase, runBackend } from "./golden-harness.js";
import { fixQuotingOfFields } from "./quoting-fixes.js";

/** Cases recorded by the golden harness for what the golden cases do not reach (see its README). */
const extraCasesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "extra-cases");

describe("cloud-hypervisor backend: extra cases", () => {
  for (const name of caseNames(extraCasesDir)) {
    it(`${name} cloud-hypervisor`, () => {
      const goldenCase = loadGoldenCase(extraCasesDir, name, "cloud-hypervisor");
      // with the quoting fixes of issue 12 (./quoting-fixes.ts)
      const expected = fixQuotingOfFields(goldenFields(goldenOutput(goldenCase, "cloud-hypervisor")));
      expect(runBackend(cloudHypervisor, goldenCase)).toEqual(expected);
    });
  }
});
