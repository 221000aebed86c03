// Submodules: attrsOf (submodule ...) with entries defined in two modules.
// Definitions for the same entry are merged, sub-option defaults fill the
// rest, the `name` argument is the attribute name, and a mkDefault inside
// an entry loses to a plain definition from another module.
import type { ModuleArgs } from "../../../lib/index.js";
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        services: mkOption({
          type: types.attrsOf(
            types.submodule(({ name, config }: ModuleArgs) => ({
              _file: "service.nix",
              options: {
                enable: mkOption({
                  type: types.bool,
                  default: true,
                }),
                user: mkOption({
                  type: types.str,
                  get default() {
                    return name;
                  },
                }),
                port: mkOption({
                  type: types.nullOr(types.port),
                  default: null,
                }),
                description: mkOption({
                  type: types.str,
                  get default() {
                    return `${name} as ${config.user}`;
                  },
                }),
              },
            })),
          ),
          default: {},
        }),
      },
    },
    {
      _file: "web.nix",
      services: {
        web: { port: 80 },
        db: { enable: lib.mkDefault(false) },
      },
    },
    {
      _file: "db.nix",
      services: {
        db: {
          enable: true,
          user: "postgres",
        },
        web: { user: "www" },
      },
    },
  ];
});
