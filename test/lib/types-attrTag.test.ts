/**
 * types.attrTag as modules.sh checks it (nixpkgs lib/tests/modules/types-attrTag.nix,
 * types-attrTag-wrong-decl.nix); texts and values from nix-instantiate 2.8 with lib 26.11.
 */
import { describe, expect, it } from "vitest";
import { evalModules, mkMerge, mkOption, type Module, types } from "../../lib/index.js";

const F = "types-attrTag.ts";
const intOrStr = () =>
  types.attrTag({ left: mkOption({ type: types.int }), right: mkOption({ type: types.str }) });

const modules: Module[] = [
  {
    _file: F,
    options: {
      intStrings: mkOption({ type: types.attrsOf(intOrStr()) }),
      nested: mkOption({ type: types.attrTag({ left: mkOption({ type: types.int }), right: mkOption({ type: intOrStr() }) }) }),
      merged: mkOption({
        type: types.attrsOf(types.attrTag({ yay: mkOption({ type: types.int }), extensible: mkOption({ type: types.enum(["foo"]) }) })),
      }),
    },
    config: {
      intStrings: {
        syntaxError: 1,
        syntaxError2: {},
        syntaxError3: { a: true, b: true },
        syntaxError4: mkMerge([{ a: true }, { b: true }]),
        badTagTypeError: { left: "bad" },
        numberOne: { left: 1 },
        hello: { right: "hello world" },
      },
      nested: { right: { left: "not a number" } },
      merged: {
        negative: { nay: false },
        positive: { yay: 100 },
        "extensi-foo": { extensible: "foo" },
        "extensi-bar": { extensible: "bar" },
      },
    },
  },
  {
    _file: F,
    options: {
      merged: mkOption({
        type: types.attrsOf(types.attrTag({ nay: mkOption({ type: types.bool }), extensible: mkOption({ type: types.enum(["bar"]) }) })),
      }),
    },
  },
];

describe("attrTag", () => {
  const { config } = evalModules({ modules });
  const intStrings = config.intStrings as Record<string, unknown>;
  const notUnion = (name: string) =>
    `A definition for option \`intStrings.${name}' is not of type \`attribute-tagged union with choices: left, right'. Definition values:\n- In \`${F}'`;

  it("gives the tagged values (okChecks)", () => {
    expect(intStrings.hello).toEqual({ right: "hello world" });
    expect(intStrings.numberOne).toEqual({ left: 1 });
    // two declarations: the tags are merged, and `extensible`'s enums too
    expect(JSON.parse(JSON.stringify(config.merged))).toEqual({
      "extensi-bar": { extensible: "bar" },
      "extensi-foo": { extensible: "foo" },
      negative: { nay: false },
      positive: { yay: 100 },
    });
  });

  it("refuses values that are not one known tag", () => {
    expect(() => intStrings.syntaxError).toThrow(`${notUnion("syntaxError")}: 1`);
    expect(() => intStrings.syntaxError2).toThrow(`${notUnion("syntaxError2")}: { }`);
    expect(() => intStrings.syntaxError3).toThrow(`${notUnion("syntaxError3")}:\n    {\n      a = true;\n      b = true;\n    }`);
    expect(() => intStrings.syntaxError4).toThrow(`${notUnion("syntaxError4")}:\n    {\n      a = true;\n    }`);
  });

  it("checks a tag's value with the tag's type", () => {
    expect(() => JSON.stringify(intStrings.badTagTypeError)).toThrow(
      "A definition for option `intStrings.badTagTypeError.left' is not of type `signed integer'. Definition values:\n- In `types-attrTag.ts': \"bad\"",
    );
    expect(() => JSON.stringify(config.nested)).toThrow(
      "A definition for option `nested.right.left' is not of type `signed integer'. Definition values:\n- In `types-attrTag.ts': \"not a number\"",
    );
  });

  it("refuses two different tags for one option", () => {
    const src = () =>
      evalModules({
        modules: [
          {
            _file: "a.nix",
            options: {
              src: mkOption({
                type: types.attrTag({ url: mkOption({ type: types.str }), paths: mkOption({ type: types.listOf(types.str) }) }),
              }),
            },
            config: { src: { url: "u" } },
          },
          { _file: "b.nix", config: { src: { paths: ["p"] } } },
        ],
      }).config.src;
    expect(src).toThrow("The option `src` is defined both as `paths` and `url`, in `b.nix' and `a.nix'.");
  });

  it("refuses a tag that is a bare type (types-attrTag-wrong-decl.nix)", () => {
    const opt = () =>
      evalModules({
        modules: [{ options: { opt: mkOption({ type: types.attrTag({ int: types.int }), default: { int: 1 } }) } }],
      }).config.opt;
    expect(opt).toThrow("In attrTag, each tag value must be an option, but tag int was a bare type, not wrapped in mkOption.");
  });

  it("describes its choices and sub-options", () => {
    const t = intOrStr();
    expect(t.description).toBe("attribute-tagged union with choices: left, right");
    expect(Object.keys(t.getSubOptions(["x"]))).toEqual(["left", "right"]);
    expect((t.getSubOptions(["x"]).left as { loc: string[] }).loc).toEqual(["x", "left"]);
  });
});
