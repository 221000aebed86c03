/**
 * mkSinkUndeclaredOptions, showOptionWithDefLocs, scrubOptionValue, isType,
 * isOptionType, setType, unknownModule: each expectation is what
 * nix-instantiate 2.8 printed for the same expressions with nixpkgs' lib de42d442.
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib } from "../../lib/index.js";

describe("option helpers from nixpkgs' options.nix and types.nix", () => {
  // evalModules { modules = [ { options.sink = mkSinkUndeclaredOptions { }; options.n = mkOption { type = types.int; }; }
  //   { _file = "a.nix"; sink.a = 1; sink.b = "x"; n = 1; } { _file = "b.nix"; n = mkDefault 2; } ]; }
  const { config, options } = evalModules({
    modules: [
      { options: { sink: lib.mkSinkUndeclaredOptions(), n: lib.mkOption({ type: lib.types.int }) } },
      { _file: "a.nix", sink: { a: 1, b: "x" }, n: 1 },
      { _file: "b.nix", n: lib.mkDefault(2) },
    ],
  });

  it("mkSinkUndeclaredOptions takes any definitions, and its value cannot be read", () => {
    expect(config.n).toBe(1);
    expect(() => config.sink).toThrow("Option value is not readable because the option is not declared.");
    expect([options.sink.internal, options.sink.visible, options.sink.type.name]).toEqual([true, false, "sink"]);
  });

  it("showOptionWithDefLocs names the option and the files of the definitions that count", () => {
    expect(lib.showOptionWithDefLocs(options.n)).toBe("n, with values defined in:\n  - a.nix\n");
  });

  it("scrubOptionValue replaces packages by their names and drops _args", () => {
    // scrubOptionValue { a = { type = "derivation"; name = "hello"; outPath = "/x"; drvPath = "/y"; }; _args = 1; b = [ { _args = 2; c = 3; } ]; }
    const scrubbed = lib.scrubOptionValue({ a: { type: "derivation", name: "hello", outPath: "/x", drvPath: "/y" }, _args: 1, b: [{ _args: 2, c: 3 }] });
    // (nix-instantiate --json prints the stand-in, which has an outPath, as that string: "hello")
    expect(scrubbed).toEqual({ a: { type: "derivation", drvPath: "hello", outPath: "hello", name: "hello" }, b: [{ c: 3 }] });
  });

  it("isType, isOptionType, setType, unknownModule", () => {
    expect([lib.isType("foo", { _type: "foo" }), lib.isType("foo", {}), lib.isOptionType(lib.types.int), lib.isOptionType({})]).toEqual([true, false, true, false]);
    expect(lib.setType("bar", { x: 1 })).toEqual({ _type: "bar", x: 1 });
    expect(lib.types.isType).toBe(lib.isType);
    expect(lib.unknownModule).toBe("<unknown-file>");
  });
});
