/** The cloud-hypervisor backend against every golden case. */
import { describe, expect, it } from "vitest";
import { cloudHypervisor } from "../../src/runners/cloud-hypervisor.js";
import { comparableGolden, goldenCaseNames, goldenRunner, loadGoldenCase, runBackend } from "./backend-golden.js";

describe("cloud-hypervisor backend", () => {
  for (const name of goldenCaseNames("cloud-hypervisor")) {
    it(`${name} cloud-hypervisor`, () => {
      const expected = comparableGolden(goldenRunner(name, "cloud-hypervisor"));
      expect(runBackend(cloudHypervisor, loadGoldenCase(name, "cloud-hypervisor"))).toEqual(expected);
    });
  }
});
