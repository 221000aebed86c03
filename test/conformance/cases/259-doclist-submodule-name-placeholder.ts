// oracle: options
// Options list: sub-options are documented by evaluating the submodule with
// `name` set to "‹name›" (single angle quotation marks, U+2039/U+203A, not
// the `<name>` of the path), so a default built from `name` shows that.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        users: mkOption({
          type: types.attrsOf(
            types.submodule(({ name }: ModuleArgs) => ({
              _file: "user.nix",
              options: {
                home: mkOption({
                  type: types.str,
                  get default() {
                    return `/home/${name}`;
                  },
                }),
                group: mkOption({
                  type: types.str,
                  get default() {
                    return name;
                  },
                  defaultText: lib.literalExpression("name"),
                }),
              },
            })),
          ),
          default: {},
        }),
      },
    },
    {
      _file: "alice.nix",
      users: { alice: {} },
    },
  ];
});
