// The microvm.* option list, evaluated the way microvm.nix's pkgs/doc.nix does
// (options module alone, `_module.check = false`), against the golden
// options.json, entry by entry.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evalModules, optionAttrSetToDocList } from "../../lib/index.js";
import { microvmOptionsModule } from "../../modules/microvm/options.js";
import { goldenDir, goldenPackageSet } from "./fixture.js";

interface GoldenDocOption {
  name: string;
  declarations: string[];
  [field: string]: unknown;
}

const golden = JSON.parse(readFileSync(path.join(goldenDir, "options.json"), "utf8")) as GoldenDocOption[];

function ourDocList() {
  const evaluated = evalModules({
    modules: [microvmOptionsModule, { _module: { check: false, args: { pkgs: goldenPackageSet({}) } } }],
  });
  return optionAttrSetToDocList(evaluated.options)
    .filter((o) => o.loc[0] === "microvm" && !o.loc.includes("_module"))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

describe("microvm options (options.json)", () => {
  const ours = ourDocList();
  const byName = new Map(ours.map((o) => [o.name, o]));

  it("has exactly the golden option names", () => {
    expect(ours.map((o) => o.name)).toEqual(golden.map((o) => o.name));
  });

  it("declares every option in modules/microvm/options.ts", () => {
    for (const o of ours) expect(o.declarations, o.name).toEqual(["modules/microvm/options.ts"]);
  });

  for (const expected of golden) {
    it(expected.name, () => {
      const actual = byName.get(expected.name);
      expect(actual, `missing ${expected.name}`).toBeDefined();
      const { declarations: _ours, ...rest } = actual!;
      const { declarations: _theirs, ...expectedRest } = expected;
      expect(JSON.parse(JSON.stringify(rest))).toEqual(expectedRest);
    });
  }
});
