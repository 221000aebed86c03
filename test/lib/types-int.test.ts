/**
 * Integers are Nix's signed 64-bit integers. A JavaScript number holds an
 * integer exactly only up to ±(2^53 - 1), so larger integer-valued numbers are
 * refused with an error naming the option and file, never merged or printed wrong.
 */
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, OptionError, types } from "../../lib/index.js";
import type { OptionType } from "../../lib/index.js";

const valueOf = (type: OptionType, value: unknown) =>
  evalModules({ modules: [{ _file: "f.ts", options: { x: mkOption({ type }) }, config: { x: value } }] }).config.x;

describe("types.int and ints.*", () => {
  it("refuse non-integers with Nix's type error", () => {
    // nix: x = 1.5 with types.int / types.ints.unsigned
    expect(() => valueOf(types.int, 1.5)).toThrow(
      "A definition for option `x' is not of type `signed integer'. Definition values:\n- In `f.ts': 1.5",
    );
    expect(() => valueOf(types.ints.unsigned, 1.5)).toThrow("is not of type `unsigned integer, meaning >=0'");
  });

  it("refuse values outside the signed 64-bit range as not integers", () => {
    expect(types.int.check(2 ** 63)).toBe(false);
    expect(types.int.check(-(2 ** 63))).toBe(true);
    expect(types.int.check(1e21)).toBe(false);
    expect(types.ints.positive.check(1e300)).toBe(false);
    expect(() => valueOf(types.int, 1e21)).toThrow("is not of type `signed integer'");
  });

  it("refuse 64-bit integers JavaScript cannot hold exactly, naming option and file", () => {
    const expected =
      "A definition for option `x' is an integer that JavaScript cannot hold exactly: 1152921504606846976 is beyond ±9007199254740991";
    for (const t of [types.int, types.ints.unsigned, types.ints.positive, types.either(types.int, types.str)]) {
      expect(() => valueOf(t, 2 ** 60)).toThrow(expected);
    }
    let error: unknown;
    try {
      valueOf(types.int, -(2 ** 53));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect((error as OptionError).loc).toEqual(["x"]);
    expect((error as OptionError).files).toEqual(["f.ts"]);
    expect(() => valueOf(types.listOf(types.int), [1, 2 ** 60])).toThrow(
      "option `x.\"[definition 1-entry 2]\"' is an integer that JavaScript cannot hold exactly",
    );
  });

  it("accept the largest safe integers", () => {
    expect(valueOf(types.int, Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(valueOf(types.int, Number.MIN_SAFE_INTEGER)).toBe(Number.MIN_SAFE_INTEGER);
    expect(valueOf(types.ints.between(0, 2 ** 60), 5)).toBe(5);
  });
});
