/**
 * An option's definitions as users read them (`definitionsWithLocations`,
 * `definitions`, `files`): Nix's records, not the evaluator's own objects,
 * whatever the definition was wrapped in. The expected values are what
 * nix-instantiate 2.8 printed for the same modules with nixpkgs' lib.
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib, type Option } from "../../lib/index.js";

const { mkOption, types, mkBefore, mkForce, mkDefault, mkIf } = lib;

describe("definitionsWithLocations", () => {
  const r = evalModules({
    modules: [
      {
        _file: "decl.ts",
        options: {
          a: mkOption({ type: types.listOf(types.str) }),
          b: mkOption({ type: types.int }),
          c: mkOption({ type: types.str, default: "d" }),
        },
      },
      { _file: "one.ts", config: { a: mkBefore(["x"]), b: 1, c: mkIf(false, "never") } },
      { _file: "two.ts", config: { a: ["y"], b: mkForce(2) } },
      { _file: "three.ts", config: { b: mkDefault(3) } },
    ],
  });
  const option = (name: string) => r.options[name] as Option;

  it("are file and value, with the priority of an mkOrder definition, as in Nix", () => {
    // nix: [{"file":…,"priority":500,"value":["x"]},{"file":…,"value":["y"]}]
    expect(JSON.parse(JSON.stringify(option("a").definitionsWithLocations))).toEqual([
      { file: "one.ts", value: ["x"], priority: 500 },
      { file: "two.ts", value: ["y"] },
    ]);
    expect(option("a").definitionsWithLocations.map((d) => Object.keys(d).sort())).toEqual([
      ["file", "priority", "value"],
      ["file", "value"],
    ]);
  });

  it("keep only the definitions of the highest priority, unwrapped", () => {
    expect(JSON.parse(JSON.stringify(option("b").definitionsWithLocations))).toEqual([{ file: "two.ts", value: 2 }]);
    expect(option("b").definitions).toEqual([2]);
    expect(option("b").files).toEqual(["two.ts"]);
  });

  it("include the default when nothing else counts", () => {
    expect(JSON.parse(JSON.stringify(option("c").definitionsWithLocations))).toEqual([{ file: "decl.ts", value: "d" }]);
  });

  it("read a definition's value once (a thunk), however often it is read", () => {
    let reads = 0;
    const once = evalModules({
      modules: [
        { options: { a: mkOption({ type: types.int }) } },
        {
          _file: "getter.ts",
          config: {
            get a() {
              reads++;
              return mkForce(1);
            },
          },
        },
      ],
    });
    const a = once.options.a as Option;
    expect(a.definitionsWithLocations[0].value).toBe(1);
    expect(a.definitionsWithLocations[0].value).toBe(1);
    expect(once.config.a).toBe(1);
    expect(a.highestPrio).toBe(50);
    expect(reads).toBe(1);
  });
});

describe("an error in a definition that names no option", () => {
  it("gets the option and the files that define it, as Nix's trace has them", () => {
    // Nix: "‘mkIf’ called with a non-Boolean condition", its trace "… while evaluating the option `x':"
    const { config } = evalModules({
      modules: [{ _file: "decl.ts", options: { x: mkOption({ type: types.int, default: 1 }) } }, { _file: "f.ts", x: mkIf(3 as unknown as boolean, 2) }],
    });
    let error: unknown;
    try {
      void config.x;
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({
      message: "‘mkIf’ called with a non-Boolean condition\n… while evaluating the option `x', defined in `decl.ts' and `f.ts'",
      loc: ["x"],
      files: ["decl.ts", "f.ts"],
    });
  });
});
