/**
 * types.attrListOf / attrListWith against nix-instantiate 2.8 with nixpkgs lib 26.11:
 * the same modules in Nix (recorded outputs below) and here.
 */
import { describe, expect, it } from "vitest";
import { evalModules, mkDefault, mkForce, mkIf, mkMerge, mkOption, mkOrder, types } from "../../lib/index.js";

describe("attrListOf", () => {
  it("orders and merges as Nix", () => {
    const { config } = evalModules({
      modules: [
        {
          options: {
            a: mkOption({ type: types.lazyAttrsOf(types.attrListOf(types.str)) }),
            b: mkOption({ type: types.lazyAttrsOf(types.attrListWith({ elemType: types.int, asAttrs: true })) }),
          },
          config: {
            a: {
              list: [{ x: "1" }, { y: "2" }],
              ordered: { x: mkOrder(200, "x"), y: mkOrder(100, "y") },
              mixed: mkMerge([
                [{ p: "p" }, mkOrder(50, { q: "q" })],
                { r: mkOrder(1500, "r"), s: mkForce(mkOrder(10, "s")) },
                [{ s: "s2" }, { t: mkIf(false, "t") }],
              ]),
              dup: [{ k: "1" }, { k: "2" }],
            },
            b: { x: [{ k: 1 }, { j: 2 }, { k: 3 }], y: { z: mkDefault(1) } },
          },
        },
        { config: { b: { y: [{ z: 5 }] }, a: { empty: [] } } },
      ],
    });
    // nix-instantiate --eval --json --strict of the same configuration
    const nix = {
      a: {
        dup: [{ k: "1" }, { k: "2" }],
        empty: [],
        list: [{ x: "1" }, { y: "2" }],
        mixed: [{ s: "s" }, { q: "q" }, { p: "p" }, { r: "r" }],
        ordered: [{ y: "y" }, { x: "x" }],
      },
      b: { x: { j: [2], k: [1, 3] }, y: { z: [5] } },
    };
    expect(JSON.parse(JSON.stringify(config))).toEqual(nix);
  });

  describe("errors", () => {
    const { config } = evalModules({
      modules: [
        {
          _file: "f.nix",
          options: {
            a: mkOption({ type: types.lazyAttrsOf(types.attrListOf(types.str)) }),
            i: mkOption({ type: types.lazyAttrsOf(types.attrListOf(types.int)) }),
          },
          config: { a: { two: [{ x: "1", y: "2" }], str: ["s"], bad: "s" }, i: { bad: [{ a: "x" }] } },
        },
      ],
    });
    const a = config.a as Record<string, unknown>;
    const i = config.i as Record<string, unknown>;
    it.each([
      [() => a.two, "A definition for option `a.two' is not of type `attribute list of string'. Each list element must be a single-key attribute set, but got 2 keys.\n- In `f.nix':\n    {\n      x = \"1\";"],
      [() => a.str, "A definition for option `a.str' is not of type `attribute list of string'. Each list element must be an attribute set, but got string.\n- In `f.nix': \"s\""],
      [() => a.bad, "A definition for option `a.bad' is not of type `attribute list of string'. TypeError: Definition values:\n- In `f.nix': \"s\""],
      [() => JSON.stringify(i.bad), "A definition for option `i.bad.a' is not of type `signed integer'. Definition values:\n- In `f.nix': \"x\""],
    ])("%#", (read, message) => {
      expect(read).toThrow(message);
    });
  });

  it("is not merged with another declaration (modules.sh: declare-attrList-type-merge.nix)", () => {
    const read = () =>
      evalModules({
        modules: [
          { _file: "a.ts", options: { merged: mkOption({ type: types.attrListOf(types.str) }) } },
          { _file: "b.ts", options: { merged: mkOption({ type: types.attrListOf(types.str) }) } },
        ],
      }).config.merged;
    expect(read).toThrow("The option `merged' in `a.ts' is already declared in `b.ts'.");
  });
});
