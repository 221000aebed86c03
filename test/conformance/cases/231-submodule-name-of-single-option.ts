// Submodules: for a submodule that is not inside attrsOf/listOf, the
// `name` argument is the last component of the option path.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  const named = types.submodule(({ name }: ModuleArgs) => ({
    _file: "named.nix",
    options: {
      id: mkOption({
        type: types.str,
        get default() {
          return name;
        },
      }),
    },
  }));
  return [
    {
      _file: "decl.nix",
      options: {
        frontend: mkOption({
          type: named,
          default: {},
        }),
        services: {
          backend: mkOption({
            type: named,
            default: {},
          }),
        },
      },
    },
  ];
});
