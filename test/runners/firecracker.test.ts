/** The firecracker backend against every golden case, including the config files it writes. */
import { describe, expect, it } from "vitest";
import { firecracker } from "../../src/runners/firecracker.js";
import { comparableGolden, goldenCaseNames, goldenRunner, loadGoldenCase, runBackend } from "./backend-golden.js";

describe("firecracker backend", () => {
  for (const name of goldenCaseNames("firecracker")) {
    it(`${name} firecracker`, () => {
      const expected = comparableGolden(goldenRunner(name, "firecracker"));
      expect(runBackend(firecracker, loadGoldenCase(name, "firecracker"))).toEqual(expected);
    });
  }
});
