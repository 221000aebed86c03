/** lib.modules.importApply: a module file's function applied to a static argument, located at the file, without a key. */
import { describe, expect, it } from "vitest";
import { evalModules, lib, type ModuleArgs } from "../../lib/index.js";

const { importApply } = lib.modules;
const { mkOption, types } = lib;

// what a module file `item.ts` would export: `({ item }) => ({ lib, ... }) => { … }`
const itemModule =
  ({ item }: { item: unknown }) =>
  (_args: ModuleArgs) => ({ items: [item] });
const declareItems = { options: { items: mkOption({ type: types.listOf(types.str) }) } };

describe("lib.modules.importApply", () => {
  it("applies each call, even of one function and file (the result has no key)", () => {
    const config = evalModules({
      modules: [
        declareItems,
        { imports: [importApply(itemModule, { item: "a" }, "/x/item.ts"), importApply(itemModule, { item: "b" }, "/x/item.ts")], disabledModules: ["/x/item.ts"] },
      ],
    }).config;
    // (Nix lists the definitions of `imports = [ a b ]` as b's then a's)
    expect(config.items).toEqual(["b", "a"]);
  });

  it("names its file in messages; without one, the importing module's", () => {
    const definedIn = (imported: unknown) => {
      const { options } = evalModules({ modules: [declareItems, { _file: "/x/main.ts", imports: [imported] }] });
      return (options.items as { files: readonly string[] }).files;
    };
    expect(definedIn(importApply(itemModule, { item: "a" }, "/x/item.ts"))).toEqual(["/x/item.ts"]);
    expect(definedIn(importApply(itemModule, { item: "a" }))).toEqual(["/x/main.ts"]);
  });
});
