/**
 * lib.gvariant's text format against what the real Nix (2.8, nixpkgs lib
 * de42d442) prints: `nix-instantiate --eval --strict --json` of `toString`
 * of each value (`g = lib.gvariant`; the Nix expression is in each comment).
 */
import { describe, expect, it } from "vitest";
import { EvalError, lib, nixToString } from "../../lib/index.js";

const g = lib.gvariant;

describe("lib.gvariant", () => {
  it("prints values as Nix's toString does", () => {
    const cases: [string, unknown, string][] = [
      ['mkValue [ (mkDictionaryEntry "a" (mkVariant (mkUint32 1))) ]', g.mkValue([g.mkDictionaryEntry("a", g.mkVariant(g.mkUint32(1)))]), "@a{sv} [@{sv} {'a',<@u 1>}]"],
      ['mkValue "it\'s a\\\\b\\nc"', g.mkValue("it's a\\b\nc"), "'it\\'s a\\\\b\\nc'"],
      ["mkObjectpath \"/org/x'y\"", g.mkObjectpath("/org/x'y"), "objectpath '/org/x\\'y'"],
      ["mkUchar 7", g.mkUchar(7), "@y 7"],
      ["mkDouble 2.5", g.mkDouble(2.5), "2.500000"],
      ["mkValue 0.1", g.mkValue(0.1), "0.100000"],
      ["mkValue false", g.mkValue(false), "false"],
      ['mkTuple [ true "x" (mkInt64 5) ]', g.mkTuple([true, "x", g.mkInt64(5)]), "@(bsx) (true,'x',@x 5)"],
      ["mkMaybe type.int32 null", g.mkMaybe(g.type.int32, null), "@mi nothing"],
      ['mkMaybe type.string "raw"', g.mkMaybe(g.type.string, "raw"), "just raw"],
      ["mkJust (mkNothing type.boolean)", g.mkJust(g.mkNothing(g.type.boolean)), "just @mb nothing"],
      ["mkEmptyArray (type.arrayOf type.string)", g.mkEmptyArray(g.type.arrayOf(g.type.string)), "@aas []"],
      ['mkValue [ [ "a" ] [ "b" "c" ] ]', g.mkValue([["a"], ["b", "c"]]), "@aas [@as ['a'],@as ['b','c']]"],
      ["mkVariant [ (mkInt16 1) ]", g.mkVariant([g.mkInt16(1)]), "<@an [@n 1]>"],
    ];
    for (const [expr, value, printed] of cases) expect(String(value), expr).toBe(printed);
    // nixToString (Nix's toString) reads __toString, as String() does
    expect(nixToString(g.mkInt32(-3))).toBe("-3");
  });

  it("builds type strings", () => {
    // type.tupleOf [ type.int32 (type.maybeOf type.double) (type.dictionaryEntryOf type.string type.variant) ]
    expect(g.type.tupleOf([g.type.int32, g.type.maybeOf(g.type.double), g.type.dictionaryEntryOf(g.type.string, g.type.variant)])).toBe("(imd{sv})");
  });

  it("refuses what has no inferable type, with Nix's messages", () => {
    // mkValue 70000
    expect(() => g.mkValue(70000)).toThrow(
      new EvalError(
        "The GVariant type for number “70000” is unclear.\nPlease wrap the value with one of the following, depending on the value type in GSettings schema:\n\n" +
          "- `lib.gvariant.mkInt32` for `i`\n- `lib.gvariant.mkUint32` for `u`\n- `lib.gvariant.mkInt64` for `x`\n- `lib.gvariant.mkUint64` for `t`",
      ),
    );
    expect(() => g.mkValue({})).toThrow(
      "Cannot construct GVariant value from an attribute set. If you want to construct a dictionary, you will need to create an array containing items constructed with `lib.gvariant.mkDictionaryEntry`.",
    );
    expect(() => g.mkValue(null)).toThrow("The GVariant type of “null” can't be inferred.");
    expect(() => g.mkArray([])).toThrow("Please create empty array with mkEmptyArray.");
    expect(() => g.mkArray([1.5, "a"])).toThrow("Elements in a list should have same type.");
  });

  it("tells GVariants from other values", () => {
    expect(g.isGVariant(g.mkString("a"))).toBe(true);
    expect(g.isGVariant({ type: "s", value: "a" })).toBe(false);
  });
});
