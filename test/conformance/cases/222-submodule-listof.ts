// Submodules: listOf (submodule ...) defined in two modules. The lists are
// concatenated (later module first), each element gets the sub-option
// defaults, and the `name` argument of a list element is
// "[definition N-entry M]" (N counts definitions in merge order).
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        listeners: mkOption({
          type: types.listOf(
            types.submodule(({ name }: ModuleArgs) => ({
              _file: "listener.nix",
              options: {
                address: mkOption({
                  type: types.str,
                  default: "0.0.0.0",
                }),
                port: mkOption({
                  type: types.port,
                  default: 80,
                }),
                label: mkOption({
                  type: types.str,
                  get default() {
                    return name;
                  },
                }),
              },
            })),
          ),
          default: [],
        }),
      },
    },
    {
      _file: "a.nix",
      listeners: [{}, { port: 443 }],
    },
    {
      _file: "b.nix",
      listeners: [{ address: "::" }],
    },
  ];
});
