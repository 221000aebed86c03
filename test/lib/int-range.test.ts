/**
 * Nix's integers are signed 64-bit. A JavaScript number is an exact integer
 * only up to 2^53 - 1: `types.int` and the `ints.*` built on it refuse a
 * larger one (which would print as `1e+21`) with the type error naming the
 * option and its file, as for any other value that is not an integer.
 */
import { describe, expect, it } from "vitest";
import { evalModules, lib, type OptionType } from "../../lib/index.js";
import { typeSchema } from "../../src/schema/json-schema.js";

const { mkOption, types } = lib;

const valueOf = (type: OptionType, value: number): unknown =>
  evalModules({ modules: [{ options: { n: mkOption({ type }) } }, { _file: "big.ts", config: { n: value } }] }).config.n;

describe("integers beyond JavaScript's safe range", () => {
  it("keeps the largest safe integer", () => {
    expect(valueOf(types.int, Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(valueOf(types.ints.unsigned, Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("refuses 1e21 for types.int, naming the option and the file", () => {
    expect(() => valueOf(types.int, 1e21)).toThrow("A definition for option `n' is not of type `signed integer'. Definition values:\n- In `big.ts'");
  });

  it("refuses 2^53 for the ints built on types.int", () => {
    expect(() => valueOf(types.ints.positive, 2 ** 53)).toThrow("is not of type `positive integer, meaning >0'");
    expect(() => valueOf(types.ints.unsigned, -(2 ** 60))).toThrow("is not of type `unsigned integer, meaning >=0'");
  });

  it("says the same in the JSON Schema", () => {
    expect(typeSchema(types.int, ["n"])).toEqual({ type: "integer", minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER });
    expect(typeSchema(types.ints.unsigned, ["n"])).toMatchObject({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
  });
});
