/** nixToJSON against what the real Nix 2.8 gives (`builtins.toJSON`, nix-instantiate --eval). */
import { describe, expect, it } from "vitest";
import { nixToJSON } from "../../src/runners/util.js";

describe("nixToJSON", () => {
  it("writes floats as Nix 2.8 does (six significant digits, C++ exponent form)", () => {
    const nix: [number, string][] = [
      [1234567.5, "1.23457e+06"],
      [123456789.123, "1.23457e+08"],
      [999999.5, "1e+06"],
      [1e-5, "1e-05"],
      [0.0001, "0.0001"],
      [-0.000123456, "-0.000123456"],
      [12.3456789, "12.3457"],
      [0.1, "0.1"],
    ];
    for (const [value, json] of nix) expect(nixToJSON(value)).toBe(json);
  });

  it("writes integers, lists and sorted attribute sets", () => {
    // builtins.toJSON { b = [ 1 0.5 ]; a = null; }
    expect(nixToJSON({ b: [1, 0.5], a: null })).toBe('{"a":null,"b":[1,0.5]}');
  });
});
