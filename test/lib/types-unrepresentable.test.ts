/**
 * Values Nix has no counterpart for are refused by `anything` and `attrs`
 * with an error naming the option and file, never read as `{}`.
 */
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, type OptionType, OptionError, types } from "../../lib/index.js";

class WithGetter {
  get port() {
    return 1;
  }
}

const read = (type: OptionType, value: unknown) =>
  JSON.stringify(evalModules({ modules: [{ _file: "u.ts", options: { x: mkOption({ type }) }, config: { x: value } }] }).config.x);

describe("unrepresentable values", () => {
  it.each([
    ["a Date", new Date(0)],
    ["a Map", new Map([["a", 1]])],
    ["a Set", new Set([1])],
    ["a RegExp", /a/],
    ["a BigInt", 10n],
    ["a Promise", Promise.resolve(1)],
    ["an instance of class WithGetter with getters", new WithGetter()],
  ])("anything refuses %s", (what, value) => {
    expect(() => read(types.anything, value)).toThrow(`A definition for option \`x' is ${what}, which the module system cannot represent`);
    expect(() => read(types.anything, { nested: { deep: value } })).toThrow(`option \`x.nested.deep' is ${what}`);
    expect(() => read(types.anything, { list: [1, value] })).toThrow(`option \`x.list' is ${what}`);
  });

  it("attrs refuses a Map, naming option and file", () => {
    let error: unknown;
    try {
      read(types.attrs, new Map());
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OptionError);
    expect((error as OptionError).message).toMatch(/^A definition for option `x' is a Map, which the module system cannot represent .*\n- In `u.ts'/);
    expect((error as OptionError).files).toEqual(["u.ts"]);
  });

  it("keeps plain data, class instances without getters, and module-system values", () => {
    class Plain {
      a = 1;
    }
    expect(read(types.anything, { a: [1, "b", null, true], f: new Plain() })).toBe('{"a":[1,"b",null,true],"f":{"a":1}}');
    const { config } = evalModules({ modules: [{ options: { x: mkOption({ type: types.attrs }) }, config: { x: { t: types.int } } }] });
    expect((config.x as { t: unknown }).t).toBe(types.int);
  });
});
