/**
 * types.serializableValueWith as modules.sh checks it (lib/tests/modules/types.nix:
 * nullableValue.*, structuredValue.null); texts from nix-instantiate 2.8, lib 26.11.
 */
import { describe, expect, it } from "vitest";
import { evalModules, mkOption, types } from "../../lib/index.js";

const { config } = evalModules({
  modules: [
    {
      _file: "types.ts",
      options: {
        nullableValue: mkOption({ type: types.attrsOf(types.serializableValueWith({ typeName: "VAL" })) }),
        structuredValue: mkOption({ type: types.attrsOf(types.serializableValueWith({ typeName: "VAL", nullable: false })) }),
      },
      config: {
        nullableValue: {
          null: null,
          bool: true,
          int: 1,
          float: 1.1,
          str: "foo",
          path: "/nix/store/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-x",
          attrs: { foo: 1 },
          list: [{ bar: [1] }],
          lambda: (x: unknown) => x,
        },
        structuredValue: { null: null },
      },
    },
  ],
});
const nullable = config.nullableValue as Record<string, unknown>;
const structured = config.structuredValue as Record<string, unknown>;

describe("serializableValueWith", () => {
  it("accepts serializable values, nested ones too", () => {
    expect([nullable.null, nullable.bool, nullable.int, nullable.float, nullable.str]).toEqual([null, true, 1, 1.1, "foo"]);
    expect(nullable.path).toBe("/nix/store/0fb3ykw9r5hpayd05sr0cizwadzq1d8q-x");
    expect(JSON.stringify(nullable.attrs)).toBe('{"foo":1}');
    expect(JSON.stringify(nullable.list)).toBe('[{"bar":[1]}]');
  });

  it("refuses a function, and null when not nullable, with Nix's texts", () => {
    expect(() => nullable.lambda).toThrow(
      "A definition for option `nullableValue.lambda' is not of type `VAL value'. Definition values:\n- In `types.ts': <function>",
    );
    expect(() => structured.null).toThrow(
      "A definition for option `structuredValue.null' is not of type `VAL value'. TypeError: The option `structuredValue.null` is neither a value of type `boolean or signed integer or floating point number or string or absolute path or attribute set of (VAL value)` nor `list of (VAL value)`, Definition values:\n- In `types.ts': null",
    );
  });

  it("has json and toml", () => {
    expect(types.json.description).toBe("JSON value");
    expect(types.toml.description).toBe("TOML value");
    expect(types.json.name).toBe("nullOr");
  });
});
