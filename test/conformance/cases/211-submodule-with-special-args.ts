// Submodule arguments: submoduleWith's own specialArgs reach the submodule's
// modules; each submodule value has its own `_module.args` (here set inside
// the submodule, and overridden for one entry with mkForce), and `name`.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        machines: mkOption({
          type: types.attrsOf(
            types.submoduleWith({
              specialArgs: {
                region: "eu-west",
              },
              modules: [
                ({ name, region, zone }: ModuleArgs & { region: string; zone: string }) => ({
                  _file: "machine.nix",
                  config: {
                    _module: {
                      args: {
                        get zone() {
                          return `${region}-1`;
                        },
                      },
                    },
                  },
                  options: {
                    location: mkOption({
                      type: types.str,
                      get default() {
                        return `${name}@${zone}`;
                      },
                    }),
                  },
                }),
              ],
            }),
          ),
          default: {},
        }),
      },
    },
    {
      _file: "user.nix",
      machines: {
        alpha: {},
        beta: { _module: { args: { zone: lib.mkForce("us-east-2") } } },
      },
    },
  ];
});
