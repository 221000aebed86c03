/** lib/strings.ts against what the real Nix (2.8, nix-instantiate --eval) gives. */
import { describe, expect, it } from "vitest";
import { compareVersions, EvalError, escapeShellArg, nixToString } from "../../lib/index.js";

describe("nixToString (builtins.toString)", () => {
  it("converts lists element by element, empty strings included", () => {
    // builtins.toString [ 1 true false null "a" 1.5 [ 2 3 ] { outPath = "/nix/store/x"; } { __toString = self: "y"; } ]
    const value = [1, true, false, null, "a", 1.5, [2, 3], { outPath: "/nix/store/x" }, { __toString: () => "y" }];
    expect(nixToString(value)).toBe("1 1   a 1.500000 2 3 /nix/store/x y");
  });

  it("prints numbers as Nix does", () => {
    expect(nixToString(-2)).toBe("-2");
    expect(nixToString(0.1)).toBe("0.100000");
  });

  it("converts what __toString returns", () => {
    expect(nixToString({ __toString: () => 5 })).toBe("5");
  });

  it("refuses other sets and functions with Nix's message", () => {
    expect(() => nixToString({ a: 1 })).toThrow(new EvalError("cannot coerce a set to a string"));
    expect(() => nixToString((x: unknown) => x)).toThrow("cannot coerce a function to a string");
  });
});

describe("escapeShellArg and compareVersions", () => {
  it("quote only what needs quoting", () => {
    expect(escapeShellArg("a-b/c.d")).toBe("a-b/c.d");
    expect(escapeShellArg("it's")).toBe("'it'\\''s'");
  });

  it("order a word before a number", () => {
    // builtins.compareVersions "2.3a" "2.3.1" == -1
    expect(compareVersions("2.3a", "2.3.1")).toBe(-1);
    expect(compareVersions("2.3.1", "2.3a")).toBe(1);
  });
});
