// oracle: error
// Undeclared option inside an attrsOf-submodule entry: the path includes
// the entry name, and the suggestions are the submodule's own options
// (never `_module`).
import { defineCase } from "../define-case.js";

export default defineCase((lib) => {
  const { mkOption, types } = lib;
  return [
    {
      _file: "decl.nix",
      options: {
        services: mkOption({
          type: types.attrsOf(
            types.submodule({
              _file: "service.nix",
              options: {
                port: mkOption({
                  type: types.port,
                  default: 80,
                }),
                host: mkOption({
                  type: types.str,
                  default: "localhost",
                }),
              },
            }),
          ),
          default: {},
        }),
      },
    },
    {
      _file: "user.nix",
      services: { web: { prot: 8080 } },
    },
  ];
});
