/** lib.modules.mapDefinitionValue: values mapped through the property wrappers, lazily as in Nix. */
import { describe, expect, it } from "vitest";
import { evalModules, lib } from "../../lib/index.js";

const { mapDefinitionValue } = lib.modules;
const { mkDefinition, mkForce, mkIf, mkMerge, mkOrder, mkOverride, mkOption, types } = lib;

describe("lib.modules.mapDefinitionValue", () => {
  it("maps the values inside mkMerge, mkIf, mkOverride, mkOrder and mkDefinition, keeping the wrappers", () => {
    const def = mkMerge<unknown>([1, mkIf(true, 2), mkOverride(50, 3), mkOrder(500, 4), mkDefinition({ file: "f.ts", value: mkOrder(600, 5) })]);
    expect(mapDefinitionValue((v) => [String(v)], def)).toEqual(
      mkMerge<unknown>([["1"], mkIf(true, ["2"]), mkOverride(50, ["3"]), mkOrder(500, ["4"]), mkDefinition({ file: "f.ts", value: mkOrder(600, ["5"]) })]),
    );
  });

  it("maps a wrapped value when it is read: not at all for a definition an override discards", () => {
    const mapped: unknown[] = [];
    const def = mkMerge([mkOverride(100, "discarded"), mkForce("kept")]);
    const config = evalModules({
      modules: [{ options: { x: mkOption({ type: types.listOf(types.str) }) } }, { x: mapDefinitionValue((v) => (mapped.push(v), [v]), def) }],
    }).config;
    expect(config.x).toEqual(["kept"]);
    expect(mapped).toEqual(["kept"]);
  });
});
