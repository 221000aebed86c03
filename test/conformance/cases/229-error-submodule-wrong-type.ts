// oracle: error
// A value of the wrong type inside an attrsOf-submodule entry: the error
// names the full path `services.web.port` and the defining file.
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
              },
            }),
          ),
          default: {},
        }),
      },
    },
    {
      _file: "good.nix",
      services: { db: { port: 5432 } },
    },
    {
      _file: "bad.nix",
      services: { web: { port: "8080" } },
    },
  ];
});
