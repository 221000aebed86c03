/**
 * types.strMatching reads its pattern as Nix's `builtins.match` does (POSIX ERE,
 * whole string). Expectations: test/lib/types-regex.nix-results.json, recorded with
 * nix-instantiate 2.8 as `builtins.match pattern string` (true = a match, false =
 * null, a string = the error's first line).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, types } from "../../lib/index.js";

const cases = JSON.parse(readFileSync(new URL("./types-regex.nix-results.json", import.meta.url), "utf8")) as [
  string,
  string,
  boolean | string,
][];

describe("strMatching follows builtins.match", () => {
  it.each(cases)("pattern %j on %j", (pattern, input, expected) => {
    const t = types.strMatching(pattern);
    if (typeof expected === "string") expect(() => t.check(input)).toThrow(expected);
    else expect(t.check(input)).toBe(expected);
  });

  it("refuses an invalid pattern only when a value is checked, with Nix's text", () => {
    const t = types.strMatching("\\d+");
    expect(t.description).toBe("string matching the pattern \\d+");
    const cfg = evalModules({
      modules: [{ options: { x: mkOption({ type: t }), y: mkOption({ default: 1 }) }, config: { x: "12" } }],
    });
    expect(cfg.config.y).toBe(1);
    expect(() => cfg.config.x).toThrow("invalid regular expression '\\d+'");
  });
});
