// The okChecks part of types-attrTag.nix (and its `./docs.nix` import) is not
// ported: its assertions read `declarationPositions` (builtins.unsafeGetAttrPos),
// so modules.sh:215 is in SKIPPED.md.
import type { Lib, ModuleArgs, OptionDeclaration, OptionType } from "../../../lib/index.js";
import { pendingApi } from "../pending-api.js";

const attrTag = (lib: Lib, tags: Record<string, OptionDeclaration>): OptionType =>
  pendingApi<(t: Record<string, OptionDeclaration>) => OptionType>(lib, "types.attrTag")(tags);

const doNotEval = (): never => {
  throw new Error("do not eval");
};

export default ({ lib }: ModuleArgs) => {
  const { mkOption, types } = lib;
  return {
    options: {
      intStrings: mkOption({
        get type() {
          return types.attrsOf(attrTag(lib, { left: mkOption({ type: types.int }), right: mkOption({ type: types.str }) }));
        },
      }),
      nested: mkOption({
        get type() {
          return attrTag(lib, {
            left: mkOption({ type: types.int }),
            right: mkOption({ type: attrTag(lib, { left: mkOption({ type: types.int }), right: mkOption({ type: types.str }) }) }),
          });
        },
      }),
      merged: mkOption({
        get type() {
          return types.attrsOf(attrTag(lib, { yay: mkOption({ type: types.int }), extensible: mkOption({ type: types.enum(["foo"]) }) }));
        },
      }),
      submodules: mkOption({
        get type() {
          return types.attrsOf(
            attrTag(lib, {
              foo: mkOption({ type: types.submodule({ options: { bar: mkOption({ type: types.int }) } }) }),
              qux: mkOption({ type: types.str, description: "A qux for when you don't want a foo" }),
            }),
          );
        },
      }),
      okChecks: mkOption({}),
    },
    imports: [
      {
        options: {
          merged: mkOption({
            get type() {
              return types.attrsOf(attrTag(lib, { nay: mkOption({ type: types.bool }), extensible: mkOption({ type: types.enum(["bar"]) }) }));
            },
          }),
        },
      },
    ],
    config: {
      intStrings: {
        syntaxError: 1,
        syntaxError2: {},
        syntaxError3: { a: true, b: true },
        syntaxError4: lib.mkMerge([{ a: true }, { b: true }]),
        mergeError: lib.mkMerge([
          {
            get int() {
              return doNotEval();
            },
          },
          {
            get string() {
              return doNotEval();
            },
          },
        ]),
        badTagError: {
          get rite() {
            return doNotEval();
          },
        },
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
  };
};
